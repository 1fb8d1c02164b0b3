import type { Reading } from './rules'
import { refundRules, trialRule, type RefundRule } from './rules'
import type { CalendarDate } from './dates'
import type { SourceId } from './sources'

/**
 * Where sources disagree, the site says so and shows both readings; it never silently picks
 * one (policy-facts.md). Refund rules with several readings are conflicts by themselves;
 * these are the others the fact base records. Their topic, what each reading says and what
 * the site does about it are words, in the catalogues (lib/i18n/policy-texts.ts), by id.
 */
export interface Conflict {
  id: string
  readings: readonly Reading[]
}

export const otherConflicts = [
  {
    id: 'google-play-after-48h',
    readings: [
      {
        windowDays: null,
        sources: ['google-play-refund'],
        standing: 'other',
      },
      {
        windowDays: null,
        sources: ['coursera-terms'],
        standing: 'binding',
      },
    ],
  },
  {
    id: 'trial-certificates',
    readings: [
      {
        windowDays: null,
        sources: ['coursera-terms'],
        standing: 'binding',
      },
      {
        windowDays: null,
        sources: ['coursera-help-trial'],
        standing: 'stale',
      },
    ],
  },
  {
    id: 'trial-counting',
    readings: [
      {
        windowDays: null,
        sources: ['coursera-help-trial'],
        standing: 'other',
      },
      {
        windowDays: null,
        sources: ['coursera-help-trial'],
        standing: 'other',
      },
    ],
  },
  {
    id: 'pause',
    readings: [
      {
        windowDays: null,
        sources: ['coursera-terms'],
        standing: 'binding',
      },
      {
        windowDays: null,
        sources: ['seed-cancelatlas'],
        standing: 'other',
      },
      {
        windowDays: null,
        sources: ['seed-resubs'],
        standing: 'other',
      },
    ],
  },
  {
    id: 'apple-24-hours',
    readings: [
      {
        windowDays: null,
        sources: ['apple-cancel-3p'],
        standing: 'other',
      },
    ],
  },
  {
    id: 'apple-trial-access',
    readings: [
      {
        windowDays: null,
        sources: ['coursera-terms'],
        standing: 'binding',
      },
      {
        windowDays: null,
        sources: ['apple-cancel-3p'],
        standing: 'other',
      },
    ],
  },
  {
    id: 'store-list-missing',
    readings: [
      {
        windowDays: null,
        sources: ['apple-cancel-3p'],
        standing: 'other',
      },
      {
        windowDays: null,
        sources: ['seed-resubs'],
        standing: 'other',
      },
    ],
  },
  {
    id: 'web-cancel-labels',
    readings: [
      {
        windowDays: null,
        sources: ['seed-resubs'],
        standing: 'other',
      },
      {
        windowDays: null,
        sources: ['seed-chargeback'],
        standing: 'stale',
      },
    ],
  },
  {
    id: 'statement-descriptors',
    readings: [
      {
        windowDays: null,
        sources: ['statement-3p', 'seed-chargeback'],
        standing: 'other',
      },
    ],
  },
] as const satisfies readonly Conflict[]

export type OtherConflictId = (typeof otherConflicts)[number]['id']

/**
 * Every recorded disagreement: the refund rules with several readings (their title is the
 * topic, their summary what we say), then the rest. `fromRule` tells which.
 */
export function listConflicts(): (Conflict & { fromRule: boolean })[] {
  const fromRules = [...(refundRules as readonly RefundRule[]), trialRule]
    .filter((r) => r.readings.length > 1)
    .map((r) => ({ id: r.id, readings: r.readings, fromRule: true }))
  return [...fromRules, ...otherConflicts.map((c) => ({ ...c, fromRule: false }))]
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
