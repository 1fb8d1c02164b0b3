// `npm test`: every test, in the order that fails fastest. Unit tests need no build; the
// end-to-end tests and the quality gates run against one production build, each starting
// and stopping its own production server (`npm start`) on a loopback port.
import { spawnSync } from 'node:child_process'
import { appendFileSync } from 'node:fs'

/** @type {[name: string, command: string, args: string[]][]} */
const steps = [
  ['unit tests (the date suites in five time zones)', 'npm', ['run', 'test:unit']],
  ['browser', 'node', ['scripts/ensure-browser.mjs']],
  ['production build', 'npm', ['run', 'build']],
  ['standalone build (for the test that serves every way)', 'npm', ['run', 'build:standalone']],
  ['end-to-end tests (browser, HTTP fuzz, every way of serving)', 'npx', ['playwright', 'test']],
  ['size budgets', 'npm', ['run', 'check:budgets']],
  ['link crawl', 'npm', ['run', 'check:links']],
  [
    'Lighthouse, mobile, median of 3 on the CI sample',
    'npm',
    ['run', 'check:lighthouse', '--', '--sample'],
  ],
]

const started = Date.now()
/** Each stage's name and seconds, printed as one table at the end, pass or fail. */
/** @type {[name: string, seconds: number][]} */
const times = []
function summary() {
  const width = Math.max(...times.map(([name]) => name.length), 'total'.length)
  console.log('\n=== stage times')
  /** @type {[string, number][]} */
  const rows = [...times, ['total', (Date.now() - started) / 1000]]
  for (const [name, seconds] of rows)
    console.log(`${name.padEnd(width)}  ${seconds.toFixed(0).padStart(5)} s`)
}

for (const [name, command, args] of steps) {
  const t0 = Date.now()
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`)
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, E2E_SKIP_BUILD: '1', NEXT_TELEMETRY_DISABLED: '1' },
  })
  const label = result.status === 0 ? name : `${name} (failed)`
  times.push([label, (Date.now() - t0) / 1000])
  // .ci/run prints every stage's time at its end, these included.
  if (process.env.STAGE_TIMES)
    appendFileSync(process.env.STAGE_TIMES, `${label}\t${Math.round((Date.now() - t0) / 1000)}\n`)
  console.log(`=== ${name}: ${Math.round((Date.now() - t0) / 1000)} s`)
  if (result.status !== 0) {
    summary()
    console.error(`\n${name} failed (exit ${result.status ?? result.signal}).`)
    process.exit(result.status ?? 1)
  }
}
summary()
console.log(`\nAll tests passed in ${Math.round((Date.now() - started) / 1000)} s.`)
