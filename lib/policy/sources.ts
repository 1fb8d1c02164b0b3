/**
 * Every source the site cites, as listed in the fact base (shared/policy-facts.md, "Sources").
 * Ids are part of the public API (/api/policy, /api/refund-check `sources`): never rename one.
 */

/** Where a source stands when sources disagree: the current Terms outrank the Help Center,
 * which outranks third parties (policy-facts.md, "Order of trust"). */
export type Trust =
  | 'official-binding'
  | 'official-superseded'
  | 'official-help'
  | 'official-help-stale'
  | 'official-store'
  | 'law'
  | 'third-party-copy'
  | 'third-party'
  | 'third-party-stale'
  | 'third-party-unverified'

export const trustLabels: Readonly<Record<Trust, string>> = {
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
}

/** Lower ranks win when two sources disagree. */
export const trustRank: Readonly<Record<Trust, number>> = {
  'official-binding': 1,
  law: 1,
  'official-help': 2,
  'official-help-stale': 2,
  'official-store': 2,
  'official-superseded': 3,
  'third-party-copy': 3,
  'third-party': 4,
  'third-party-stale': 4,
  'third-party-unverified': 5,
}

export interface Source {
  readonly id: string
  readonly title: string
  /** A few words for inline citations. */
  readonly short: string
  /** Public address, or null where the fact base records none. */
  readonly url: string | null
  /** When our stored copy was recorded or the page was checked; null where none is shown. */
  readonly stored: string | null
  /** What `stored` means for this source, in words. */
  readonly storedNote: string
  /**
   * When we last reviewed what the site takes from this source, in our fact base
   * (shared/policy-facts.md, "Review date of this sheet"). It is not a check of the live page:
   * for the Terms and the Privacy Notice, the copy we review is the one of `stored`.
   */
  readonly reviewed: string
  readonly trust: Trust
  readonly note?: string
}

/** The fact base's review date: every source below was reviewed in it on that day. */
const factBaseReviewed = '2026-11-29'

