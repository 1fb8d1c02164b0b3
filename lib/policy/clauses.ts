import type { StoredSourceId } from './provenance'
import type { RefundRuleId, StatutoryRule, trialRule } from './rules'

export type { StoredSourceId } from './provenance'

/**
 * The clauses of Coursera's stored Terms and Privacy Notice that the rules rest on, in the
 * source's own words and language, as stored in content/sources/ (policy-facts.md: "A
 * quotation is the source's own words in the source's language: it is data, and may sit
 * beside the rule it supports"). A rule or reading citing coursera-terms,
 * coursera-terms-2025 or coursera-privacy carries at least one clause of each; one resting
 * only on other sources carries none. tests/unit/provenance.test.ts checks every clause
 * word for word against its stored copy, and that every rule has the clauses it needs.
 *
 * Quotations drop Markdown (links read as their text) and may use straight quotes and
 * dashes: the check normalises both sides (lib/policy/provenance.ts).
 */
export interface Clause {
  source: StoredSourceId
  /** The source's own words, in English, as stored. */
  text: string
}

/**
 * Every rule and conflict that may quote a stored source. Rule ids come from the tables
 * themselves, so a new row in rules.ts is a type error here until its clauses are added.
 */
export type ClauseKey =
  | RefundRuleId
  | (typeof trialRule)['id']
  | StatutoryRule['id']
  // Rows being added to rules.ts (issue 12): listed here so the table holds them either way.
  | 'lite'
  | 'subscription-upgrade'
  | 'specialization-subscription-upgrade'
  | 'premium-content-accessed'
  // upgradeRules in rules.ts
  | 'upgrade-to-plus-monthly'
  | 'upgrade-monthly-to-annual'
  // Conflicts of lib/policy/conflicts.ts that are not refund rules and cite a stored source.
  | 'google-play-after-48h'
  | 'trial-certificates'
  | 'pause'
  | 'apple-trial-access'

const terms = (text: string): Clause => ({ source: 'coursera-terms', text })
const terms2025 = (text: string): Clause => ({ source: 'coursera-terms-2025', text })

// Sentences quoted by several rules, each once.
const subscriptionsNotRefunded = terms(
  'Refunds for subscription plans are not provided, except (i) where required by law, (ii) where you have upgraded to another subscription plan and wish to cancel the upgrade, or (iii) in limited cases as explicitly stated by Coursera or in specific promotional terms.',
)
const plus14Days2025 = terms2025(
  'To get a full refund of your Coursera Plus subscription payment, submit a refund request via the Learner Help Center within 14 days of your payment.',
)
const courseOneTime = terms(
  'For courses purchased with a one-time payment, you may receive a full refund if you cancel within 7 days of payment or before earning a certificate, whichever comes first.',
)
const oneTime14Days2025 = terms2025(
  'If you cancel your one-time, paid enrollment for a course or specialization, Coursera will offer you a complete refund until 14 days after payment, or until you earn a course certificate for any course in the specialization, whichever is earlier.',
)
const specializationSubscription = terms(
  'If you enroll or pre-enroll in a Specialization through a subscription, you may request a full refund within the applicable 7-day refund period or before earning a certificate, whichever occurs first.',
)
const upgradeWithoutTrial = terms(
  'If you upgrade from one product or plan to another (for example, from a one-time purchase of a Course to Coursera Plus monthly), you may cancel as applicable within the trial period days of the upgrade, only where trial period is offered as a part of the new product to avoid being charged on the next billing date or request a refund within 7 days of the date of first payment or start date of the new product, whichever is earlier if no trial period is offered.',
)
const marketplace = terms(
  "If a purchase is made through a third-party marketplace, such as the Apple App Store or another payment platform, the refund policy of that marketplace applies. In such cases, Coursera does not process the refund and assumes no responsibility for the marketplace's decision.",
)
const storeSolelyResponsible = terms(
  'Unless explicitly stated otherwise by Coursera, the third-party provider is solely responsible for handling any refund requests.',
)
const withdrawal = terms(
  'In accordance with applicable laws, if you are in the European Union and the United Kingdom you have a right of withdrawal for 14 days from the date a contract commences.',
)
const withdrawalForfeited = terms(
  'If the Services have already been fully performed with your express consent, or if Service use has begun with their acknowledgment, the right of withdrawal is forfeited.',
)

