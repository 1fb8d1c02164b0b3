import type { Reading } from './rules'
import { refundRules, trialRule, type RefundRule } from './rules'
import type { CalendarDate } from './dates'
import type { SourceId } from './sources'

/**
 * Where sources disagree, the site says so and shows both readings; it never silently picks
 * one (policy-facts.md). Refund rules with several readings are conflicts by themselves;
 * these are the others the fact base records.
 */
export interface Conflict {
  id: string
  topic: string
  readings: readonly Reading[]
  /** What the site does about it, in one sentence. */
  weSay: string
}

const otherConflicts = [
  {
    id: 'google-play-after-48h',
    topic: 'Who refunds a Google Play purchase after its first 48 hours',
    readings: [
      {
        says: "Google's help says that after 48 hours from the purchase, the app's developer decides on a refund.",
        windowDays: null,
        sources: ['google-play-refund'],
        standing: 'other',
      },
      {
        says: "Coursera's Terms say Coursera does not process refunds for marketplace purchases: the store is solely responsible.",
        windowDays: null,
        sources: ['coursera-terms'],
        standing: 'binding',
      },
    ],
    weSay:
      "Ask Google Play first, with its refund request form. If it refuses, ask Coursera's support. Keep every answer in writing. We never say that Coursera will decide.",
  },
  {
    id: 'trial-certificates',
    topic: 'Earning a certificate during a free trial',
    readings: [
      {
        says: 'Certificates cannot be earned during a free trial: end the trial early (and pay) or wait until it ends.',
        windowDays: null,
        sources: ['coursera-terms'],
        standing: 'binding',
      },
      {
        says: 'An older help article said certificates could be earned during the trial.',
        windowDays: null,
        sources: ['coursera-help-trial'],
        standing: 'stale',
      },
    ],
    weSay: 'We follow the current Terms: no certificate during a free trial.',
  },
  {
    id: 'trial-counting',
    topic: 'When the first charge after a free trial comes',
    readings: [
      {
        says: 'The help text says the charge comes "on the 8th day" of a 7-day trial.',
        windowDays: null,
        sources: ['coursera-help-trial'],
        standing: 'other',
      },
      {
        says: 'The same help text also says "8 days after you start".',
        windowDays: null,
        sources: ['coursera-help-trial'],
        standing: 'other',
      },
    ],
    weSay:
      'We count the start day as day 1 and take the earlier reading: the first charge on the start date plus the trial length, so cancelling by the end of the day before is safe.',
  },
  {
    id: 'pause',
    topic: 'Pausing a subscription instead of cancelling',
    readings: [
      {
        says: 'The Terms mention no pause.',
        windowDays: null,
        sources: ['coursera-terms'],
        standing: 'binding',
      },
      {
        says: 'No pause or freeze is documented.',
        windowDays: null,
        sources: ['seed-cancelatlas'],
        standing: 'other',
      },
      {
        says: 'A retention offer shown while cancelling may include a temporary pause.',
        windowDays: null,
        sources: ['seed-resubs'],
        standing: 'other',
      },
    ],
    weSay: 'We say a pause may be offered while you cancel, but that Coursera documents none.',
  },
  {
    id: 'apple-24-hours',
    topic: 'Cancelling an App Store subscription 24 hours before renewal',
    readings: [
      {
        says: "Unofficial copies of Apple's page advise cancelling at least 24 hours before the renewal.",
        windowDays: null,
        sources: ['apple-cancel-3p'],
        standing: 'other',
      },
    ],
    weSay: "We give it as advice, not as Apple's rule: we have no official copy that says so.",
  },
  {
    id: 'apple-trial-access',
    topic: 'Keeping access after cancelling during an Apple free trial',
    readings: [
      {
        says: "Coursera's Terms say a cancellation takes effect at the end of the current billing period, and you keep access until then.",
        windowDays: null,
        sources: ['coursera-terms'],
        standing: 'binding',
      },
      {
        says: "Third-party copies of Apple's page report that cancelling during an Apple free trial may end access at once.",
        windowDays: null,
        sources: ['apple-cancel-3p'],
        standing: 'other',
      },
    ],
    weSay:
      'We say you keep access to the end of the paid period, except that through Apple, cancelling during a free trial may end access at once.',
  },
  {
    id: 'store-list-missing',
    topic: 'What it means when Coursera is missing from your App Store or Google Play list',
    readings: [
      {
        says: 'Apple does not bill Coursera under that Apple Account: another account may pay. Search your email for "receipt from Apple".',
        windowDays: null,
        sources: ['apple-cancel-3p'],
        standing: 'other',
      },
      {
        says: 'A third-party guide reads a missing entry as Coursera billing you directly.',
        windowDays: null,
        sources: ['seed-resubs'],
        standing: 'other',
      },
    ],
    weSay:
      'We say both are possible: check every Apple or Google account you use, then look in My Purchases on coursera.org.',
  },
  {
    id: 'web-cancel-labels',
    topic: 'What the cancel button on the Coursera website is called',
    readings: [
      {
        says: 'My Purchases lists the subscriptions, with Cancel next to each one.',
        windowDays: null,
        sources: ['seed-resubs'],
        standing: 'other',
      },
      {
        says: 'An older guide (July 2025) describes a Manage Subscriptions tab and a Cancel Subscription button.',
        windowDays: null,
        sources: ['seed-chargeback'],
        standing: 'stale',
      },
    ],
    weSay: 'We give the newer labels and say the words may differ: look for the same idea.',
  },
  {
    id: 'statement-descriptors',
    topic: 'What a Coursera charge looks like on a bank statement',
    readings: [
      {
        says: 'Third parties list several descriptors, such as COURSERA, COURSERA*PLUS and COURSRA* followed by a code.',
        windowDays: null,
        sources: ['statement-3p', 'seed-chargeback'],
        standing: 'other',
      },
    ],
    weSay:
      'Coursera does not document its descriptors, so we list them as reported by others, not confirmed.',
  },
] as const satisfies readonly Conflict[]

