// After `next build`: every prerendered page is served without Next.js's client runtime.
// The guides are static text: React renders them on the server at build time, and the only
// scripts a reader's browser gets are the few-hundred-byte enhancers of the widgets on the
// page (components/enhance/), where a person interacts. The refund check, which is rendered
// per request and keeps its client router, is not touched (it is not prerendered), nor is
// the global error page. The README's "Guides without the client runtime" says why.
import { readFile, readdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { withoutFramework } from './lib/static-pages.mjs'

const appDir = path.join('.next', 'server', 'app')
/** Prerendered documents that keep the runtime. */
const keep = new Set(['_global-error.html'])

async function main() {
  const entries = await readdir(appDir, { recursive: true, withFileTypes: true })
  const done = []
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue
    const file = path.join(entry.parentPath, entry.name)
    const relative = path.relative(appDir, file)
    if (keep.has(relative)) continue
    const before = await readFile(file, 'utf8')
    let result
    try {
      result = withoutFramework(before)
    } catch (error) {
      throw new Error(`${file}: ${error.message}`)
    }
    await writeFile(file, result.html)
    done.push(`${relative} (${result.removed} tags, ${before.length - result.html.length} B)`)
  }
  if (done.length === 0) throw new Error(`no prerendered pages found in ${appDir}`)
  console.log(`Client runtime taken out of ${done.length} prerendered pages: ${done.join(', ')}`)
}

await main()