export const clauses: Readonly<Record<ClauseKey, readonly Clause[]>> = {
  'plus-annual-first': [
    terms('For Coursera Plus Annual, Coursera offers a 14-day refund period.'),
    terms(
      'For annual subscriptions, which are paid in full at the time of purchase, you must cancel within 14 days to receive a refund.',
    ),
  ],
  'plus-annual-renewal': [
    terms('Refunds will not be provided for renewal charges on annual subscription plans.'),
  ],
  'subscription-upgrade': [
    upgradeWithoutTrial,
    terms2025(
      'If you upgrade from Coursera Lite to Coursera Plus, you have 14 days from the date of the upgrade to either not be charged on the next billing date or receive a refund.',
    ),
  ],
  'specialization-subscription-upgrade': [upgradeWithoutTrial],
  lite: [
    terms(
      'This section applies to all Coursera subscription offerings, including Coursera Lite, Coursera Plus Monthly and Annual plans, and individual course or Specialization subscriptions.',
    ),
    subscriptionsNotRefunded,
    // The 2025 section is headed "Coursera Lite and Coursera Plus", but its refund sentence
    // names Coursera Plus only: hence "unclear whether it covered Lite".
    plus14Days2025,
  ],
  'plus-monthly': [subscriptionsNotRefunded, plus14Days2025],
  'specialization-subscription-first': [
    specializationSubscription,
    // "From enrolment (or from the launch)" is stated in section 1 (one-time purchases);
    // the subscription sentence above only says "the applicable 7-day refund period".
    terms(
      'If you enroll or pre-enroll in a Specialization, you may request a full refund before earning a certificate or within 7 days of your enrollment (or, if you pre-enrolled, within 7 days of the Specialization launch), whichever is earlier.',
    ),
    terms2025(
      'Coursera does not offer refunds for payments made on a month-to-month specialization subscription plan.',
    ),
  ],
  'specialization-subscription-renewal': [subscriptionsNotRefunded, specializationSubscription],
  'one-time-purchase': [
    courseOneTime,
    terms(
      'If you pre-enroll in a course, you may cancel for a full refund within 7 days of the course launch, or before earning a certificate, whichever is earlier.',
    ),
    oneTime14Days2025,
  ],
  'certificate-earned': [courseOneTime, specializationSubscription],
  'guided-project': [
    terms('Coursera does not offer refunds for Guided Projects or any other projects.'),
  ],
  degree: [
    terms(
      "Refund policies for Degree, and University Certificate programs are set and administered by the content provider offering the program. You should consult the institution's policies and communications for specific refund terms.",
    ),
  ],
  // Rests on coursera-help-org only: no stored copy, no quotation.
  organization: [],
  apple: [marketplace],
  google: [marketplace, storeSolelyResponsible],
  'free-trial': [
    terms(
      'Certain subscriptions may come with a free trial period. Please see the applicable check out page for details regarding free trial availability and duration.',
    ),
    // The stored 2025 copy gives no trial length: it supports "cancel before the trial
    // ends", not the stale reading's "7 days".
    terms2025(
      'To avoid being charged during a free trial period, you must cancel your subscription before your free trial ends.',
    ),
  ],
  'premium-content-accessed': [
    terms(
      'Refunds are not available where you have accessed, unlocked, or otherwise obtained any benefit or item of value from premium content made available as part of a purchase, including any content designated as restricted or protected by a paywall or other access control mechanism.',
    ),
    // The older Terms had no such condition; what decided was the refund window alone.
    oneTime14Days2025,
  ],
  'statutory-eu': [withdrawal, withdrawalForfeited],
  'statutory-uk': [withdrawal, withdrawalForfeited],
  'upgrade-to-plus-monthly': [upgradeWithoutTrial],
  'upgrade-monthly-to-annual': [
    terms(
      'If you upgrade from Coursera Plus monthly to a Coursera Plus annual plan, then you may cancel the subscription plan within 14 days from the date the first payment is made for the new Coursera Plus annual plan to receive a refund.',
    ),
  ],
  // The Terms name the Apple App Store as their example; Google Play falls under "another
  // payment platform".
  'google-play-after-48h': [marketplace, storeSolelyResponsible],
  'trial-certificates': [
    terms(
      'Certificates cannot be earned during the free trial. In order to receive a certificate of completion, you must either (i) consent to being charged for the first applicable payment of your subscription, by ending the free trial period early; or (ii) wait until the relevant free trial period has expired without cancelling your subscription.',
    ),
  ],
  // "The Terms mention no pause" rests on an absence. The clause quoted is the one that
  // names every state a subscription can be in: running, cancelled, suspended or
  // discontinued by Coursera.
  pause: [
    terms(
      'All subscriptions will continue for the duration selected at the time of your purchase and then automatically renew for periods of equal length unless and until you cancel the subscription according to the process described below or the subscription is suspended or discontinued by Coursera.',
    ),
  ],
  // Coursera's Terms on its own subscriptions, set against Apple's trial practice.
  'apple-trial-access': [
    terms(
      'Cancellation is effective at the end of the current billing period. You will retain access for the remainder of that period and no further charges will be incurred.',
    ),
  ],
}

/** The clauses of one stored source that a rule, reading or conflict rests on ([] if none). */
export function clausesFor(key: ClauseKey, source: StoredSourceId): readonly Clause[] {
  return clauses[key].filter((c) => c.source === source)
}
