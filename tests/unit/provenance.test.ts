import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  clauseQuotations,
  guideQuotations,
  quotationsInGuide,
  readStoredCopies,
} from '@/lib/content/provenance.server'
import { clauses, clausesFor, type ClauseKey } from '@/lib/policy/clauses'
import {
  isStoredSourceId,
  normaliseQuotation,
  reviewQuotations,
  type Quotation,
  type ReviewItem,
  type StoredSourceId,
} from '@/lib/policy/provenance'
import { policyTextsEn } from '@/lib/i18n/policy-texts'
import { conflictsIn, policyIn } from '@/lib/i18n/policy-view'
import type { SourceId } from '@/lib/policy/sources'

/** The review list as lines a person can work through (used in test failure messages). */
function formatReviewList(items: readonly ReviewItem[]): string {
  if (items.length === 0) return 'Every quotation was found in its stored copy.'
  return items
    .map((item) => {
      const where =
        'key' in item ? `rule ${item.key}` : `${item.page}${item.line ? `:${item.line}` : ''}`
      const why =
        item.problem === 'no-stored-copy'
          ? `"${item.source}" has no stored copy in content/sources/`
          : `not found in ${item.source}`
      return `- ${where} (${why}): "${normaliseQuotation(item.text)}"`
    })
    .join('\n')
}

const root = fileURLToPath(new URL('../../', import.meta.url))

let stored: Record<StoredSourceId, string>
let pages: Quotation[]
beforeAll(async () => {
  ;[stored, pages] = await Promise.all([readStoredCopies(root), guideQuotations(root)])
})

/** Where a review item points, for comparing lists: a rule key or a content file. */
const where = (item: Quotation) => ('key' in item ? item.key : item.page)

describe('normaliseQuotation', () => {
  it.each([
    ['white space', 'a  b\n\t c ', 'a b c'],
    ['typographic quotes', '\u201Cyes\u201D and 14 days\u2019 right', '"yes" and 14 days\' right'],
    ['dashes', '7 \u2013 10 days \u2014 or not', '7 - 10 days - or not'],
    ['Markdown links', 'you [cancel](https://example.org/a_(b)) within', 'you cancel within'],
    ['bold and italic markers', '**you must cancel** _Note: x._', 'you must cancel Note: x.'],
    ['Markdown escapes', '1\\. One-time', '1. One-time'],
    ['nothing else: case and words stay', 'Refunds Are', 'Refunds Are'],
    ['underscores inside words', 'language=en_US', 'language=en_US'],
  ])('%s', (_what, input, expected) => {
    expect(normaliseQuotation(input)).toBe(expected)
  })
})

describe('reviewQuotations', () => {
  const text = [
    'Refunds are **not** [provided](https://x.test) for renewal\u2019s charges.',
    '',
    'Such denials may include, but are not limited to, repeated requests, chargeback activity, or more.',
    '',
    'Another paragraph.',
  ].join('\n')
  it.each<[string, Quotation, ReviewItem['problem'] | null]>([
    [
      'found after normalising',
      {
        key: 'a',
        source: 'coursera-terms',
        text: "Refunds are not provided for renewal's charges.",
      },
      null,
    ],
    [
      'case counts',
      { key: 'a', source: 'coursera-terms', text: 'refunds are not provided' },
      'words-not-found',
    ],
    [
      'a changed word',
      { key: 'a', source: 'coursera-terms', text: 'Refunds are now provided' },
      'words-not-found',
    ],
    [
      'words left out, in order',
      {
        page: 'p.mdx',
        source: 'coursera-terms',
        text: 'Such denials may include \u2026 chargeback activity \u2026',
      },
      null,
    ],
    [
      'words left out, out of order',
      { page: 'p.mdx', source: 'coursera-terms', text: 'chargeback activity \u2026 Such denials' },
      'words-not-found',
    ],
    [
      'words left out, across paragraphs',
      { page: 'p.mdx', source: 'coursera-terms', text: 'Such denials ... Another paragraph.' },
      'words-not-found',
    ],
    [
      'a source with no stored copy',
      { page: 'p.mdx', source: 'seed-resubs', text: 'Another paragraph.' },
      'no-stored-copy',
    ],
    [
      'an unknown source',
      { page: 'p.mdx', source: 'nonsense', text: 'Another paragraph.' },
      'no-stored-copy',
    ],
    [
      'a stored source whose copy was not given',
      { page: 'p.mdx', source: 'coursera-privacy', text: 'Another paragraph.' },
      'no-stored-copy',
    ],
  ])('%s', (_what, quotation, problem) => {
    const review = reviewQuotations([quotation], { 'coursera-terms': text })
    expect(review).toEqual(problem ? [{ ...quotation, problem }] : [])
  })
})

