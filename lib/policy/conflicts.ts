import type { Reading } from './rules'
import { refundRules, trialRule, type RefundRule } from './rules'

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
