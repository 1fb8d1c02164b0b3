import { products as allProducts, type Channel, type Product } from './products'
import type { SourceId } from './sources'
import type { CalendarDate } from './dates'

/**
 * The rule table: every refund rule the site states, as data. Pages, the calculator and the
 * JSON API all read these rows; no policy fact is typed anywhere else. Every row cites its
 * sources and the day it was last checked against them (shared/policy-facts.md).
 *
 * Day 0 is the payment date; "within N days" means up to and including day 0 + N, in
 * calendar days (policy-facts.md, "Refunds from Coursera").
 */

/** Who decides a refund, and where to ask. */
export type RequestAt = 'coursera' | 'apple' | 'google' | 'university' | 'organization'

/** One source's reading of a rule. When sources disagree a rule has several readings. */
export interface Reading {
  /** In our own words: what this source says. */
  says: string
  /** Days after the payment date within which this reading allows a refund; null: no refund. */
  windowDays: number | null
  sources: readonly SourceId[]
  /** binding: the current Terms or the law; stale: superseded or out of date; other: the rest. */
  standing: 'binding' | 'stale' | 'other'
  /** Since when this reading has held, where the fact base dates it. */
  since?: CalendarDate
}

export type CaveatId =
  | 'may-deny'
  | 'premium-content'
  | 'cancel-is-not-refund'
  | 'check-my-purchases'
  | 'refund-unenrols'
  | 'refund-time'
  | 'certificate-ends-window'
  | 'trial-counts-toward-window'
  | 'apple-pending'
  | 'apple-trial-access'
  | 'apple-24-hours'
  | 'google-after-48h'
  | 'statutory-may-be-forfeited'
  | 'uk-extension'
  | 'holidays-not-counted'

export interface Caveat {
  id: CaveatId
  text: string
  sources: readonly SourceId[]
}

export const caveats: Readonly<Record<CaveatId, Caveat>> = {
  'may-deny': {
    id: 'may-deny',
    text: 'Coursera may refuse a request that looks eligible: for example when much of the content was already used, after repeated refund requests, after a chargeback or an earlier refund through an app store, or when you finished graded work and were unhappy with the result.',
    sources: ['coursera-terms'],
  },
  'premium-content': {
    id: 'premium-content',
    text: 'There is no refund once you have accessed or unlocked premium content that came with the purchase (since 13 March 2026).',
    sources: ['coursera-terms'],
  },
  'cancel-is-not-refund': {
    id: 'cancel-is-not-refund',
    text: 'Cancelling does not ask for a refund. Cancelling stops the next charge; a refund is a separate request.',
    sources: ['coursera-terms', 'coursera-help-cancel'],
  },
  'check-my-purchases': {
    id: 'check-my-purchases',
    text: 'For a purchase on the website, the Refund Deadline shown in My Purchases is the one that counts. Check it there.',
    sources: ['coursera-help-refunds'],
  },
  'refund-unenrols': {
    id: 'refund-unenrols',
    text: 'A refund takes you out of the course or programme it paid for.',
    sources: ['coursera-help-refunds'],
  },
  'refund-time': {
    id: 'refund-time',
    text: 'Coursera says to allow 7 to 10 business days for a refund to reach your account.',
    sources: ['coursera-terms'],
  },
  'certificate-ends-window': {
    id: 'certificate-ends-window',
    text: 'Earning a certificate ends the refund window at once, even inside the 7 days.',
    sources: ['coursera-terms'],
  },
  'trial-counts-toward-window': {
    id: 'trial-counts-toward-window',
    text: 'If the subscription began with a free trial, the 7 days may already have run out before the first charge.',
    sources: ['coursera-terms'],
  },
  'apple-pending': {
    id: 'apple-pending',
    text: 'Apple cannot refund a charge that is still pending. For a subscription you can ask about the most recent billing period.',
    sources: ['apple-refund'],
  },
  'apple-trial-access': {
    id: 'apple-trial-access',
    text: 'Third-party pages report that cancelling during an Apple free trial can end your access at once.',
    sources: ['apple-cancel-3p'],
  },
  'apple-24-hours': {
    id: 'apple-24-hours',
    text: "Unofficial copies of Apple's help advise cancelling at least 24 hours before the trial ends or the subscription renews. We give it as advice, not as Apple's rule.",
    sources: ['apple-cancel-3p'],
  },
  'google-after-48h': {
    id: 'google-after-48h',
    text: "After the 48 hours, Google's help says the app's developer decides, but Coursera's Terms say Coursera does not process app-store refunds. Ask Google Play first (its refund request form); if it refuses, ask Coursera's support, and keep every answer in writing. Charges you did not authorise can be reported to Google within 120 days.",
    sources: ['google-play-refund', 'coursera-terms'],
  },
  'statutory-may-be-forfeited': {
    id: 'statutory-may-be-forfeited',
    text: 'The legal right to withdraw may already be lost: it ends once the service has been fully provided with your express consent, or once you started using it and acknowledged that you would lose the right.',
    sources: ['coursera-terms', 'eu-crd'],
  },
  'uk-extension': {
    id: 'uk-extension',
    text: 'In the UK, if the seller never told you about your right to cancel, the period is extended by up to 12 months.',
    sources: ['uk-ccr'],
  },
  'holidays-not-counted': {
    id: 'holidays-not-counted',
    text: 'Public holidays also move the last day, and they differ by country. We move weekends only, so your real last day may be later than shown, never earlier.',
    sources: ['eu-time-limits'],
  },
}