describe('every quotation the site shows is in its stored copy', () => {
  it('the clauses of lib/policy/clauses.ts', () => {
    const review = reviewQuotations(clauseQuotations(), stored)
    expect(review, formatReviewList(review)).toEqual([])
  })

  it('the <Quote> elements of content/**/*.mdx', async () => {
    // The parser must see every <Quote> the raw files hold, or some would go unchecked.
    const files = [...new Set(pages.map((q) => ('page' in q ? q.page : '')))]
    const raw = await Promise.all(
      files.map(async (f) => (await readFile(`${root}/${f}`, 'utf8')).split('<Quote ').length - 1),
    )
    expect(raw.reduce((a, b) => a + b, 0)).toBe(pages.length)
    expect(pages.length).toBeGreaterThanOrEqual(4)
    const review = reviewQuotations(pages, stored)
    expect(review, formatReviewList(review)).toEqual([])
  })

  it('a <Quote> citing a source with no stored copy fails', async () => {
    const mdx = '# Page\n\n<Quote source="seed-resubs">\n  Cancel at any time.\n</Quote>\n'
    const quotes = await quotationsInGuide(mdx, 'content/en/example.mdx')
    expect(quotes).toEqual([
      {
        page: 'content/en/example.mdx',
        line: 3,
        source: 'seed-resubs',
        text: 'Cancel at any time.',
      },
    ])
    expect(reviewQuotations(quotes, stored)).toEqual([{ ...quotes[0], problem: 'no-stored-copy' }])
  })
})

/** A rule, reading holder or conflict, walked from the tables themselves. */
interface Row {
  id: string
  sources: readonly SourceId[]
  readings: readonly { says: string; sources: readonly SourceId[] }[]
}

const view = policyIn(policyTextsEn)
const ruleRows: Row[] = [
  ...view.refundRules,
  view.trialRule,
  view.premiumContentRule,
  { ...view.statutoryRules.eu, readings: [] },
  { ...view.statutoryRules.uk, readings: [] },
  ...view.upgradeRules.map((u) => ({ ...u, readings: [] })),
]
// A refund rule with several readings is also a conflict, with the same id and readings.
const rows: Row[] = [
  ...ruleRows,
  ...conflictsIn(policyTextsEn)
    .filter((c) => !ruleRows.some((r) => r.id === c.id))
    .map((c) => ({ ...c, sources: [] })),
]
const storedOf = (ids: readonly SourceId[]) => ids.filter(isStoredSourceId)
const clauseKeys = Object.keys(clauses) as ClauseKey[]
const hasKey = (id: string): id is ClauseKey => (clauseKeys as string[]).includes(id)

