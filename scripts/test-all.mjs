// `npm test`: every test, in the order that fails fastest. Unit tests need no build; the
// end-to-end tests run against one production build served by `next start`.
import { spawnSync } from 'node:child_process'

const steps = [
  ['unit tests', 'npm', ['run', 'test:unit']],
  ['browser', 'node', ['scripts/ensure-browser.mjs']],
  ['production build', 'npm', ['run', 'build']],
  ['end-to-end tests', 'npx', ['playwright', 'test']],
]

for (const [name, command, args] of steps) {
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`)
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, E2E_SKIP_BUILD: '1', NEXT_TELEMETRY_DISABLED: '1' },
  })
  if (result.status !== 0) {
    console.error(`\n${name} failed (exit ${result.status ?? result.signal}).`)
    process.exit(result.status ?? 1)
  }
}
console.log('\nAll tests passed.')