export interface RefundRule {
  /** Stable id, part of /api/policy. */
  id: string
  title: string
  products: readonly Product[]
  /** Payment channel the rule applies to. */
  channel: Channel
  /** Which payment: the first one, a renewal, or either. */
  payment: 'first' | 'renewal' | 'any'
  /** Applies only when a certificate has (true) or has not (false) been earned; undefined: either. */
  certificate?: boolean
  /** Applies only to the first payment of a plan upgraded to (true) or not (false); undefined: either. */
  upgrade?: boolean
  /** Counts from the launch or enrolment day when it came after the payment (policy-facts.md). */
  countsFromStart?: boolean
  /**
   * Why no reading is safe while the generous one still refunds: older pages promised a
   * window the current Terms removed, or the current Terms' window may have been used up by
   * a free trial. Lets an answer name who says what.
   */
  contested?: 'older-pages-longer' | 'trial-may-use-window'
  requestAt: RequestAt
  /** Days after payment, on the strictest reading; null when that reading gives no refund. */
  safeDays: number | null
  /** Days after payment, on the most generous published reading; null when none gives one. */
  deadlineDays: number | null
  /** One plain sentence: the rule as a reader needs it. */
  summary: string
  readings: readonly Reading[]
  caveats: readonly CaveatId[]
  sources: readonly SourceId[]
  reviewed: CalendarDate
}

const reviewed = '2026-11-29'

/** What the Terms say of every app-store purchase, whichever store (coursera-terms, sec. 6). */
const marketplaceReading: Reading = {
  says: "The marketplace's refund policy applies and Coursera does not process the refund.",
  windowDays: null,
  sources: ['coursera-terms'],
  standing: 'binding',
}

/** What the current Terms say of every subscription plan's refunds (coursera-terms, sec. 2). */
const plansNotRefundedReading: Reading = {
  says: 'Subscription plans are not refunded, except where the law requires it, when you cancel an upgrade, or where Coursera states otherwise.',
  windowDays: null,
  sources: ['coursera-terms'],
  standing: 'binding',
  since: '2025-10-01',
}

