import type { otherConflicts } from '@/lib/policy/conflicts'
import type { ChangeId } from '@/lib/policy/changes'
import type { Channel, Product, Region } from '@/lib/policy/products'
import type { SourceId, Trust } from '@/lib/policy/sources'
import type {
  CaveatId,
  premiumContentRule,
  refundRules,
  RequestAt,
  statutoryRules,
  trialRule,
  upgradeRules,
} from '@/lib/policy/rules'

/**
 * The words of the rule table (lib/policy/rules.ts), one catalogue per language: each rule's
 * title and one-sentence summary, what each of its readings says (in the order of the rule's
 * readings), each caveat, and each place to ask for a refund. Keyed by the table's ids and
 * typed from it, so a rule, a reading or a caveat without words fails the typecheck.
 * lib/i18n/policy-view.ts joins them to the table for the pages and /api/policy.
 */

/** A rule's readings said in words: one string per reading, in the same order. */
type Said<T extends readonly unknown[]> = { readonly [I in keyof T]: string }

type WithReadings = (typeof refundRules)[number] | typeof trialRule | typeof premiumContentRule
type WithoutReadings =
  (typeof statutoryRules)[keyof typeof statutoryRules] | (typeof upgradeRules)[number]

export interface RuleWords {
  readonly title: string
  /** One plain sentence: the rule as a reader needs it. */
  readonly summary: string
}

export interface PlaceWords {
  /** Who decides, as a sentence names them ("your university"). */
  readonly who: string
  readonly name: string
  readonly how: string
  /** For a purchase paid once, where it differs from `how`. */
  readonly howOneTime?: string
}

export interface SourceWords {
  /** A few words for inline citations. */
  readonly short: string
  readonly title: string
  /** What the source's date means, in words. */
  readonly storedNote: string
  readonly note?: string
}

export interface ChangeWords {
  /** What changed, in one or two short sentences. */
  readonly change: string
  /** What it changes for a reader. */
  readonly forReader: string
}

export interface PolicyTexts {
  /** Each entry of the change log (lib/policy/changes.ts). */
  readonly changes: Readonly<Record<ChangeId, ChangeWords>>
  /** Each source's names (lib/policy/sources.ts). */
  readonly sources: Readonly<Record<SourceId, SourceWords>>
  /** Each level of trust, as a label. */
  readonly trust: Readonly<Record<Trust, string>>
  /** The contract's values as a reader knows them (lib/policy/products.ts). */
  readonly products: Readonly<Record<Product, string>>
  readonly channels: Readonly<Record<Channel, string>>
  readonly regions: Readonly<Record<Region, string>>
  readonly caveats: Readonly<Record<CaveatId, string>>
  readonly rules: {
    readonly [R in WithReadings as R['id']]: RuleWords & { readonly readings: Said<R['readings']> }
  } & { readonly [R in WithoutReadings as R['id']]: RuleWords }
  readonly requestPlaces: Readonly<Record<RequestAt, PlaceWords>>
  /** Disagreements the rules do not carry (lib/policy/conflicts.ts). */
  readonly conflicts: {
    readonly [C in (typeof otherConflicts)[number] as C['id']]: {
      readonly topic: string
      readonly readings: Said<C['readings']>
      /** What the site does about it, in one sentence. */
      readonly weSay: string
    }
  }
}

/** Readings several rules share: the same words wherever they appear. */
const marketplace =
  "The marketplace's refund policy applies and Coursera does not process the refund."
const plansNotRefunded =
  'Subscription plans are not refunded, except where the law requires it, when you cancel an upgrade, or where Coursera states otherwise.'

