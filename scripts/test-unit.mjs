// `npm run test:unit`: the whole Vitest suite once, in the first zone below, then the suites
// that touch dates again in each other zone. Calendar dates must give the same answers
// everywhere: zones far east and west of UTC, with and without summer time.
//
// A suite runs in every zone when it carries the marker line `// @time-zones` (say why next to
// it). tests/unit/time-zones.test.ts fails when a suite that reaches date code lacks the
// marker, or carries it without reaching any; `node scripts/test-unit.mjs --list` prints the
// marked suites.
//
// Each run is its own process (TZ is read when a process starts); two run at a time, and each
// run's output is printed whole. React renders with its production build, as the server
// renders pages; its development build makes the 10,000-query fuzz about eight times slower.
import { spawn } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import os from 'node:os'

const zones = ['UTC', 'America/Los_Angeles', 'Pacific/Apia', 'America/Sao_Paulo', 'Europe/Berlin']
const dir = 'tests/unit'
const suites = readdirSync(dir)
  .filter((f) => f.endsWith('.test.ts'))
  .map((f) => `${dir}/${f}`)
  .sort()
const marked = suites.filter((f) => /^\/\/ @time-zones\b/m.test(readFileSync(f, 'utf8')))

if (process.argv[2] === '--list') {
  console.log(marked.join('\n'))
  process.exit(0)
}

// Extra arguments go to every run. A file filter (an argument that names part of a suite's
// path, as Vitest matches them) narrows the other zones' runs to the marked suites it matches.
const extra = process.argv.slice(2)
const isFilter = (/** @type {string} */ a) =>
  !a.startsWith('-') && suites.some((f) => f.includes(a))
const filters = extra.filter(isFilter)
const options = extra.filter((a) => !isFilter(a))
const zoned = filters.length ? marked.filter((f) => filters.some((x) => f.includes(x))) : marked

// The other zones repeat the fuzz on 200 queries: its 10,000 in the first zone prove that the
// page and the API agree, and every worked case, compared in full in every zone
// (tests/unit/refund-answers.test.ts), looks for answers that move with the zone.
/** @typedef {{ zone: string, args: string[], env: Record<string, string> }} Run */
/** @type {Run[]} */
const runs = [
  { zone: zones[0] ?? 'UTC', args: extra, env: {} },
  ...(zoned.length
    ? zones.slice(1).map((zone) => ({
        zone,
        args: [...options, ...zoned],
        env: { FUZZ_RUNS: process.env.FUZZ_RUNS ?? '200' },
      }))
    : []),
]
const parallel = Math.max(1, Math.min(2, os.availableParallelism?.() ?? os.cpus().length))

/** @param {Run} run */
function run({ zone, args, env }) {
  return new Promise((resolve) => {
    const started = Date.now()
    const child = spawn('npx', ['vitest', 'run', ...args], {
      env: {
        ...process.env,
        ...env,
        TZ: zone,
        NODE_ENV: 'production',
        FORCE_COLOR: process.env.FORCE_COLOR ?? '0',
      },
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('close', (code, signal) =>
      resolve({ zone, code: code ?? signal, output, seconds: (Date.now() - started) / 1000 }),
    )
  })
}

const results = new Array(runs.length)
let next = 0
async function worker() {
  while (next < runs.length) {
    const i = next++
    results[i] = await run(/** @type {Run} */ (runs[i]))
  }
}
await Promise.all(Array.from({ length: parallel }, worker))

let failed = false
for (const [i, { zone, code, output, seconds }] of results.entries()) {
  const what = i === 0 ? 'the whole suite' : `${zoned.length} suites that touch dates`
  console.log(`\n=== ${what} with TZ=${zone} (${seconds.toFixed(0)} s)\n${output.trimEnd()}`)
  if (code !== 0) {
    failed = true
    console.error(`Unit tests failed with TZ=${zone} (exit ${code}).`)
  }
}
process.exit(failed ? 1 : 0)