export const refundRules = [
  {
    id: 'plus-annual-first',
    title: 'Coursera Plus annual, first payment',
    products: ['plus-annual'],
    channel: 'web',
    payment: 'first',
    requestAt: 'coursera',
    safeDays: 14,
    deadlineDays: 14,
    summary: 'You can ask for a full refund within 14 days of the first annual payment.',
    readings: [
      {
        says: 'A refund within 14 days of the annual payment. Every source agrees.',
        windowDays: 14,
        sources: ['coursera-terms', 'seed-cancelatlas', 'seed-resubs'],
        standing: 'binding',
      },
    ],
    caveats: [
      'may-deny',
      'premium-content',
      'cancel-is-not-refund',
      'check-my-purchases',
      'refund-time',
    ],
    sources: ['coursera-terms', 'seed-cancelatlas', 'seed-resubs'],
    reviewed,
  },
  {
    id: 'plus-annual-renewal',
    title: 'Coursera Plus annual, renewal',
    products: ['plus-annual'],
    channel: 'web',
    payment: 'renewal',
    requestAt: 'coursera',
    safeDays: null,
    deadlineDays: null,
    summary: 'A renewal of the annual plan is not refundable. Cancel before the next renewal date.',
    readings: [
      {
        says: 'Renewal charges of annual plans are not refunded.',
        windowDays: null,
        sources: ['coursera-terms'],
        standing: 'binding',
        since: '2026-06-30',
      },
      {
        says: 'The 14-day refund applies to the first payment.',
        windowDays: null,
        sources: ['seed-cancelatlas', 'seed-resubs'],
        standing: 'other',
      },
    ],
    caveats: ['cancel-is-not-refund'],
    sources: ['coursera-terms', 'seed-cancelatlas', 'seed-resubs'],
    reviewed,
  },
  {
    id: 'subscription-upgrade',
    title: 'Upgrade to Coursera Plus monthly or Coursera Lite, first payment',
    products: ['plus-monthly', 'lite'],
    channel: 'web',
    payment: 'first',
    upgrade: true,
    requestAt: 'coursera',
    safeDays: 7,
    deadlineDays: 14,
    summary:
      'The current Terms allow a refund within 7 days of the first payment of the plan you upgraded to (or of its start, if earlier). Older Terms gave 14 days after an upgrade from Lite to Plus.',
    readings: [
      {
        says: 'After an upgrade with no free trial, a refund within 7 days of the first payment or the start of the new plan, whichever is earlier.',
        windowDays: 7,
        sources: ['coursera-terms'],
        standing: 'binding',
        since: '2025-10-01',
      },
      {
        says: 'A refund within 14 days of upgrading from Coursera Lite to Coursera Plus.',
        windowDays: 14,
        sources: ['coursera-terms-2025'],
        standing: 'stale',
      },
    ],
    caveats: ['may-deny', 'premium-content', 'cancel-is-not-refund', 'refund-time'],
    sources: ['coursera-terms', 'coursera-terms-2025'],
    reviewed,
  },
  {
    id: 'specialization-subscription-upgrade',
    title: 'Upgrade to a course or Specialization subscription, first payment',
    products: ['specialization-monthly'],
    channel: 'web',
    payment: 'first',
    certificate: false,
    upgrade: true,
    requestAt: 'coursera',
    safeDays: 7,
    deadlineDays: 7,
    summary:
      'After an upgrade, the current Terms allow a refund within 7 days of the first payment of the new plan (or of its start, if earlier).',
    readings: [
      {
        says: 'After an upgrade with no free trial, a refund within 7 days of the first payment or the start of the new plan, whichever is earlier.',
        windowDays: 7,
        sources: ['coursera-terms'],
        standing: 'binding',
        since: '2025-10-01',
      },
    ],
    caveats: [
      'certificate-ends-window',
      'may-deny',
      'premium-content',
      'cancel-is-not-refund',
      'refund-time',
    ],
    sources: ['coursera-terms'],
    reviewed,
  },
  {
    id: 'lite',
    title: 'Coursera Lite',
    products: ['lite'],
    channel: 'web',
    payment: 'any',
    upgrade: false,
    contested: 'older-pages-longer',
    requestAt: 'coursera',
    safeDays: null,
    deadlineDays: 14,
    summary:
      'Sources disagree. The current Terms refund no subscription plan except where the law requires it; the older Terms offered 14 days in a section on Coursera Lite and Coursera Plus, but it is unclear whether that covered Lite.',
    readings: [
      plansNotRefundedReading,
      {
        says: 'Under a heading on Coursera Lite and Coursera Plus, a refund within 14 days of a Coursera Plus payment. Whether it covered Lite is unclear.',
        windowDays: 14,
        sources: ['coursera-terms-2025'],
        standing: 'stale',
      },
    ],
    caveats: ['may-deny', 'premium-content', 'cancel-is-not-refund', 'refund-time'],
    sources: ['coursera-terms', 'coursera-terms-2025'],
    reviewed,
  },
  {
    id: 'plus-monthly',
    title: 'Coursera Plus monthly',
    products: ['plus-monthly'],
    channel: 'web',
    payment: 'any',
    upgrade: false,
    contested: 'older-pages-longer',
    requestAt: 'coursera',
    safeDays: null,
    deadlineDays: 14,
    summary:
      'Sources disagree. The current Terms give no refund on monthly plans except where the law requires one; older pages promise 14 days.',
    readings: [
      plansNotRefundedReading,
      {
        says: 'A full refund if you ask within 14 days of the payment.',
        windowDays: 14,
        sources: ['coursera-help-refunds', 'coursera-terms-2025', 'seed-chargeback', 'seed-resubs'],
        standing: 'stale',
      },
    ],
    caveats: ['may-deny', 'premium-content', 'cancel-is-not-refund', 'refund-time'],
    sources: [
      'coursera-terms',
      'coursera-help-refunds',
      'coursera-terms-2025',
      'seed-chargeback',
      'seed-resubs',
    ],
    reviewed,
  },
  {
    id: 'specialization-subscription-first',
    title: 'Course or Specialization subscription, first payment',
    products: ['specialization-monthly'],
    channel: 'web',
    payment: 'first',
    certificate: false,
    upgrade: false,
    countsFromStart: true,
    contested: 'trial-may-use-window',
    requestAt: 'coursera',
    safeDays: null,
    deadlineDays: 7,
    summary:
      "Coursera's current Terms allow a refund within 7 days of enrolling, before any certificate. If your subscription began with a free trial, those 7 days ran out before your first payment, and the Terms give none for it. The older Terms refunded no monthly payment.",
    readings: [
      {
        says: 'A full refund within the 7-day period from enrolment (or from the launch, if you pre-enrolled), or before you earn a certificate, whichever comes first.',
        windowDays: 7,
        sources: ['coursera-terms'],
        standing: 'binding',
        since: '2026-06-30',
      },
      {
        says: 'Payments on a month-to-month Specialization subscription are not refunded.',
        windowDays: null,
        sources: ['coursera-terms-2025'],
        standing: 'stale',
      },
    ],
    caveats: [
      'trial-counts-toward-window',
      'certificate-ends-window',
      'may-deny',
      'premium-content',
      'cancel-is-not-refund',
      'refund-time',
    ],
    sources: ['coursera-terms', 'coursera-terms-2025'],
    reviewed,
  },
  {
    id: 'specialization-subscription-renewal',
    title: 'Course or Specialization subscription, renewal',
    products: ['specialization-monthly'],
    channel: 'web',
    payment: 'renewal',
    requestAt: 'coursera',
    safeDays: null,
    deadlineDays: null,
    summary:
      'Later monthly payments of a course or Specialization subscription are not refundable.',
    readings: [
      {
        says: 'Only the first 7-day period can lead to a refund; later monthly payments are not refunded.',
        windowDays: null,
        sources: ['coursera-terms'],
        standing: 'binding',
      },
    ],
    caveats: ['cancel-is-not-refund'],
    sources: ['coursera-terms'],
    reviewed,
  },
  {
    id: 'one-time-purchase',
    title: 'Single course or Specialization, paid once',
    products: ['course'],
    channel: 'web',
    payment: 'any',
    certificate: false,
    countsFromStart: true,
    requestAt: 'coursera',
    safeDays: 7,
    deadlineDays: 14,
    summary:
      "Coursera's current Terms allow a refund within 7 days of your payment (of the launch, if you pre-enrolled), before you earn a certificate. Older Coursera pages said 14 days.",
    readings: [
      {
        says: 'A full refund within 7 days of payment, or before you earn a certificate, whichever comes first.',
        windowDays: 7,
        sources: ['coursera-terms'],
        standing: 'binding',
        since: '2025-10-01',
      },
      {
        says: 'A full refund within 14 days ("2 weeks") of payment, or before a certificate.',
        windowDays: 14,
        sources: ['coursera-help-refunds', 'coursera-terms-2025', 'seed-resubs'],
        standing: 'stale',
      },
    ],
    caveats: [
      'certificate-ends-window',
      'may-deny',
      'premium-content',
      'check-my-purchases',
      'refund-unenrols',
      'refund-time',
    ],
    sources: ['coursera-terms', 'coursera-help-refunds', 'coursera-terms-2025', 'seed-resubs'],
    reviewed,
  },
  {
    id: 'certificate-earned',
    title: 'Course or Specialization with a certificate earned',
    products: ['course', 'specialization-monthly'],
    channel: 'web',
    payment: 'any',
    certificate: true,
    requestAt: 'coursera',
    safeDays: null,
    deadlineDays: null,
    summary: 'Once you have earned a certificate with the payment, it is not refundable.',
    readings: [
      {
        says: 'No refund once a certificate has been earned, even inside the refund period.',
        windowDays: null,
        sources: ['coursera-terms'],
        standing: 'binding',
      },
    ],
    caveats: ['cancel-is-not-refund'],
    sources: ['coursera-terms'],
    reviewed,
  },
  {
    id: 'guided-project',
    title: 'Guided Project or other project',
    products: ['guided-project'],
    channel: 'web',
    payment: 'any',
    requestAt: 'coursera',
    safeDays: null,
    deadlineDays: null,
    summary: 'Guided Projects and other projects are not refundable.',
    readings: [
      {
        says: 'Coursera does not refund Guided Projects or any other projects.',
        windowDays: null,
        sources: ['coursera-terms'],
        standing: 'binding',
      },
    ],
    caveats: [],
    sources: ['coursera-terms'],
    reviewed,
  },
  {
    id: 'degree',
    title: 'Degree or University Certificate',
    products: ['degree'],
    channel: 'web',
    payment: 'any',
    requestAt: 'university',
    safeDays: null,
    deadlineDays: null,
    summary: 'The university that runs the programme sets and handles its own refund policy.',
    readings: [
      {
        says: 'Refunds follow the policy of the university or institution offering the programme; read its own terms and messages.',
        windowDays: null,
        sources: ['coursera-terms'],
        standing: 'binding',
      },
      {
        says: 'Unenrolling from a degree goes through the programme, under its own rules.',
        windowDays: null,
        sources: ['coursera-help-degree'],
        standing: 'other',
      },
    ],
    caveats: [],
    sources: ['coursera-terms', 'coursera-help-degree'],
    reviewed,
  },
  {
    id: 'organization',
    title: 'Paid by an organisation (Coursera for Business, Campus, Government)',
    products: ['organization'],
    channel: 'web',
    payment: 'any',
    requestAt: 'organization',
    safeDays: null,
    deadlineDays: null,
    summary: 'Your organisation paid, so its administrator handles the licence and any money.',
    readings: [
      {
        says: 'The organisation pays for the membership; learners ask their administrator.',
        windowDays: null,
        sources: ['coursera-help-org'],
        standing: 'other',
      },
    ],
    caveats: [],
    sources: ['coursera-help-org'],
    reviewed,
  },
  {
    id: 'apple',
    title: 'Bought through the Apple App Store',
    products: allProducts,
    channel: 'apple',
    payment: 'any',
    requestAt: 'apple',
    safeDays: null,
    deadlineDays: null,
    summary:
      'Apple decides. Coursera does not handle App Store refunds, and Apple publishes no fixed window.',
    readings: [
      marketplaceReading,
      {
        says: 'Ask at reportaproblem.apple.com. Apple answers within 24 to 48 hours; money can take up to 30 days (60 days for phone-bill payments). Eligibility varies by country.',
        windowDays: null,
        sources: ['apple-refund'],
        standing: 'other',
      },
    ],
    caveats: ['apple-pending', 'cancel-is-not-refund'],
    sources: ['coursera-terms', 'apple-refund'],
    reviewed,
  },
  {
    id: 'google',
    title: 'Bought through Google Play',
    products: allProducts,
    channel: 'google',
    payment: 'any',
    requestAt: 'google',
    safeDays: 1,
    deadlineDays: 2,
    summary:
      'Google Play takes refund requests for 48 hours from the time you bought. The day after the purchase is always inside them; on the second day only until the hour you bought.',
    readings: [
      marketplaceReading,
      {
        says: "Ask Google Play within 48 hours of the purchase; after that, Google's help says the app's developer decides.",
        windowDays: 2,
        sources: ['google-play-refund'],
        standing: 'other',
      },
    ],
    caveats: ['google-after-48h', 'cancel-is-not-refund'],
    sources: ['coursera-terms', 'google-play-refund'],
    reviewed,
  },
] as const satisfies readonly RefundRule[]

