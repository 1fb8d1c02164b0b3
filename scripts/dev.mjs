// `npm run dev`: `next dev`, with the page enhancers (components/enhance/) and the site's
// stylesheet (app/site.css) rebuilt as their sources change, so an edit shows on the next
// page load. The search indexes are built once at the start (edit a guide: restart to search
// its new words).
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { buildStylesheet, watchEnhancers, watchStylesheet } from './build-enhance.mjs'
import { buildSearchIndexFiles } from './build-search-index.mjs'

const stopEnhancers = await watchEnhancers()
await buildSearchIndexFiles()
console.log(`Stylesheet built: ${await buildStylesheet()}`)
const stopStylesheet = watchStylesheet()
const next = createRequire(import.meta.url).resolve('next/dist/bin/next')
const child = spawn(process.execPath, [next, 'dev', ...process.argv.slice(2)], {
  stdio: 'inherit',
})
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.on(signal, () => child.kill(signal))
}
child.on('exit', async (code, signal) => {
  stopStylesheet()
  await stopEnhancers()
  process.exit(code ?? (signal ? 1 : 0))
})
