// @time-zones: the page and the API must give the same dates in every zone.
import { expect, it } from 'vitest'
import { GET } from '@/app/api/refund-check/route'
import { checkExchange, makeCases, requiredKinds } from '../shared/refund-fuzz'
import { renderRefundPage } from './refund-page'
import { kindsGenerated, makeTally } from '../shared/fuzz-tally'

/**
 * 10,000 generated queries through the API route handler and the page render, in-process:
 * the page must show the API's full answer or its errors (tests/shared/refund-fuzz.ts).
 * Replay a failure with
 *   FUZZ_SEED=<seed> FUZZ_RUNS=<runs> npx vitest run tests/unit/refund-fuzz.test.ts
 */
const seed = Number(process.env.FUZZ_SEED ?? 20261126)
const runs = Number(process.env.FUZZ_RUNS ?? 10_000)

it(`${runs} generated queries: the page shows the API's answer in full, or its errors (seed ${seed}, TZ=${process.env.TZ ?? 'unset'})`, async () => {
  const cases = makeCases(seed, runs)
  const generated = kindsGenerated(cases)
  const { tally, count } = makeTally()
  const failures: string[] = []
  for (const c of cases) {
    const response = GET(new Request(`http://127.0.0.1/api/refund-check?${c.q}`))
    const api = { status: response.status, text: await response.text() }
    const outcome = checkExchange(c, api, await renderRefundPage(c.q))
    count(`API ${outcome.api ?? 'failed'}`)
    count(`page ${outcome.page ?? 'failed'}`)
    if (outcome.compared) count(`compared ${outcome.api}`)
    if (outcome.problems.length)
      failures.push(`#${c.index} ?${c.q.slice(0, 300)}\n    ${outcome.problems.join('\n    ')}`)
    if (failures.length >= 25) break // enough to see the pattern; replay for the rest
  }
  console.log(`fuzz: seed ${seed}, ${runs} queries; ${JSON.stringify({ generated, tally })}`)
  expect(failures, `replay with FUZZ_SEED=${seed} FUZZ_RUNS=${runs}`).toEqual([])
  // The generator must reach every kind of input, and the comparison both kinds of answer,
  // or this test proves little.
  for (const kind of requiredKinds)
    expect(generated[kind] ?? 0, `queries with ${kind}`).toBeGreaterThan(runs / 100)
  expect(tally['compared answer'] ?? 0, 'answers compared in full').toBeGreaterThan(runs / 20)
  expect(tally['compared errors'] ?? 0, 'refusals compared in full').toBeGreaterThan(runs / 20)
  expect(tally['page form'] ?? 0, 'queries that ask nothing').toBeGreaterThan(0)
}, 600_000)