export type RefundRuleId = (typeof refundRules)[number]['id']

/** Free trials: the start day is day 1 (policy-facts.md, "Free trials"). */
export const trialRule = {
  id: 'free-trial',
  title: 'Free trial',
  defaultDays: 7,
  minDays: 1,
  maxDays: 90,
  summary:
    'Cancel before the trial ends to avoid the first charge. The last free day is the start day plus the trial length minus one.',
  readings: [
    {
      says: 'The checkout page states whether there is a trial and how long it lasts.',
      windowDays: null,
      sources: ['coursera-terms'],
      standing: 'binding',
      since: '2026-05-21',
    },
    {
      says: 'Free trials last 7 days.',
      windowDays: 7,
      sources: ['coursera-terms-2025', 'coursera-help-trial'],
      standing: 'stale',
    },
  ],
  caveats: ['apple-trial-access', 'apple-24-hours'],
  sources: ['coursera-terms', 'coursera-terms-2025', 'coursera-help-trial'],
  reviewed,
} as const satisfies Omit<
  RefundRule,
  'products' | 'channel' | 'payment' | 'requestAt' | 'safeDays' | 'deadlineDays'
> & {
  defaultDays: number
  minDays: number
  maxDays: number
}

/**
 * Rule 4a: opened or unlocked premium content. The current Terms refuse a refund then; the
 * older Terms had no such clause. On a web purchase that a rule would refund, no reading is
 * safe any more, and the generous deadline stays as that rule gives it.
 */