describe('each rule and reading carries the clauses it rests on', () => {
  it.each(rows.map((r) => [r.id, r] as const))('%s', (id, row) => {
    const cited = new Set([
      ...storedOf(row.sources),
      ...row.readings.flatMap((r) => storedOf(r.sources)),
    ])
    if (cited.size === 0) {
      // Rests on other sources only: names them, quotes nothing.
      expect(hasKey(id) ? clauses[id] : []).toEqual([])
      return
    }
    expect(hasKey(id), `lib/policy/clauses.ts has no entry for "${id}"`).toBe(true)
    if (!hasKey(id)) return
    const missing = [
      ...storedOf(row.sources).map((s) => ({ says: '(the rule)', source: s })),
      ...row.readings.flatMap((r) => storedOf(r.sources).map((s) => ({ says: r.says, source: s }))),
    ].filter((need) => clausesFor(id, need.source).length === 0)
    expect(missing, `${id} cites a stored source but quotes none of its clauses`).toEqual([])
    const uncited = clauses[id].filter((c) => !cited.has(c.source))
    expect(uncited, `${id} quotes a source it does not cite`).toEqual([])
  })

  it('every key of lib/policy/clauses.ts names a rule or conflict', () => {
    const ids = new Set(rows.map((r) => r.id))
    expect(clauseKeys.filter((k) => !ids.has(k))).toEqual([])
  })
})

/** An altered copy of the current Terms: each change replaces words quoted somewhere. */
const alterations = {
  renewals: [
    'Refunds will not be provided for renewal charges on annual subscription plans.',
    'Refunds may be provided for renewal charges on annual subscription plans.',
  ],
  marketplace: [
    'the refund policy of that marketplace applies',
    "Coursera's refund policy applies",
  ],
  trialCertificates: [
    'Certificates cannot be earned during the free trial.',
    'Certificates can be earned during the free trial.',
  ],
  trialWithdrawal: [
    'the trial period shall be counted as a part of and while counting',
    'the trial period shall not count towards',
  ],
  chargebacks: [
    'prior refunds processed through a third-party marketplace, chargeback activity',
    'chargebacks',
  ],
} as const satisfies Record<string, readonly [string, string]>

describe('the review list, on an altered copy of the current Terms', () => {
  it.each<[string, (keyof typeof alterations)[], string[]]>([
    ['a renewal sentence changed', ['renewals'], ['plus-annual-renewal']],
    [
      'the marketplace sentence changed',
      ['marketplace'],
      ['apple', 'google', 'google-play-after-48h'],
    ],
    // Both editions quote the Terms in English, so a changed sentence names both pages.
    [
      'a quoted note changed',
      ['trialWithdrawal'],
      ['content/en/refunds/index.mdx', 'content/fr/remboursements/index.mdx'],
    ],
    [
      'three quoted sentences changed',
      ['trialCertificates', 'trialWithdrawal', 'chargebacks'],
      [
        'trial-certificates',
        'content/en/refunds/index.mdx',
        'content/en/cancel/web.mdx',
        'content/fr/remboursements/index.mdx',
        'content/fr/resilier/site-web.mdx',
      ],
    ],
  ])('%s', (_what, changes, expected) => {
    let altered = stored['coursera-terms']
    for (const name of changes) {
      const [from, to] = alterations[name]
      expect(altered.split(from).length - 1, `"${from}" occurs once in the stored Terms`).toBe(1)
      altered = altered.replace(from, to)
    }
    const review = reviewQuotations([...clauseQuotations(), ...pages], {
      ...stored,
      'coursera-terms': altered,
    })
    expect(review.length, formatReviewList(review)).toBeGreaterThan(0)
    expect(
      review.every(
        (item) => item.source === 'coursera-terms' && item.problem === 'words-not-found',
      ),
    ).toBe(true)
    expect([...new Set(review.map(where))].sort(), formatReviewList(review)).toEqual(
      [...expected].sort(),
    )
  })

  it('a Privacy Notice with the deletion sentence gone names the deletion guide', () => {
    const sentence = 'certificates and certifications cannot be accessed, verified, or reissued'
    expect(stored['coursera-privacy']).toContain(sentence)
    const review = reviewQuotations([...clauseQuotations(), ...pages], {
      ...stored,
      'coursera-privacy': stored['coursera-privacy'].replace(sentence, 'certificates stay'),
    })
    expect(review.map(where).sort()).toEqual([
      'content/en/delete-account/index.mdx',
      'content/fr/supprimer-le-compte/index.mdx',
    ])
  })
})
