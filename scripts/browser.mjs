// Which chromium the tests drive: Playwright's own when it is installed, else the system's.
import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'

const systemCandidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
]

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

/**
 * The executable to launch, or undefined to let Playwright use its own download.
 * CHROME_PATH wins when set, so anyone can point the tests at a browser of their choice.
 */
export function chromiumExecutable() {
  if (process.env.CHROME_PATH && existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH
  let bundled
  try {
    bundled = chromium.executablePath()
  } catch {
    bundled = undefined
  }
  if (bundled && existsSync(bundled)) return undefined
  return systemCandidates.find((p) => existsSync(p))
}

/** True when some chromium can be launched. */
export function hasChromium() {
  if (process.env.CHROME_PATH && existsSync(process.env.CHROME_PATH)) return true
  try {
    if (existsSync(chromium.executablePath())) return true
  } catch {
    // Playwright has no browser of its own here.
  }
  return systemCandidates.some((p) => existsSync(p))
}
