// @time-zones: it builds the index from the guides, whose frontmatter dates are read as dates.
import { readFileSync } from 'node:fs'
import { beforeAll, expect, it } from 'vitest'
import { searchPlaces, type LoadedIndex } from '@/lib/search/engine'
import type { Lang } from '@/lib/site'
import { testIndexes } from './search-index'

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
beforeAll(async () => {
  indexes = await testIndexes()
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
