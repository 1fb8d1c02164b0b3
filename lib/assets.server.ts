import 'server-only'
import { readFileSync } from 'node:fs'
import path from 'node:path'

/**
 * The browser's files that our build step makes (scripts/build-enhance.mjs): each page
 * enhancer and the site's stylesheet, by name, with the content hash in the address.
 */
import type { widgetRegistry } from '@/components/widget-registry.mjs'

type Registry = typeof widgetRegistry
/** The enhancers the widget registry names (components/widget-registry.mjs). */
export type Enhancer = {
  [K in keyof Registry]: Registry[K] extends { enhancer: infer E extends string } ? E : never
}[keyof Registry]
type Asset = Enhancer | 'site.css'

let manifest: Record<string, string> | undefined

/**
 * The address of one built file. The map is read once from .enhance/manifest.json, relative
 * to the directory the server runs in (the standalone output gets a copy:
 * next.config.mjs, outputFileTracingIncludes). Development rebuilds the files as they change
 * (scripts/dev.mjs), so there the map is read afresh.
 */
export function assetPath(name: Asset): string {
  if (!manifest || process.env.NODE_ENV === 'development') {
    const file = path.join(process.cwd(), '.enhance', 'manifest.json')
    try {
      manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>
    } catch {
      throw new Error(
        `${file} is missing: run \`node scripts/build-enhance.mjs\` (npm run build and npm run dev do)`,
      )
    }
  }
  const src = manifest[name]
  if (!src) throw new Error(`no file named ${name} in .enhance/manifest.json`)
  return src
}
