// Screenshots of pages at phone and desktop widths, light and dark, for a person to look at.
// Usage: node scripts/screenshots.mjs http://127.0.0.1:4817 /cancel/web /refunds ...
import { mkdirSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { chromiumArgs, chromiumExecutable } from './browser.mjs'

const [origin, ...paths] = process.argv.slice(2)
if (!origin || paths.length === 0) {
  console.error('usage: node scripts/screenshots.mjs ORIGIN PATH [PATH...]')
  process.exit(2)
}
const out = 'reports/screenshots'
mkdirSync(out, { recursive: true })
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: chromiumArgs })
for (const path of paths) {
  for (const width of [390, 1280]) {
    for (const scheme of /** @type {const} */ (['light', 'dark'])) {
      for (const js of [true, false]) {
        if (!js && scheme === 'dark') continue
        const page = await browser.newPage({
          viewport: { width, height: width === 390 ? 844 : 900 },
          colorScheme: scheme,
          javaScriptEnabled: js,
        })
        await page.goto(origin + path, { waitUntil: 'load' })
        const name = `${path.replace(/[^a-z0-9]+/gi, '_') || 'home'}-${width}-${scheme}${js ? '' : '-nojs'}.png`
        // VIEWPORT=1: only what the reader sees on arrival (after any #anchor jump).
        await page.screenshot({ path: `${out}/${name}`, fullPage: process.env.VIEWPORT !== '1' })
        console.log(`${out}/${name}`)
        await page.close()
      }
    }
  }
}
await browser.close()
