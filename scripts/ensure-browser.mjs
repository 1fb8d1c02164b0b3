// Makes sure the end-to-end tests and Lighthouse have a chromium to drive, installing one
// when it can. Order: a browser already here (CHROME_PATH, Playwright's own, the system's);
// else Debian's chromium and chromium-headless-shell packages when we are root with apt; else
// Playwright's own installer; else stop and say exactly what to run. With Debian's chromium
// and no headless shell, the shell is added when apt can (scripts/browser.mjs says why).
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chromiumExecutable, hasChromium, systemHeadlessShell } from './browser.mjs'

/**
 * Runs a command in view, and tells whether it succeeded.
 * @param {string} command
 * @param {string[]} args
 */
function run(command, args) {
  console.log(`> ${command} ${args.join(' ')}`)
  return spawnSync(command, args, { stdio: 'inherit' }).status === 0
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0

if (hasChromium()) {
  const system = chromiumExecutable()?.startsWith('/usr/') && !process.env.CHROME_PATH
  if (system && !existsSync(systemHeadlessShell) && isRoot && hasApt) {
    // Faster tests, not a requirement: the full chromium serves when this fails.
    run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium-headless-shell'])
  }
  process.exit(0)
}

console.log('No chromium found for the end-to-end tests; trying to install one.')

if (isRoot && hasApt) {
  if (
    run('apt-get', ['update']) &&
    run('apt-get', [
      'install',
      '-y',
      '--no-install-recommends',
      'chromium',
      'chromium-headless-shell',
    ])
  ) {
    if (hasChromium()) process.exit(0)
  }
}
if (run('npx', ['playwright', 'install', 'chromium']) && hasChromium()) process.exit(0)

console.error(`
Could not find or install a chromium for the end-to-end tests. Do one of these, then rerun:
  - Debian or Ubuntu, as root:  apt-get update && apt-get install -y chromium
  - anywhere with downloads:    npx playwright install chromium
  - a browser you already have: CHROME_PATH=/path/to/chrome npm test
`)
process.exit(1)
