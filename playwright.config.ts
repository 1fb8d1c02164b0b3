import { defineConfig, devices } from '@playwright/test'
import { chromiumArgs, chromiumExecutable } from './scripts/browser.mjs'

/** An unusual loopback port: 3000, 3100 and 3200 are often taken on shared machines. */
const port = Number(process.env.E2E_PORT ?? 4817)
export const baseURL = `http://127.0.0.1:${port}`

const launchOptions = { executablePath: chromiumExecutable(), args: chromiumArgs }

// `npm test` builds once before the end-to-end run; `npm run test:e2e` alone builds first.
const serve = `npx next start -H 127.0.0.1 -p ${port}`

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  // Two workers keep both cores busy here; more were slower (docs/decisions/ci-time.md).
  // E2E_WORKERS overrides, for measuring.
  workers: process.env.E2E_WORKERS
    ? Number(process.env.E2E_WORKERS)
    : process.env.CI
      ? 2
      : undefined,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  timeout: 60_000,
  use: {
    baseURL,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'js',
      testIgnore: ['**/no-js.spec.ts', '**/fuzz.spec.ts', '**/serve-ways.spec.ts'],
      use: { ...devices['Desktop Chrome'], launchOptions },
    },
    {
      name: 'no-js',
      testMatch: '**/no-js.spec.ts',
      use: { ...devices['Desktop Chrome'], javaScriptEnabled: false, launchOptions },
    },
    {
      // A few hundred requests and no browser (the 10,000-query fuzz runs in-process).
      name: 'fuzz',
      testMatch: '**/fuzz.spec.ts',
    },
    {
      // Starts its own servers (every way the README documents), one at a time, with no
      // browser: after the browser tests, so it does not compete with them.
      name: 'serve-ways',
      testMatch: '**/serve-ways.spec.ts',
      dependencies: ['js', 'no-js'],
    },
  ],
  webServer: {
    command: process.env.E2E_SKIP_BUILD ? serve : `npm run build && ${serve}`,
    url: `${baseURL}/`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
})
