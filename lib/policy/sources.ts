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

/** Every trust level, in the order the catalogues name them. */
export const trusts: readonly Trust[] = [
  'official-binding',
  'official-superseded',
  'official-help',
  'official-help-stale',
  'official-store',
  'law',
  'third-party-copy',
  'third-party',
  'third-party-stale',
  'third-party-unverified',
]

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

/**
 * A source as data. Its title, its short name for inline citations, what its date means and
 * any note are words, in the catalogues (lib/i18n/policy-texts.ts), by id.
 */
export interface Source {
  readonly id: string
  /** Public address, or null where the fact base records none. */
  readonly url: string | null
  /** When our stored copy was recorded or the page was checked; null where none is shown. */
  readonly stored: string | null
  /**
   * When we last reviewed what the site takes from this source, in our fact base
   * (shared/policy-facts.md, "Review date of this sheet"). It is not a check of the live page:
   * for the Terms and the Privacy Notice, the copy we review is the one of `stored`.
   */
  readonly reviewed: string
  readonly trust: Trust
}

/** The fact base's review date: every source below was reviewed in it on that day. */
const factBaseReviewed = '2026-11-29'

export const sources = [
  {
    id: 'coursera-terms',
    url: 'https://www.coursera.org/about/terms',
    stored: '2026-07-03',
    reviewed: factBaseReviewed,
    trust: 'official-binding',
  },
  {
    id: 'coursera-terms-2025',
    url: 'https://github.com/OpenTermsArchive/contrib-versions',
    stored: '2025-09-23',
    reviewed: factBaseReviewed,
    trust: 'official-superseded',
  },
  {
    id: 'coursera-privacy',
    url: 'https://www.coursera.org/about/privacy',
    stored: '2026-05-12',
    reviewed: factBaseReviewed,
    trust: 'official-binding',
  },
  {
    id: 'coursera-help-cancel',
    url: 'https://www.coursera.support/s/article/learner-000001189?language=en_US',
    stored: null,
    reviewed: factBaseReviewed,
    trust: 'official-help',
  },
  {
    id: 'coursera-help-refunds',
    url: 'https://www.coursera.support/s/learner-help-center?language=en_US',
    stored: null,
    reviewed: factBaseReviewed,
    trust: 'official-help-stale',
  },
  {
    id: 'coursera-help-trial',
    url: 'https://www.coursera.support/s/learner-help-center?language=en_US',
    stored: null,
    reviewed: factBaseReviewed,
    trust: 'official-help-stale',
  },
  {
    id: 'coursera-help-degree',
    url: 'https://www.coursera.support/s/learner-help-center?language=en_US',
    stored: null,
    reviewed: factBaseReviewed,
    trust: 'official-help',
  },
  {
    id: 'coursera-help-org',
    url: 'https://www.coursera.support/s/learner-help-center?language=en_US',
    stored: null,
    reviewed: factBaseReviewed,
    trust: 'official-help',
  },
  {
    id: 'coursera-help-transfer',
    url: 'https://www.coursera.support/s/learner-help-center?language=en_US',
    stored: null,
    reviewed: factBaseReviewed,
    trust: 'official-help',
  },
  {
    id: 'apple-refund',
    url: 'https://support.apple.com/HT204084',
    stored: null,
    reviewed: factBaseReviewed,
    trust: 'official-store',
  },
  {
    id: 'google-play-refund',
    url: 'https://support.google.com/googleplay/answer/2479637',
    stored: null,
    reviewed: factBaseReviewed,
    trust: 'third-party-copy',
  },
  {
    id: 'google-play-cancel-3p',
    url: 'https://support.google.com/googleplay/answer/7018481',
    stored: null,
    reviewed: factBaseReviewed,
    trust: 'third-party-copy',
  },
  {
    id: 'apple-cancel-3p',
    url: 'https://support.apple.com/HT202039',
    stored: null,
    reviewed: factBaseReviewed,
    trust: 'third-party-copy',
  },
  {
    id: 'eu-crd',
    url: 'https://eur-lex.europa.eu/eli/dir/2011/83/oj',
    stored: null,
    reviewed: factBaseReviewed,
    trust: 'law',
  },
  {
    id: 'eu-withdrawal-function',
    url: 'https://eur-lex.europa.eu/eli/dir/2023/2673/oj',
    stored: null,
    reviewed: factBaseReviewed,
    trust: 'law',
  },
  {
    id: 'fr-code-conso',
    url: 'https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006069565',
    stored: null,
    reviewed: factBaseReviewed,
    trust: 'law',
  },
  {
    id: 'eu-time-limits',
    url: 'https://eur-lex.europa.eu/eli/reg/1971/1182/oj',
    stored: null,
    reviewed: factBaseReviewed,
    trust: 'law',
  },
  {
    id: 'uk-ccr',
    url: 'https://www.legislation.gov.uk/uksi/2013/3134',
    stored: null,
    reviewed: factBaseReviewed,
    trust: 'law',
  },
  {
    id: 'jdm',
    url: 'https://github.com/jdm-contrib/jdm',
    stored: '2026-08-21',
    reviewed: factBaseReviewed,
    trust: 'third-party',
  },
  {
    id: 'delete-directory',
    url: 'https://delete.directory',
    stored: '2025-11-08',
    reviewed: factBaseReviewed,
    trust: 'third-party',
  },
  {
    id: 'seed-searchsolvr',
    url: null,
    stored: null,
    reviewed: factBaseReviewed,
    trust: 'third-party',
  },
  {
    id: 'seed-chargeback',
    url: null,
    stored: '2025-07-01',
    reviewed: factBaseReviewed,
    trust: 'third-party-stale',
  },
  {
    id: 'seed-cancelatlas',
    url: 'https://www.cancelatlas.com/c/coursera',
    stored: '2026-06-05',
    reviewed: factBaseReviewed,
    trust: 'third-party',
  },
  {
    id: 'seed-resubs',
    url: null,
    stored: null,
    reviewed: factBaseReviewed,
    trust: 'third-party-stale',
  },
  {
    id: 'statement-3p',
    url: null,
    stored: null,
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
