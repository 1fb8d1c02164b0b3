// After `next build`: the SHA-256 of every inline script in every prerendered page, so the
// Content-Security-Policy of a static page can allow exactly its own inline scripts without
// 'unsafe-inline' and without giving up static generation (see proxy.ts and the README).
import { createHash } from 'node:crypto'
import { readFile, readdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

const appDir = path.join('.next', 'server', 'app')
const out = path.join('.next', 'csp-hashes.json')

/**
 * Inline <script> bodies that a browser runs: the ones without a src attribute and without a
 * data type such as application/ld+json (CSP does not apply to data blocks).
 */
export function inlineScripts(html) {
  const bodies = []
  for (const match of html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1] ?? ''
    if (/\ssrc\s*=/i.test(attributes)) continue
    const type = /\stype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1] ?? ''
    if (type && !/^(?:module|text\/javascript|application\/javascript)$/i.test(type)) continue
    bodies.push(match[2])
  }
  return bodies
}

export function sha256(text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
}

/** .next/server/app/cancel/web.html -> /cancel/web; index.html -> / */
export function routeOf(relative) {
  const route =
    '/' +
    relative
      .replace(/\\/g, '/')
      .replace(/\.html$/, '')
      .replace(/(^|\/)index$/, '')
  return route.length > 1 ? route.replace(/\/$/, '') : '/'
}

async function main() {
  const entries = await readdir(appDir, { recursive: true, withFileTypes: true })
  const hashes = {}
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue
    const file = path.join(entry.parentPath, entry.name)
    const html = await readFile(file, 'utf8')
    hashes[routeOf(path.relative(appDir, file))] = [...new Set(inlineScripts(html).map(sha256))]
  }
  await writeFile(out, JSON.stringify(hashes, null, 1) + '\n')
  console.log(`CSP hashes for ${Object.keys(hashes).length} prerendered pages written to ${out}`)
}

if (import.meta.url === `file://${process.argv[1]}`) await main()