export const premiumContentRule = {
  id: 'premium-content-accessed',
  title: 'Paid content opened or unlocked',
  summary:
    "Coursera's current Terms refuse a refund once you have accessed or unlocked premium content (since 13 March 2026). Older Coursera Terms had no such condition.",
  readings: [
    {
      says: 'No refund once you have accessed, unlocked or otherwise benefited from premium content.',
      windowDays: null,
      sources: ['coursera-terms'],
      standing: 'binding',
      since: '2026-03-13',
    },
    {
      says: 'No such condition: the refund window alone decided.',
      windowDays: null,
      sources: ['coursera-terms-2025'],
      standing: 'stale',
    },
  ],
  sources: ['coursera-terms', 'coursera-terms-2025'],
  reviewed,
} as const satisfies {
  id: string
  title: string
  summary: string
  readings: readonly Reading[]
  sources: readonly SourceId[]
  reviewed: CalendarDate
}

/** Statutory withdrawal: 14 days, counted from the day after the contract is made. */
export const statutoryRules = {
  eu: {
    id: 'statutory-eu',
    title: 'EU right of withdrawal',
    days: 14,
    rollWeekend: true,
    summary:
      'Buyers in the EU may withdraw within 14 days of the contract. The day of the contract is not counted, and a period ending on a Saturday or Sunday runs to the next Monday.',
    caveats: ['statutory-may-be-forfeited', 'holidays-not-counted'],
    sources: ['coursera-terms', 'eu-crd', 'eu-time-limits'],
    reviewed,
  },
  uk: {
    id: 'statutory-uk',
    title: 'UK right to cancel',
    days: 14,
    rollWeekend: false,
    summary:
      'Buyers in the UK may cancel within 14 days after the day the contract is made. The regulations do not move a deadline that falls on a weekend.',
    caveats: ['statutory-may-be-forfeited', 'uk-extension'],
    sources: ['coursera-terms', 'uk-ccr'],
    reviewed,
  },
} as const