export const policyTextsEn: PolicyTexts = {
  changes: {
    'terms-2025-10-01': {
      change:
        'Refund policy rewritten. Courses and Specializations paid once: 7 days from payment instead of 14, or before a certificate. Subscription plans: no refunds except by law, upgrades or stated cases; the 14-day Coursera Plus refund was removed. Coursera Plus annual keeps 14 days. Coursera may deny a refund after repeated requests, chargeback activity or earlier marketplace refunds, or when you completed graded work and are unhappy with your result.',
      forReader:
        'A course paid once now has 7 days, not 14. Coursera Plus monthly has no refund period in the current Terms.',
    },
    'terms-2026-01-01': {
      change: 'The current Terms take effect.',
      forReader: 'The Terms we quote as current are in force from this day.',
    },
    'terms-2026-03-13': {
      change: 'No refund once premium content has been accessed or unlocked.',
      forReader:
        'If you opened graded work or other paid parts of a purchase, the current Terms give no refund, even within the refund period.',
    },
    'terms-2026-05-21': {
      change: 'Free trials are no longer promised as 7 days: the checkout page states the length.',
      forReader: 'Check the checkout page or your confirmation email for your trial length.',
    },
    'terms-2026-05-27': {
      change: 'Prepaid plans offered only in India removed.',
      forReader: 'Nothing, unless you bought one of those plans.',
    },
    'terms-2026-06-30': {
      change:
        'Annual renewals explicitly not refundable. Specializations counted from enrolment (or launch, when pre-enrolled). Specialization subscriptions refundable within the 7-day period or before a certificate. Cancelling does not refund by itself.',
      forReader:
        'Cancel an annual plan before it renews. Cancelling never asks for a refund: ask for it separately.',
    },
    'terms-2026-07-03': {
      change:
        'One reason to deny a refund added: a significant portion of the content was accessed before the request.',
      forReader:
        'Coursera may refuse a refund if you used much of the content before asking. The other reasons to deny one stand since 2025-10-01.',
    },
    'site-2026-11-29-renewal-withdrawal': {
      change:
        'A renewal payment starts no new EU or UK withdrawal period. We used to count 14 days from each renewal.',
      forReader:
        'If you live in the EU or the UK, the 14 days run from when your subscription began, not from a renewal.',
    },
    'site-2026-11-29-google-play': {
      change:
        'Google Play after its 48 hours is now shown as a disagreement between sources. We used to say that Coursera, as the app developer, decides.',
      forReader:
        'After 48 hours, ask Google Play first. If it refuses, ask Coursera support. Keep every answer in writing.',
    },
    'site-2026-11-29-charges-after-deletion': {
      change:
        'Reports of charges after deleting an account now cite the Chargeback guide, which lists them. We used to cite the ReSubs guide, which does not mention deletion.',
      forReader:
        'The advice is the same: cancel every subscription before you delete your account.',
    },
    'site-2026-11-29-terms-2026-07-03': {
      change:
        "Our entry for Coursera's change of 2026-07-03 is corrected. Only one reason to deny a refund was added that day. We used to list five.",
      forReader:
        'Repeated requests, chargebacks, earlier marketplace refunds and unhappiness after graded work have been reasons to deny a refund since 2025-10-01.',
    },
    'site-2026-11-29-refund-check-inputs': {
      change:
        'The refund check asks more: Coursera Lite, upgrades, a course that started after you paid, and whether you opened paid content.',
      forReader:
        'Answers for these purchases were wrong before. Check again if one of them is yours.',
    },
    'site-2026-11-29-data-retention': {
      change: 'How long Coursera keeps data after you delete your account is added.',
      forReader:
        'Coursera keeps data no longer than it needs to. Data from identity checks (photo ID, headshot) is deleted on request, and at the latest 2 years after it was collected. No source says how long deletion takes.',
    },
    'site-2026-11-29-eu-withdrawal-function': {
      change:
        'Since 2026-06-19, EU law requires a withdrawal function on websites and apps that sell to EU consumers. We now say so.',
      forReader:
        'To withdraw, use that function if Coursera offers it, otherwise the Learner Help Center. Keep the confirmation. The withdrawal message on /messages says so.',
    },
    'site-2026-11-29-certificate-condition': {
      change:
        'Earning a certificate ends the refund period for courses and Specializations only. We used to say a certificate ends the refund period for every product.',
      forReader:
        'A certificate does not stop a Coursera Plus refund: the Terms set no such condition for it.',
    },
    'site-2026-11-29-apple-trial-access': {
      change:
        'Added: third parties report that cancelling during an Apple free trial can end your access at once. Our FAQ used to say you keep access after cancelling, with no exception.',
      forReader: 'If you cancel an Apple free trial, you may lose access that day.',
    },
    'site-2026-11-29-charge-without-account': {
      change:
        'Added: what to do about a Coursera charge when you have no Coursera account. This is general advice, not a Coursera fact.',
      forReader:
        'No account, and nothing in your Apple or Google subscriptions? Go to your card issuer first.',
    },
    'site-2026-11-29-subscribing-again': {
      change:
        'Added: a third party reports that a cancelled subscription can be started again, and courses reopened in audit mode.',
      forReader: 'Cancelling does not close the door: you can subscribe again later.',
    },
    'site-2026-11-29-stored-dates': {
      change:
        "The footer now gives the days our copies of the Terms and the Privacy Notice were stored. It used to say the facts were checked on 26 November, which read like a fresh check of Coursera's live pages.",
      forReader:
        "Our newest copy of Coursera's Terms is from 3 July 2026. If Coursera changed them since, we may not know yet.",
    },
    'site-2026-11-26': {
      change:
        'First edition: cancel guides for every billing channel, the refund guide and deadline check, account deletion and its checklist, all checked against the fact base of 26 November 2026.',
      forReader: 'Everything on this site is new.',
    },
  },
  sources: {
    'coursera-terms': {
      short: 'Coursera Terms',
      title:
        'Coursera Terms of Use (effective 1 January 2026): Refund and Cancellation Policy; European Users Right of Withdrawal',
      storedNote: 'copy recorded 2026-07-03',
    },
    'coursera-terms-2025': {
      short: 'Coursera Terms before October 2025',
      title: 'Coursera Terms of Use before the refund rewrite of 1 October 2025',
      storedNote: 'copy recorded 2025-09-23 (Open Terms Archive, folder Coursera/)',
    },
    'coursera-privacy': {
      short: 'Coursera Privacy Notice',
      title: 'Coursera Privacy Notice (last updated 11 May 2026)',
      storedNote: 'copy recorded 2026-05-12',
    },
    'coursera-help-cancel': {
      short: 'Coursera Help: cancel',
      title:
        'Coursera Help Center: "Cancel a subscription" (learner article 216348123; newer article learner-000001189)',
      storedNote: 'the page shows no date',
    },
    'coursera-help-refunds': {
      short: 'Coursera Help: refunds',
      title: 'Coursera Help Center: "Coursera refund policies" (article 209819043)',
      storedNote: 'the page shows no date',
      note: 'Two stored versions; the newer one adds Coursera Plus and app-store purchases but still says "2 weeks".',
    },
    'coursera-help-trial': {
      short: 'Coursera Help: free trials',
      title: 'Coursera Help Center: free-trial articles (115001278026, 115004991443)',
      storedNote: 'the pages show no date',
    },
    'coursera-help-degree': {
      short: 'Coursera Help: degrees',
      title: 'Coursera Help Center: leaving a degree programme (360003103012)',
      storedNote: 'the page shows no date',
    },
    'coursera-help-org': {
      short: 'Coursera Help: organisations',
      title: 'Coursera Help Center: Coursera for Business and Campus memberships (115001621606)',
      storedNote: 'the page shows no date',
    },
    'coursera-help-transfer': {
      short: 'Coursera Help: account transfers',
      title:
        'Coursera Help Center: payments and certificates cannot move between accounts (208279596)',
      storedNote: 'the page shows no date',
    },
    'apple-refund': {
      short: 'Apple: refunds',
      title:
        'Apple Support: "Request a refund for apps or content that you bought from Apple" (HT204084)',
      storedNote: 'the page shows no date',
    },
    'google-play-refund': {
      short: 'Google Play: refunds',
      title:
        'Google Play Help: "Get refunds on Google Play purchases" (answer 2479637), as quoted on third-party pages',
      storedNote: 'no date shown; read through third-party copies',
    },
    'google-play-cancel-3p': {
      short: 'Google Play: cancel',
      title:
        'Google Play Help: "Cancel, pause, or change a subscription" (answer 7018481), as copied on third-party pages',
      storedNote: 'no date shown; read through third-party copies',
    },
    'apple-cancel-3p': {
      short: 'Apple: cancel',
      title:
        'Apple Support: "If you want to cancel a subscription from Apple" (HT202039), as copied on third-party pages',
      storedNote: 'no date shown; read through third-party copies',
    },
    'eu-crd': {
      short: 'EU Consumer Rights Directive',
      title: 'Directive 2011/83/EU on consumer rights, article 9 (right of withdrawal)',
      storedNote: 'as adopted',
    },
    'eu-withdrawal-function': {
      short: 'EU withdrawal function',
      title:
        'Directive (EU) 2023/2673, adding article 11a (the withdrawal function) to Directive 2011/83/EU, applying from 19 June 2026',
      storedNote: 'as adopted',
    },
    'fr-code-conso': {
      short: 'French Consumer Code',
      title:
        'Code de la consommation (France), articles L221-18, L221-19 and L221-28 (the 14-day right of withdrawal)',
      storedNote: 'as in force',
    },
    'eu-time-limits': {
      short: 'EU time-limits regulation',
      title: 'Regulation (EEC, Euratom) No 1182/71, article 3 (periods, dates and time limits)',
      storedNote: 'as adopted',
    },
    'uk-ccr': {
      short: 'UK Consumer Contracts Regulations',
      title:
        'Consumer Contracts (Information, Cancellation and Additional Charges) Regulations 2013 (SI 2013/3134)',
      storedNote: 'as made',
    },
    jdm: {
      short: 'JustDeleteMe',
      title: 'JustDeleteMe open data (sites.json), entry for Coursera',
      storedNote: 'read 2026-08-21',
    },
    'delete-directory': {
      short: 'delete.directory',
      title: 'delete.directory, entry for Coursera',
      storedNote: 'verified by its authors 2025-11-08',
    },
    'seed-searchsolvr': {
      short: 'searchsolvr',
      title: 'searchsolvr.com: a guide to deleting a Coursera account',
      storedNote: 'undated',
    },
    'seed-chargeback': {
      short: 'Chargeback guide',
      title: 'Chargeback: "How to cancel Coursera" (published 1 July 2025)',
      storedNote: 'published 2025-07-01',
    },
    'seed-cancelatlas': {
      short: 'Cancel Atlas',
      title: 'Cancel Atlas: Coursera cancellation policy score card',
      storedNote: 'reviewed by its authors 2026-06-05',
    },
    'seed-resubs': {
      short: 'ReSubs guide',
      title: 'ReSubs: step-by-step Coursera cancellation guide',
      storedNote: 'undated',
    },
    'statement-3p': {
      short: 'Third-party descriptor lists',
      title: 'Bank-statement descriptor lists on third-party pages',
      storedNote: 'undated',
    },
  },
  trust: {
    'official-binding': 'Official, binding',
    'official-superseded': 'Official, superseded',
    'official-help': 'Official help page',
    'official-help-stale': 'Official help page, partly out of date',
    'official-store': 'Official (app store)',
    law: 'Law',
    'third-party-copy': 'Third-party copy of an official page',
    'third-party': 'Third party',
    'third-party-stale': 'Third party, partly out of date',
    'third-party-unverified': 'Third party, unverified',
  },
  products: {
    'plus-monthly': 'Coursera Plus, monthly',
    'plus-annual': 'Coursera Plus, annual',
    lite: 'Coursera Lite',
    'specialization-monthly': 'A course or Specialization subscription (monthly)',
    course: 'A single course or Specialization, paid once',
    'guided-project': 'A Guided Project',
    degree: 'A degree or University Certificate',
    organization:
      'Paid by an employer, university or government (Coursera for Business, Campus, Government)',
  },
  channels: {
    web: 'Coursera itself (paid on coursera.org, or in the Coursera app when Coursera bills you)',
    apple: 'Apple (App Store, on an iPhone, iPad or Mac)',
    google: 'Google Play (on an Android device)',
  },
  regions: {
    eu: 'European Union',
    uk: 'United Kingdom',
    other: 'Anywhere else',
  },
  caveats: {
    'may-deny':
      'Coursera may refuse a request that looks eligible: for example when much of the content was already used, after repeated refund requests, after a chargeback or an earlier refund through an app store, or when you finished graded work and were unhappy with the result.',
    'premium-content':
      'There is no refund once you have accessed or unlocked premium content that came with the purchase (since 13 March 2026).',
    'cancel-is-not-refund':
      'Cancelling does not ask for a refund. Cancelling stops the next charge; a refund is a separate request.',
    'check-my-purchases':
      'For a purchase on the website, the Refund Deadline shown in My Purchases is the one that counts. Check it there.',
    'refund-unenrols': 'A refund takes you out of the course or programme it paid for.',
    'refund-time':
      'Coursera says to allow 7 to 10 business days for a refund to reach your account.',
    'certificate-ends-window':
      'Earning a certificate ends the refund window at once, even inside the 7 days.',
    'trial-counts-toward-window':
      'If the subscription began with a free trial, the 7 days may already have run out before the first charge.',
    'apple-pending':
      'Apple cannot refund a charge that is still pending. For a subscription you can ask about the most recent billing period.',
    'apple-trial-access':
      'Third-party pages report that cancelling during an Apple free trial can end your access at once.',
    'apple-24-hours':
      "Unofficial copies of Apple's help advise cancelling at least 24 hours before the trial ends or the subscription renews. We give it as advice, not as Apple's rule.",
    'google-after-48h':
      "After the 48 hours, Google's help says the app's developer decides, but Coursera's Terms say Coursera does not process app-store refunds. Ask Google Play first (its refund request form); if it refuses, ask Coursera's support, and keep every answer in writing. Charges you did not authorise can be reported to Google within 120 days.",
    'statutory-may-be-forfeited':
      'The legal right to withdraw may already be lost: it ends once the service has been fully provided with your express consent, or once you started using it and acknowledged that you would lose the right.',
    'uk-extension':
      'In the UK, if the seller never told you about your right to cancel, the period is extended by up to 12 months.',
    'holidays-not-counted':
      'Public holidays also move the last day, and they differ by country. We move weekends only, so your real last day may be later than shown, never earlier.',
  },
  rules: {
    'plus-annual-first': {
      title: 'Coursera Plus annual, first payment',
      summary: 'You can ask for a full refund within 14 days of the first annual payment.',
      readings: ['A refund within 14 days of the annual payment. Every source agrees.'],
    },
    'plus-annual-renewal': {
      title: 'Coursera Plus annual, renewal',
      summary:
        'A renewal of the annual plan is not refundable. Cancel before the next renewal date.',
      readings: [
        'Renewal charges of annual plans are not refunded.',
        'The 14-day refund applies to the first payment.',
      ],
    },
    'subscription-upgrade': {
      title: 'Upgrade to Coursera Plus monthly or Coursera Lite, first payment',
      summary:
        'The current Terms allow a refund within 7 days of the first payment of the plan you upgraded to (or of its start, if earlier). Older Terms gave 14 days after an upgrade from Lite to Plus.',
      readings: [
        'After an upgrade with no free trial, a refund within 7 days of the first payment or the start of the new plan, whichever is earlier.',
        'A refund within 14 days of upgrading from Coursera Lite to Coursera Plus.',
      ],
    },
    'specialization-subscription-upgrade': {
      title: 'Upgrade to a course or Specialization subscription, first payment',
      summary:
        'After an upgrade, the current Terms allow a refund within 7 days of the first payment of the new plan (or of its start, if earlier).',
      readings: [
        'After an upgrade with no free trial, a refund within 7 days of the first payment or the start of the new plan, whichever is earlier.',
      ],
    },
    lite: {
      title: 'Coursera Lite',
      summary:
        'Sources disagree. The current Terms refund no subscription plan except where the law requires it; the older Terms offered 14 days in a section on Coursera Lite and Coursera Plus, but it is unclear whether that covered Lite.',
      readings: [
        plansNotRefunded,
        'Under a heading on Coursera Lite and Coursera Plus, a refund within 14 days of a Coursera Plus payment. Whether it covered Lite is unclear.',
      ],
    },
    'plus-monthly': {
      title: 'Coursera Plus monthly',
      summary:
        'Sources disagree. The current Terms give no refund on monthly plans except where the law requires one; older pages promise 14 days.',
      readings: [plansNotRefunded, 'A full refund if you ask within 14 days of the payment.'],
    },
    'specialization-subscription-first': {
      title: 'Course or Specialization subscription, first payment',
      summary:
        "Coursera's current Terms allow a refund within 7 days of enrolling, before any certificate. If your subscription began with a free trial, those 7 days ran out before your first payment, and the Terms give none for it. The older Terms refunded no monthly payment.",
      readings: [
        'A full refund within the 7-day period from enrolment (or from the launch, if you pre-enrolled), or before you earn a certificate, whichever comes first.',
        'Payments on a month-to-month Specialization subscription are not refunded.',
      ],
    },
    'specialization-subscription-renewal': {
      title: 'Course or Specialization subscription, renewal',
      summary:
        'Later monthly payments of a course or Specialization subscription are not refundable.',
      readings: [
        'Only the first 7-day period can lead to a refund; later monthly payments are not refunded.',
      ],
    },
    'one-time-purchase': {
      title: 'Single course or Specialization, paid once',
      summary:
        "Coursera's current Terms allow a refund within 7 days of your payment (of the launch, if you pre-enrolled), before you earn a certificate. Older Coursera pages said 14 days.",
      readings: [
        'A full refund within 7 days of payment, or before you earn a certificate, whichever comes first.',
        'A full refund within 14 days ("2 weeks") of payment, or before a certificate.',
      ],
    },
    'certificate-earned': {
      title: 'Course or Specialization with a certificate earned',
      summary: 'Once you have earned a certificate with the payment, it is not refundable.',
      readings: ['No refund once a certificate has been earned, even inside the refund period.'],
    },
    'guided-project': {
      title: 'Guided Project or other project',
      summary: 'Guided Projects and other projects are not refundable.',
      readings: ['Coursera does not refund Guided Projects or any other projects.'],
    },
    degree: {
      title: 'Degree or University Certificate',
      summary: 'The university that runs the programme sets and handles its own refund policy.',
      readings: [
        'Refunds follow the policy of the university or institution offering the programme; read its own terms and messages.',
        'Unenrolling from a degree goes through the programme, under its own rules.',
      ],
    },
    organization: {
      title: 'Paid by an organisation (Coursera for Business, Campus, Government)',
      summary: 'Your organisation paid, so its administrator handles the licence and any money.',
      readings: ['The organisation pays for the membership; learners ask their administrator.'],
    },
    apple: {
      title: 'Bought through the Apple App Store',
      summary:
        'Apple decides. Coursera does not handle App Store refunds, and Apple publishes no fixed window.',
      readings: [
        marketplace,
        'Ask at reportaproblem.apple.com. Apple answers within 24 to 48 hours; money can take up to 30 days (60 days for phone-bill payments). Eligibility varies by country.',
      ],
    },
    google: {
      title: 'Bought through Google Play',
      summary:
        'Google Play takes refund requests for 48 hours from the time you bought. The day after the purchase is always inside them; on the second day only until the hour you bought.',
      readings: [
        marketplace,
        "Ask Google Play within 48 hours of the purchase; after that, Google's help says the app's developer decides.",
      ],
    },
    'free-trial': {
      title: 'Free trial',
      summary:
        'Cancel before the trial ends to avoid the first charge. The last free day is the start day plus the trial length minus one.',
      readings: [
        'The checkout page states whether there is a trial and how long it lasts.',
        'Free trials last 7 days.',
      ],
    },
    'premium-content-accessed': {
      title: 'Paid content opened or unlocked',
      summary:
        "Coursera's current Terms refuse a refund once you have accessed or unlocked premium content (since 13 March 2026). Older Coursera Terms had no such condition.",
      readings: [
        'No refund once you have accessed, unlocked or otherwise benefited from premium content.',
        'No such condition: the refund window alone decided.',
      ],
    },
    'statutory-eu': {
      title: 'EU right of withdrawal',
      summary:
        'Buyers in the EU may withdraw within 14 days of the contract. The day of the contract is not counted, and a period ending on a Saturday or Sunday runs to the next Monday.',
    },
    'statutory-uk': {
      title: 'UK right to cancel',
      summary:
        'Buyers in the UK may cancel within 14 days after the day the contract is made. The regulations do not move a deadline that falls on a weekend.',
    },
    'upgrade-to-plus-monthly': {
      title: 'Upgrade from a course to Coursera Plus monthly',
      summary:
        'With a free trial on the new plan, cancel within the trial to avoid the next charge. Without one, ask for a refund within 7 days of the first payment or start of the new plan, whichever is earlier.',
    },
    'upgrade-monthly-to-annual': {
      title: 'Upgrade from Coursera Plus monthly to annual',
      summary: 'Cancel within 14 days of the first annual payment to get a refund.',
    },
  },
  requestPlaces: {
    coursera: {
      who: 'Coursera',
      name: "Coursera's Learner Help Center",
      how: 'Ask through the Learner Help Center. A refund cannot be requested in the mobile app.',
      howOneTime:
        'Use the Get Refund button in My Purchases (coursera.org/my-purchases), where the Refund Deadline is shown. A refund cannot be requested in the mobile app.',
    },
    apple: {
      who: 'Apple',
      name: 'Apple (reportaproblem.apple.com)',
      how: 'Sign in at reportaproblem.apple.com, choose "I\'d like to", then "Request a refund", and pick the Coursera charge.',
    },
    google: {
      who: 'Google Play',
      name: 'Google Play',
      how: "Ask through Google Play's refund request form, within 48 hours from the time you bought. After that, ask Google Play first all the same; if it refuses, ask Coursera's support, and keep every answer in writing.",
    },
    university: {
      who: 'your university',
      name: 'The university that runs your programme',
      how: "Read the programme's own refund policy and contact its programme office.",
    },
    organization: {
      who: 'your organisation',
      name: "Your organisation's administrator",
      how: 'Your employer, university or agency paid for the licence. Ask the person who manages Coursera there.',
    },
  },
  conflicts: {
    'google-play-after-48h': {
      topic: 'Who refunds a Google Play purchase after its first 48 hours',
      readings: [
        "Google's help says that after 48 hours from the purchase, the app's developer decides on a refund.",
        "Coursera's Terms say Coursera does not process refunds for marketplace purchases: the store is solely responsible.",
      ],
      weSay:
        "Ask Google Play first, with its refund request form. If it refuses, ask Coursera's support. Keep every answer in writing. We never say that Coursera will decide.",
    },
    'trial-certificates': {
      topic: 'Earning a certificate during a free trial',
      readings: [
        'Certificates cannot be earned during a free trial: end the trial early (and pay) or wait until it ends.',
        'An older help article said certificates could be earned during the trial.',
      ],
      weSay: 'We follow the current Terms: no certificate during a free trial.',
    },
    'trial-counting': {
      topic: 'When the first charge after a free trial comes',
      readings: [
        'The help text says the charge comes "on the 8th day" of a 7-day trial.',
        'The same help text also says "8 days after you start".',
      ],
      weSay:
        'We count the start day as day 1 and take the earlier reading: the first charge on the start date plus the trial length, so cancelling by the end of the day before is safe.',
    },
    pause: {
      topic: 'Pausing a subscription instead of cancelling',
      readings: [
        'The Terms mention no pause.',
        'No pause or freeze is documented.',
        'A retention offer shown while cancelling may include a temporary pause.',
      ],
      weSay: 'We say a pause may be offered while you cancel, but that Coursera documents none.',
    },
    'apple-24-hours': {
      topic: 'Cancelling an App Store subscription 24 hours before renewal',
      readings: [
        "Unofficial copies of Apple's page advise cancelling at least 24 hours before the renewal.",
      ],
      weSay: "We give it as advice, not as Apple's rule: we have no official copy that says so.",
    },
    'apple-trial-access': {
      topic: 'Keeping access after cancelling during an Apple free trial',
      readings: [
        "Coursera's Terms say a cancellation takes effect at the end of the current billing period, and you keep access until then.",
        "Third-party copies of Apple's page report that cancelling during an Apple free trial may end access at once.",
      ],
      weSay:
        'We say you keep access to the end of the paid period, except that through Apple, cancelling during a free trial may end access at once.',
    },
    'store-list-missing': {
      topic: 'What it means when Coursera is missing from your App Store or Google Play list',
      readings: [
        'Apple does not bill Coursera under that Apple Account: another account may pay. Search your email for "receipt from Apple".',
        'A third-party guide reads a missing entry as Coursera billing you directly.',
      ],
      weSay:
        'We say both are possible: check every Apple or Google account you use, then look in My Purchases on coursera.org.',
    },
    'web-cancel-labels': {
      topic: 'What the cancel button on the Coursera website is called',
      readings: [
        'My Purchases lists the subscriptions, with Cancel next to each one.',
        'An older guide (July 2025) describes a Manage Subscriptions tab and a Cancel Subscription button.',
      ],
      weSay: 'We give the newer labels and say the words may differ: look for the same idea.',
    },
    'statement-descriptors': {
      topic: 'What a Coursera charge looks like on a bank statement',
      readings: [
        'Third parties list several descriptors, such as COURSERA, COURSERA*PLUS and COURSRA* followed by a code.',
      ],
      weSay:
        'Coursera does not document its descriptors, so we list them as reported by others, not confirmed.',
    },
  },
}
