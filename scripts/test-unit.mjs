// `npm run test:unit`: the whole Vitest suite once per time zone. Calendar dates must give
// the same answers everywhere: zones far east and west of UTC, with and without summer time.
// Each zone is its own process (TZ is read when a process starts); two run at a time, since
// most of a run is loading modules on one core, and each run's output is printed whole.
import { spawn } from 'node:child_process'
import os from 'node:os'

const zones = ['UTC', 'America/Los_Angeles', 'Pacific/Apia', 'America/Sao_Paulo', 'Europe/Berlin']
const extra = process.argv.slice(2)
const parallel = Math.max(1, Math.min(2, os.availableParallelism?.() ?? os.cpus().length))

function run(zone) {
  return new Promise((resolve) => {
    const child = spawn('npx', ['vitest', 'run', ...extra], {
      env: { ...process.env, TZ: zone, FORCE_COLOR: process.env.FORCE_COLOR ?? '0' },
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('close', (code, signal) => resolve({ zone, code: code ?? signal, output }))
  })
}

const results = new Array(zones.length)
let next = 0
async function worker() {
  while (next < zones.length) {
    const i = next++
    results[i] = await run(zones[i])
  }
}
await Promise.all(Array.from({ length: parallel }, worker))

let failed = false
for (const { zone, code, output } of results) {
  console.log(`\n=== unit tests with TZ=${zone}\n${output.trimEnd()}`)
  if (code !== 0) {
    failed = true
    console.error(`Unit tests failed with TZ=${zone} (exit ${code}).`)
  }
}
process.exit(failed ? 1 : 0)
