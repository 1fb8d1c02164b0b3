// @time-zones: it renders whole results pages, and every page shows dates.
import { expect, it, vi } from 'vitest'
import { GET } from '@/app/api/search/route'
import { searchResponse } from '@/components/search-response'
import { checkSearchExchange, makeSearchCases, requiredSearchKinds } from '../shared/search-fuzz'
import { kindsGenerated, makeTally } from '../shared/fuzz-tally'

vi.mock('@/lib/search/index.server', async () => {
  const { testIndexes } = await import('./search-index')
  const indexes = await testIndexes()
  return { searchIndex: (lang: 'en' | 'fr') => indexes[lang] }
})

/**
 * 3,000 generated search queries (markup, control characters, right-to-left text, broken
 * percent-encoding, very long, repeated or missing q, unknown lang) through the API's route
 * handler and the results page, in-process: no 5xx, nothing echoed as markup, and the page
 * lists exactly the API's results (tests/shared/search-fuzz.ts). Replay a failure with
 *   FUZZ_SEED=<seed> FUZZ_RUNS=<runs> npx vitest run tests/unit/search-fuzz.test.ts
 */
const seed = Number(process.env.FUZZ_SEED ?? 20261204)
const runs = Number(process.env.FUZZ_RUNS ?? 3_000)

it(`${runs} generated search queries: no crash, no markup echoed, the page lists the API's results (seed ${seed})`, async () => {
  const cases = makeSearchCases(seed, runs)
  const generated = kindsGenerated(cases)
  const { tally, count } = makeTally()
  const failures: string[] = []
  for (const c of cases) {
    let api: { status: number; text: string }
    let page: { status: number; html: string }
    try {
      const response = GET(new Request(`http://127.0.0.1/api/search?${c.qs}`))
      api = { status: response.status, text: await response.text() }
      const lang = c.pagePath === '/search' ? 'en' : 'fr'
      const rendered = await searchResponse(
        new Request(`http://127.0.0.1${c.pagePath}?${c.qs}`),
        lang,
      )
      page = { status: rendered.status, html: await rendered.text() }
    } catch (error) {
      failures.push(`#${c.index} ?${c.qs.slice(0, 200)}\n    threw ${String(error)}`)
      continue
    }
    const outcome = checkSearchExchange(c, api, page)
    count(`API ${outcome.api ?? 'failed'}`)
    if (outcome.compared) count('compared')
    if (outcome.problems.length)
      failures.push(`#${c.index} ?${c.qs.slice(0, 200)}\n    ${outcome.problems.join('\n    ')}`)
    if (failures.length >= 25) break
  }
  console.log(`search fuzz: seed ${seed}, ${runs} queries; ${JSON.stringify({ generated, tally })}`)
  expect(failures, `replay with FUZZ_SEED=${seed} FUZZ_RUNS=${runs}`).toEqual([])
  for (const kind of requiredSearchKinds)
    expect(generated[kind] ?? 0, `queries with ${kind}`).toBeGreaterThan(runs / 100)
  expect(tally['compared'] ?? 0, 'result lists compared').toBeGreaterThan(runs / 5)
  expect(tally['API errors'] ?? 0, 'refusals').toBeGreaterThan(runs / 20)
})
