import type { CalendarDate } from './dates'
import type { SourceId } from './sources'

/**
 * The change log: how Coursera's refund terms changed, and what we corrected on this site.
 * It is published three ways (/sources, the Atom feed at /changes.xml, and through them
 * anyone who follows the feed), so each entry carries a stable `id`: the feed's entry ids and
 * the anchors on /sources are made from it. Never rename or reuse an id; add a new entry
 * instead. What each entry says (what changed, and what it changes for a reader) is in the
 * catalogues (lib/i18n/policy-texts.ts), by id.
 */
export interface Change {
  /** Stable forever: `terms-<date>` or `site-<date>[-<topic>]`. Also the anchor on /sources. */
  readonly id: string
  readonly date: CalendarDate
  /** Where the change can be checked, when a stored source records it. */
  readonly sources?: readonly SourceId[]
}

/**
 * How Coursera's refund terms changed, oldest first, from the archived copies
 * (policy-facts.md, "Change log of Coursera's refund terms").
 */
export const termsChanges = [
  {
    id: 'terms-2025-10-01',
    date: '2025-10-01',
    sources: ['coursera-terms', 'coursera-terms-2025'],
  },
  {
    id: 'terms-2026-01-01',
    date: '2026-01-01',
    sources: ['coursera-terms'],
  },
  {
    id: 'terms-2026-03-13',
    date: '2026-03-13',
    sources: ['coursera-terms'],
  },
  {
    id: 'terms-2026-05-21',
    date: '2026-05-21',
    sources: ['coursera-terms'],
  },
  {
    id: 'terms-2026-05-27',
    date: '2026-05-27',
    sources: ['coursera-terms'],
  },
  {
    id: 'terms-2026-06-30',
    date: '2026-06-30',
    sources: ['coursera-terms'],
  },
  {
    id: 'terms-2026-07-03',
    date: '2026-07-03',
    sources: ['coursera-terms'],
  },
] as const satisfies readonly Change[]

/** What we changed or corrected on this site, newest first. */
export const siteChanges = [
  {
    id: 'site-2026-11-29-renewal-withdrawal',
    date: '2026-11-29',
    sources: ['coursera-terms'],
  },
  {
    id: 'site-2026-11-29-google-play',
    date: '2026-11-29',
    sources: ['google-play-refund', 'coursera-terms'],
  },
  {
    id: 'site-2026-11-29-charges-after-deletion',
    date: '2026-11-29',
    sources: ['seed-chargeback'],
  },
  {
    id: 'site-2026-11-29-terms-2026-07-03',
    date: '2026-11-29',
    sources: ['coursera-terms', 'coursera-terms-2025'],
  },
  {
    id: 'site-2026-11-29-refund-check-inputs',
    date: '2026-11-29',
    sources: ['coursera-terms'],
  },
  {
    id: 'site-2026-11-29-data-retention',
    date: '2026-11-29',
    sources: ['coursera-privacy'],
  },
  {
    id: 'site-2026-11-29-eu-withdrawal-function',
    date: '2026-11-29',
    sources: ['eu-withdrawal-function'],
  },
  {
    id: 'site-2026-11-29-certificate-condition',
    date: '2026-11-29',
    sources: ['coursera-terms'],
  },
  {
    id: 'site-2026-11-29-apple-trial-access',
    date: '2026-11-29',
    sources: ['apple-cancel-3p'],
  },
  {
    id: 'site-2026-11-29-charge-without-account',
    date: '2026-11-29',
  },
  {
    id: 'site-2026-11-29-subscribing-again',
    date: '2026-11-29',
    sources: ['seed-chargeback'],
  },
  {
    id: 'site-2026-11-29-stored-dates',
    date: '2026-11-29',
    sources: ['coursera-terms', 'coursera-privacy'],
  },
  {
    id: 'site-2026-11-26',
    date: '2026-11-26',
  },
] as const satisfies readonly Change[]

export type ChangeId = (typeof termsChanges)[number]['id'] | (typeof siteChanges)[number]['id']

/** Every entry of the change log, both lists, each id once. */
export const allChanges: readonly Change[] = [...termsChanges, ...siteChanges]
