// @time-zones: it builds the index from the guides, whose frontmatter dates are read as dates.
import { readFileSync } from 'node:fs'
import { beforeAll, expect, it } from 'vitest'
import {
  miniSearchReference,
  searchPlaces,
  termQueriesOf,
  type LoadedIndex,
  type SearchIndexFile,
} from '@/lib/search/engine'
import { scoreQuery } from '@/lib/search/scoring'
import type { Lang } from '@/lib/site'
import { testIndexFiles, testIndexes } from './search-index'

/**
 * The relevance table (tests/fixtures/search-queries.json): reader questions in their own
 * words, each with the place that answers it. At least 90% must find it in their top 3, and
 * every one in its top 10. A failure prints each question's rank, so a change that helps
 * some and hurts others shows both.
 */
interface Row {
  lang: Lang
  q: string
  expect: string
}
const table = JSON.parse(readFileSync('tests/fixtures/search-queries.json', 'utf8')) as {
  queries: Row[]
}

let indexes: Record<Lang, LoadedIndex>
let files: Record<Lang, SearchIndexFile>
beforeAll(async () => {
  indexes = await testIndexes()
  files = await testIndexFiles()
})

it('has at least 40 questions, half in each language', () => {
  const count = (lang: Lang) => table.queries.filter((r) => r.lang === lang).length
  expect(table.queries.length).toBeGreaterThanOrEqual(40)
  expect(count('en')).toBeGreaterThanOrEqual(20)
  expect(count('fr')).toBeGreaterThanOrEqual(20)
})

it('finds the answer in the top 3 for 90% of questions, and in the top 10 for all', () => {
  const ranks = table.queries.map((row) => {
    const urls = searchPlaces(indexes[row.lang], row.q).map((r) => r.url)
    return { ...row, rank: urls.indexOf(row.expect) + 1, first: urls[0] ?? '' }
  })
  const report = ranks
    .filter((r) => r.rank !== 1)
    .map((r) => `${r.rank || 'none'}\t${r.lang} "${r.q}" → ${r.expect} (first: ${r.first})`)
  const top3 = ranks.filter((r) => r.rank >= 1 && r.rank <= 3).length
  console.log(
    `relevance: ${ranks.filter((r) => r.rank === 1).length} first, ${top3} in the top 3, ` +
      `${ranks.filter((r) => r.rank >= 1).length} in the top 10, of ${ranks.length}\n${report.join('\n')}`,
  )
  expect(top3 / ranks.length, report.join('\n')).toBeGreaterThanOrEqual(0.9)
  expect(ranks.filter((r) => r.rank === 0).map((r) => r.q)).toEqual([])
})

/**
 * The site ranks with lib/search/scoring.ts, MiniSearch's scoring with each term's parts worked
 * out once. It must give what MiniSearch's own search gives on the same index and terms: the
 * same places in the same order, the same scores to the last bit, the same matched terms. The
 * questions: the relevance table, and random runs of the edition's words, a third of them cut
 * short as a reader still typing (so the last word also matches longer words).
 */
it('scores every question exactly as MiniSearch does', () => {
  let seed = 20261204
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
  let compared = 0
  let withPrefix = 0
  for (const lang of ['en', 'fr'] as const) {
    const index = indexes[lang]
    const reference = miniSearchReference(files[lang])
    const questions = table.queries.filter((r) => r.lang === lang).map((r) => r.q)
    for (let i = 0; i < 1500; i++) {
      const words = files[lang].words
      const count = 1 + Math.floor(random() * 5)
      let q = Array.from({ length: count }, () => words[Math.floor(random() * words.length)]).join(
        ' ',
      )
      if (random() < 0.3) q = q.slice(0, Math.max(1, q.length - Math.floor(random() * 4)))
      questions.push(q)
    }
    for (const q of questions) {
      const queries = termQueriesOf(q, index)
      const ours = scoreQuery(index.scorer, queries)
      const theirs = reference(queries)
      if (JSON.stringify(ours) !== JSON.stringify(theirs)) {
        expect({ q, hits: ours.slice(0, 5) }).toEqual({ q, hits: theirs.slice(0, 5) })
        expect(ours).toEqual(theirs)
      }
      compared += theirs.length
      if (queries.some((t) => t.prefix) && theirs.some((h) => h.terms.length > h.queryTerms.length))
        withPrefix++
    }
  }
  // The comparison saw real rankings, prefix matches among them.
  expect(compared).toBeGreaterThan(100_000)
  expect(withPrefix).toBeGreaterThan(50)
})
