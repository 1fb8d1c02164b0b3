import { expect, test } from '@playwright/test'
import { checkExchange, makeCases, requiredKinds } from '../shared/refund-fuzz'
import { checkSearchExchange, makeSearchCases, requiredSearchKinds } from '../shared/search-fuzz'
import { kindsGenerated, makeTally } from '../shared/fuzz-tally'

/**
 * The fuzz test's queries over HTTP, through the production server: a few hundred, since
 * tests/unit/refund-fuzz.test.ts sends 10,000 in-process. Over HTTP they also meet Node's
 * request parser, Next's routing and its reading of the query (broken percent-encoding,
 * repeated keys, long values). The same checks (tests/shared/refund-fuzz.ts): no 5xx, no
 * echoed markup, and the page shows the API's full answer or its errors. Replay a failure:
 *   FUZZ_SEED=<seed> FUZZ_HTTP_RUNS=<runs> npx playwright test tests/e2e/fuzz.spec.ts
 */
// A trace would record every request with its body; a failure names its queries instead.
test.use({ trace: 'off' })

// Not the in-process run's seed: these queries add to those, rather than repeat them.
const seed = Number(process.env.FUZZ_SEED ?? 20261201)
const runs = Number(process.env.FUZZ_HTTP_RUNS ?? 400)
const concurrency = 8

/**
 * A GET straight from Node (fetch, keep-alive), not through Playwright's request context,
 * which would cost more than the server's work. Uncompressed: the text is what is checked.
 */
async function get(url: string): Promise<{ status: number; text: string }> {
  const response = await fetch(url, { headers: { 'accept-encoding': 'identity' } })
  return { status: response.status, text: await response.text() }
}

test('generated queries over HTTP: no crash, no echoed markup, the page shows the API’s answer', async ({
  baseURL,
}) => {
  test.setTimeout(Math.max(60_000, runs * 300))
  const cases = makeCases(seed, runs)
  const generated = kindsGenerated(cases)
  test.info().annotations.push({ type: 'fuzz seed', description: `${seed} (${runs} runs)` })

  const failures: string[] = []
  const { tally, count } = makeTally()
  for (let i = 0; i < cases.length && failures.length < 25; i += concurrency) {
    await Promise.all(
      cases.slice(i, i + concurrency).map(async (c) => {
        const [api, page] = await Promise.all([
          get(`${baseURL}/api/refund-check?${c.q}`),
          get(`${baseURL}/refunds/check?${c.q}`),
        ])
        const outcome = checkExchange(c, api, { status: page.status, html: page.text })
        count(`API ${outcome.api ?? 'failed'}`)
        count(`page ${outcome.page ?? 'failed'}`)
        if (outcome.compared) count(`compared ${outcome.api}`)
        if (outcome.problems.length)
          failures.push(`#${c.index} ?${c.q.slice(0, 300)}\n    ${outcome.problems.join('\n    ')}`)
      }),
    )
  }
  console.log(
    `fuzz over HTTP: seed ${seed}, ${runs} queries; ${JSON.stringify({ generated, tally })}`,
  )
  expect(failures, `replay with FUZZ_SEED=${seed} FUZZ_HTTP_RUNS=${runs}`).toEqual([])
  for (const kind of requiredKinds)
    expect(generated[kind] ?? 0, `queries with ${kind}`).toBeGreaterThan(runs / 100)
  expect(tally['compared answer'] ?? 0, 'answers compared in full').toBeGreaterThan(runs / 20)
  expect(tally['compared errors'] ?? 0, 'refusals compared in full').toBeGreaterThan(runs / 20)
})

/**
 * The search's generated queries over HTTP (tests/shared/search-fuzz.ts): a few hundred here,
 * 3,000 in-process (tests/unit/search-fuzz.test.ts). No 5xx, nothing echoed as markup, and
 * the results page lists the API's results.
 */
const searchRuns = Number(process.env.FUZZ_HTTP_SEARCH_RUNS ?? 300)

test('generated search queries over HTTP: no crash, no echoed markup, the page lists the API’s results', async ({
  baseURL,
}) => {
  test.setTimeout(Math.max(60_000, searchRuns * 300))
  const cases = makeSearchCases(seed, searchRuns)
  const generated = kindsGenerated(cases)
  const failures: string[] = []
  const { tally, count } = makeTally()
  for (let i = 0; i < cases.length && failures.length < 25; i += concurrency) {
    await Promise.all(
      cases.slice(i, i + concurrency).map(async (c) => {
        const [api, page] = await Promise.all([
          get(`${baseURL}/api/search?${c.qs}`),
          get(`${baseURL}${c.pagePath}?${c.qs}`),
        ])
        const outcome = checkSearchExchange(c, api, { status: page.status, html: page.text })
        count(`API ${outcome.api ?? 'failed'}`)
        if (outcome.compared) count('compared')
        if (outcome.problems.length)
          failures.push(
            `#${c.index} ?${c.qs.slice(0, 300)}\n    ${outcome.problems.join('\n    ')}`,
          )
      }),
    )
  }
  console.log(
    `search fuzz over HTTP: seed ${seed}, ${searchRuns} queries; ${JSON.stringify({ generated, tally })}`,
  )
  expect(failures, `replay with FUZZ_SEED=${seed} FUZZ_HTTP_SEARCH_RUNS=${searchRuns}`).toEqual([])
  for (const kind of requiredSearchKinds)
    expect(generated[kind] ?? 0, `queries with ${kind}`).toBeGreaterThan(searchRuns / 100)
  expect(tally['compared'] ?? 0, 'result lists compared').toBeGreaterThan(searchRuns / 5)
})
