// `npm test`: every test, in the order that fails fastest. Unit tests need no build; the
// end-to-end tests and the quality gates run against one production build, each starting
// and stopping its own production server (`npm start`) on a loopback port.
import { spawnSync } from 'node:child_process'

/** @type {[name: string, command: string, args: string[]][]} */
const steps = [
  ['unit tests, in five time zones', 'npm', ['run', 'test:unit']],
  ['browser', 'node', ['scripts/ensure-browser.mjs']],
  ['production build', 'npm', ['run', 'build']],
  ['standalone build (for the test that serves every way)', 'npm', ['run', 'build:standalone']],
  ['end-to-end tests (with the 10,000-query fuzz test)', 'npx', ['playwright', 'test']],
  ['size budgets', 'npm', ['run', 'check:budgets']],
  ['link crawl', 'npm', ['run', 'check:links']],
  [
    'Lighthouse, mobile, median of 3 on the CI sample',
    'npm',
    ['run', 'check:lighthouse', '--', '--sample'],
  ],
]

const started = Date.now()
for (const [name, command, args] of steps) {
  const t0 = Date.now()
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`)
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, E2E_SKIP_BUILD: '1', NEXT_TELEMETRY_DISABLED: '1' },
  })
  console.log(`=== ${name}: ${Math.round((Date.now() - t0) / 1000)} s`)
  if (result.status !== 0) {
    console.error(`\n${name} failed (exit ${result.status ?? result.signal}).`)
    process.exit(result.status ?? 1)
  }
}
console.log(`\nAll tests passed in ${Math.round((Date.now() - started) / 1000)} s.`)
