// Which chromium the tests drive: Playwright's own when it is installed, else the system's.
// The tests run headless, so on a system browser they take Debian's chromium-headless-shell
// when it is there: the same engine without the browser's shell, as Playwright's own
// headless runs use, and about 40% less CPU on our end-to-end tests (axe and page loads, 2
// cores). Lighthouse measures with the full chromium, as Lighthouse CI does.
import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'

const systemCandidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
]
/** Debian's package chromium-headless-shell (its /usr/bin entry is a shell wrapper). */
export const systemHeadlessShell = '/usr/lib/chromium/chromium-headless-shell'

/** Flags a headless chromium needs on a locked-down machine (root, no GPU, closed network). */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

/** Whether Playwright's own chromium is installed. */
function hasBundled() {
  try {
    return existsSync(chromium.executablePath())
  } catch {
    return false // Playwright has no browser of its own here.
  }
}

/**
 * The executable the tests launch headless, or undefined to let Playwright use its own
 * download. CHROME_PATH wins when set, so anyone can point the tests at a browser of their
 * choice; then Playwright's own; then the system's headless shell, then its chromium.
 */
export function chromiumExecutable() {
  if (process.env.CHROME_PATH && existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH
  if (hasBundled()) return undefined
  if (existsSync(systemHeadlessShell)) return systemHeadlessShell
  return systemCandidates.find((p) => existsSync(p))
}

/**
 * The full chromium, for Lighthouse: CHROME_PATH, Playwright's own, or the system's; undefined
 * when there is none.
 */
export function fullChromiumExecutable() {
  if (process.env.CHROME_PATH && existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH
  if (hasBundled()) return chromium.executablePath()
  return systemCandidates.find((p) => existsSync(p))
}

/** True when a full chromium can be launched (the tests and Lighthouse both can then run). */
export function hasChromium() {
  return fullChromiumExecutable() !== undefined
}