export type StatutoryRule = (typeof statutoryRules)[keyof typeof statutoryRules]

/** Upgrades between plans have refund rules of their own (coursera-terms, "Refunds for Upgrades"). */
export const upgradeRules = [
  {
    id: 'upgrade-to-plus-monthly',
    title: 'Upgrade from a course to Coursera Plus monthly',
    summary:
      'With a free trial on the new plan, cancel within the trial to avoid the next charge. Without one, ask for a refund within 7 days of the first payment or start of the new plan, whichever is earlier.',
    sources: ['coursera-terms'],
    reviewed,
  },
  {
    id: 'upgrade-monthly-to-annual',
    title: 'Upgrade from Coursera Plus monthly to annual',
    summary: 'Cancel within 14 days of the first annual payment to get a refund.',
    sources: ['coursera-terms'],
    reviewed,
  },
] as const satisfies readonly {
  id: string
  title: string
  summary: string
  sources: readonly SourceId[]
  reviewed: CalendarDate
}[]

/** Where to ask for a refund, by who decides (policy-facts.md, "Requesting a refund"). */
export const requestPlaces: Readonly<
  Record<
    RequestAt,
    {
      who: string
      name: string
      how: string
      /** For a purchase paid once, where it differs from `how`. */
      howOneTime?: string
      url: string | null
      /** Where the Get Refund button of a purchase paid once is. */
      purchasesUrl?: string
      sources: readonly SourceId[]
    }
  >
