// `npm run test:unit`: the whole Vitest suite once per time zone. Calendar dates must give
// the same answers everywhere: zones far east and west of UTC, with and without summer time.
import { spawnSync } from 'node:child_process'

const zones = ['UTC', 'America/Los_Angeles', 'Pacific/Apia', 'America/Sao_Paulo', 'Europe/Berlin']
const extra = process.argv.slice(2)

for (const zone of zones) {
  console.log(`\n=== unit tests with TZ=${zone}`)
  const result = spawnSync('npx', ['vitest', 'run', ...extra], {
    stdio: 'inherit',
    env: { ...process.env, TZ: zone },
  })
  if (result.status !== 0) {
    console.error(`Unit tests failed with TZ=${zone}.`)
    process.exit(result.status ?? 1)
  }
}