export const sources = [
  {
    id: 'coursera-terms',
    short: 'Coursera Terms',
    title:
      'Coursera Terms of Use (effective 1 January 2026): Refund and Cancellation Policy; European Users Right of Withdrawal',
    url: 'https://www.coursera.org/about/terms',
    stored: '2026-07-03',
    storedNote: 'copy recorded 2026-07-03',
    reviewed: factBaseReviewed,
    trust: 'official-binding',
  },
  {
    id: 'coursera-terms-2025',
    short: 'Coursera Terms before October 2025',
    title: 'Coursera Terms of Use before the refund rewrite of 1 October 2025',
    url: 'https://github.com/OpenTermsArchive/contrib-versions',
    stored: '2025-09-23',
    storedNote: 'copy recorded 2025-09-23 (Open Terms Archive, folder Coursera/)',
    reviewed: factBaseReviewed,
    trust: 'official-superseded',
  },
  {
    id: 'coursera-privacy',
    short: 'Coursera Privacy Notice',
    title: 'Coursera Privacy Notice (last updated 11 May 2026)',
    url: 'https://www.coursera.org/about/privacy',
    stored: '2026-05-12',
    storedNote: 'copy recorded 2026-05-12',
    reviewed: factBaseReviewed,
    trust: 'official-binding',
  },
  {
    id: 'coursera-help-cancel',
    short: 'Coursera Help: cancel',
    title:
      'Coursera Help Center: "Cancel a subscription" (learner article 216348123; newer article learner-000001189)',
    url: 'https://www.coursera.support/s/article/learner-000001189?language=en_US',
    stored: null,
    storedNote: 'the page shows no date',
    reviewed: factBaseReviewed,
    trust: 'official-help',
  },
  {
    id: 'coursera-help-refunds',
    short: 'Coursera Help: refunds',
    title: 'Coursera Help Center: "Coursera refund policies" (article 209819043)',
    url: 'https://www.coursera.support/s/learner-help-center?language=en_US',
    stored: null,
    storedNote: 'the page shows no date',
    reviewed: factBaseReviewed,
    trust: 'official-help-stale',
    note: 'Two stored versions; the newer one adds Coursera Plus and app-store purchases but still says "2 weeks".',
  },
  {
    id: 'coursera-help-trial',
    short: 'Coursera Help: free trials',
    title: 'Coursera Help Center: free-trial articles (115001278026, 115004991443)',
    url: 'https://www.coursera.support/s/learner-help-center?language=en_US',
    stored: null,
    storedNote: 'the pages show no date',
    reviewed: factBaseReviewed,
    trust: 'official-help-stale',
  },
  {
    id: 'coursera-help-degree',
    short: 'Coursera Help: degrees',
    title: 'Coursera Help Center: leaving a degree programme (360003103012)',
    url: 'https://www.coursera.support/s/learner-help-center?language=en_US',
    stored: null,
    storedNote: 'the page shows no date',
    reviewed: factBaseReviewed,
    trust: 'official-help',
  },
  {
    id: 'coursera-help-org',
    short: 'Coursera Help: organisations',
    title: 'Coursera Help Center: Coursera for Business and Campus memberships (115001621606)',
    url: 'https://www.coursera.support/s/learner-help-center?language=en_US',
    stored: null,
    storedNote: 'the page shows no date',
    reviewed: factBaseReviewed,
    trust: 'official-help',
  },
  {
    id: 'coursera-help-transfer',
    short: 'Coursera Help: account transfers',
    title:
      'Coursera Help Center: payments and certificates cannot move between accounts (208279596)',
    url: 'https://www.coursera.support/s/learner-help-center?language=en_US',
    stored: null,
    storedNote: 'the page shows no date',
    reviewed: factBaseReviewed,
    trust: 'official-help',
  },
  {
    id: 'apple-refund',
    short: 'Apple: refunds',
    title:
      'Apple Support: "Request a refund for apps or content that you bought from Apple" (HT204084)',
    url: 'https://support.apple.com/HT204084',
    stored: null,
    storedNote: 'the page shows no date',
    reviewed: factBaseReviewed,
    trust: 'official-store',
  },
  {
    id: 'google-play-refund',
    short: 'Google Play: refunds',
    title:
      'Google Play Help: "Get refunds on Google Play purchases" (answer 2479637), as quoted on third-party pages',
    url: 'https://support.google.com/googleplay/answer/2479637',
    stored: null,
    storedNote: 'no date shown; read through third-party copies',
    reviewed: factBaseReviewed,
    trust: 'third-party-copy',
  },
  {
    id: 'google-play-cancel-3p',
    short: 'Google Play: cancel',
    title:
      'Google Play Help: "Cancel, pause, or change a subscription" (answer 7018481), as copied on third-party pages',
    url: 'https://support.google.com/googleplay/answer/7018481',
    stored: null,
    storedNote: 'no date shown; read through third-party copies',
    reviewed: factBaseReviewed,
    trust: 'third-party-copy',
  },
  {
    id: 'apple-cancel-3p',
    short: 'Apple: cancel',
    title:
      'Apple Support: "If you want to cancel a subscription from Apple" (HT202039), as copied on third-party pages',
    url: 'https://support.apple.com/HT202039',
    stored: null,
    storedNote: 'no date shown; read through third-party copies',
    reviewed: factBaseReviewed,
    trust: 'third-party-copy',
  },
  {
    id: 'eu-crd',
    short: 'EU Consumer Rights Directive',
    title: 'Directive 2011/83/EU on consumer rights, article 9 (right of withdrawal)',
    url: 'https://eur-lex.europa.eu/eli/dir/2011/83/oj',
    stored: null,
    storedNote: 'as adopted',
    reviewed: factBaseReviewed,
    trust: 'law',
  },
  {
    id: 'eu-withdrawal-function',
    short: 'EU withdrawal function',
    title:
      'Directive (EU) 2023/2673, adding article 11a (the withdrawal function) to Directive 2011/83/EU, applying from 19 June 2026',
    url: 'https://eur-lex.europa.eu/eli/dir/2023/2673/oj',
    stored: null,
    storedNote: 'as adopted',
    reviewed: factBaseReviewed,
    trust: 'law',
  },
  {
    id: 'fr-code-conso',
    short: 'French Consumer Code',
    title:
      'Code de la consommation (France), articles L221-18, L221-19 and L221-28 (the 14-day right of withdrawal)',
    url: 'https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006069565',
    stored: null,
    storedNote: 'as in force',
    reviewed: factBaseReviewed,
    trust: 'law',
  },
  {
    id: 'eu-time-limits',
    short: 'EU time-limits regulation',
    title: 'Regulation (EEC, Euratom) No 1182/71, article 3 (periods, dates and time limits)',
    url: 'https://eur-lex.europa.eu/eli/reg/1971/1182/oj',
    stored: null,
    storedNote: 'as adopted',
    reviewed: factBaseReviewed,
    trust: 'law',
  },
  {
    id: 'uk-ccr',
    short: 'UK Consumer Contracts Regulations',
    title:
      'Consumer Contracts (Information, Cancellation and Additional Charges) Regulations 2013 (SI 2013/3134)',
    url: 'https://www.legislation.gov.uk/uksi/2013/3134',
    stored: null,
    storedNote: 'as made',
    reviewed: factBaseReviewed,
    trust: 'law',
  },
  {
    id: 'jdm',
    short: 'JustDeleteMe',
    title: 'JustDeleteMe open data (sites.json), entry for Coursera',
    url: 'https://github.com/jdm-contrib/jdm',
    stored: '2026-08-21',
    storedNote: 'read 2026-08-21',
    reviewed: factBaseReviewed,
    trust: 'third-party',
  },
  {
    id: 'delete-directory',
    short: 'delete.directory',
    title: 'delete.directory, entry for Coursera',
    url: 'https://delete.directory',
    stored: '2025-11-08',
    storedNote: 'verified by its authors 2025-11-08',
    reviewed: factBaseReviewed,
    trust: 'third-party',
  },
  {
    id: 'seed-searchsolvr',
    short: 'searchsolvr',
    title: 'searchsolvr.com: a guide to deleting a Coursera account',
    url: null,
    stored: null,
    storedNote: 'undated',
    reviewed: factBaseReviewed,
    trust: 'third-party',
  },
  {
    id: 'seed-chargeback',
    short: 'Chargeback guide',
    title: 'Chargeback: "How to cancel Coursera" (published 1 July 2025)',
    url: null,
    stored: '2025-07-01',
    storedNote: 'published 2025-07-01',
    reviewed: factBaseReviewed,
    trust: 'third-party-stale',
  },
  {
    id: 'seed-cancelatlas',
    short: 'Cancel Atlas',
    title: 'Cancel Atlas: Coursera cancellation policy score card',
    url: 'https://www.cancelatlas.com/c/coursera',
    stored: '2026-06-05',
    storedNote: 'reviewed by its authors 2026-06-05',
    reviewed: factBaseReviewed,
    trust: 'third-party',
  },
  {
    id: 'seed-resubs',
    short: 'ReSubs guide',
    title: 'ReSubs: step-by-step Coursera cancellation guide',
    url: null,
    stored: null,
    storedNote: 'undated',
    reviewed: factBaseReviewed,
    trust: 'third-party-stale',
  },
  {
    id: 'statement-3p',
    short: 'Third-party descriptor lists',
    title: 'Bank-statement descriptor lists on third-party pages',
    url: null,
    stored: null,
    storedNote: 'undated',
    reviewed: factBaseReviewed,
    trust: 'third-party-unverified',
  },
] as const satisfies readonly Source[]

export type SourceId = (typeof sources)[number]['id']

export const sourceIds = sources.map((s) => s.id) as readonly SourceId[]

export function isSourceId(value: string): value is SourceId {
  return (sourceIds as readonly string[]).includes(value)
}

export function getSource(id: SourceId): Source {
  const found = sources.find((s) => s.id === id)
  if (!found) throw new Error(`Unknown source id: ${id}`)
  return found
}