/** Every recorded disagreement: the refund rules with several readings, then the rest. */
export function listConflicts(): Conflict[] {
  const fromRules = [...(refundRules as readonly RefundRule[]), trialRule]
    .filter((r) => r.readings.length > 1)
    .map((r) => ({
      id: r.id,
      topic: r.title,
      readings: r.readings,
      weSay: r.summary,
    }))
  return [...fromRules, ...otherConflicts]
}

/** How Coursera's refund terms changed, from the archived copies (policy-facts.md). */
export const termsChanges: readonly {
  date: CalendarDate
  change: string
  sources: readonly SourceId[]
}[] = [
  {
    date: '2025-10-01',
    change:
      'Refund policy rewritten. One-time courses and Specializations: 7 days from payment instead of 14, or before a certificate. Subscription plans: no refunds except by law, upgrades or stated cases; the 14-day Coursera Plus refund was removed. Coursera Plus annual keeps 14 days.',
    sources: ['coursera-terms', 'coursera-terms-2025'],
  },
  { date: '2026-01-01', change: 'The current Terms take effect.', sources: ['coursera-terms'] },
  {
    date: '2026-03-13',
    change: 'No refund once premium content has been accessed or unlocked.',
    sources: ['coursera-terms'],
  },
  {
    date: '2026-05-21',
    change: 'Free trials are no longer promised as 7 days: the checkout page states the length.',
    sources: ['coursera-terms'],
  },
  {
    date: '2026-05-27',
    change: 'Prepaid plans offered only in India removed.',
    sources: ['coursera-terms'],
  },
  {
    date: '2026-06-30',
    change:
      'Annual renewals explicitly not refundable. Specializations counted from enrolment (or launch, when pre-enrolled). Specialization subscriptions refundable within the 7-day period or before a certificate. Cancelling does not refund by itself.',
    sources: ['coursera-terms'],
  },
  {
    date: '2026-07-03',
    change:
      'Coursera may deny refunds where much of the content was accessed, for repeated requests, chargebacks, earlier marketplace refunds, or unhappiness after completing graded work.',
    sources: ['coursera-terms'],
  },
]

/** What changed on this site, newest first. */
export const siteChanges: readonly { date: CalendarDate; change: string }[] = [
  {
    date: '2026-11-29',
    change:
      "Corrected: charges after deleting an account are among the complaints a third-party guide (Chargeback) lists; we had cited the ReSubs guide, which does not mention deletion. The certificate condition on refunds is for courses and Specializations only, not Coursera Plus. Added: after Google Play's 48 hours, Google and Coursera's Terms disagree; how long Coursera keeps data after deletion; a charge when you have no Coursera account (general advice); subscribing again (third party); the Apple free-trial exception to keeping access. The footer now shows when our copies of the Terms and the Privacy Notice were stored, not a fresher check.",
  },
  {
    date: '2026-11-26',
    change:
      'First edition: cancel guides for every billing channel, the refund guide and deadline check, account deletion and its checklist, all checked against the fact base of 26 November 2026.',
  },
]