> = {
  coursera: {
    who: 'Coursera',
    name: "Coursera's Learner Help Center",
    how: 'Ask through the Learner Help Center. A refund cannot be requested in the mobile app.',
    howOneTime:
      'Use the Get Refund button in My Purchases (coursera.org/my-purchases), where the Refund Deadline is shown. A refund cannot be requested in the mobile app.',
    url: 'https://www.coursera.support/s/learner-help-center?language=en_US',
    purchasesUrl: 'https://www.coursera.org/my-purchases',
    sources: ['coursera-help-refunds', 'coursera-terms'],
  },
  apple: {
    who: 'Apple',
    name: 'Apple (reportaproblem.apple.com)',
    how: 'Sign in at reportaproblem.apple.com, choose "I\'d like to", then "Request a refund", and pick the Coursera charge.',
    url: 'https://reportaproblem.apple.com',
    sources: ['apple-refund'],
  },
  google: {
    who: 'Google Play',
    name: 'Google Play',
    how: "Ask through Google Play's refund request form, within 48 hours from the time you bought. After that, ask Google Play first all the same; if it refuses, ask Coursera's support, and keep every answer in writing.",
    url: 'https://support.google.com/googleplay/answer/2479637',
    sources: ['google-play-refund'],
  },
  university: {
    who: 'your university',
    name: 'The university that runs your programme',
    how: "Read the programme's own refund policy and contact its programme office.",
    url: null,
    sources: ['coursera-terms', 'coursera-help-degree'],
  },
  organization: {
    who: 'your organisation',
    name: "Your organisation's administrator",
    how: 'Your employer, university or agency paid for the licence. Ask the person who manages Coursera there.',
    url: null,
    sources: ['coursera-help-org'],
  },
}
