import 'server-only'
import { readFileSync } from 'node:fs'
import path from 'node:path'

export type Enhancer =
  'copy-link' | 'checklist' | 'copy-message' | 'message-fill' | 'quick-check' | 'refund-form'

let manifest: Record<string, string> | undefined

function fileOf(name: Enhancer): string {
  // Development rebuilds the scripts as they change (scripts/dev.mjs): read the map afresh.
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
  if (!src) throw new Error(`no enhancer named ${name} in .enhance/manifest.json`)
  return src
}

/**
 * Loads the plain script that brings one widget to life (components/enhance/<name>.ts).
 * Rendered next to the widget's server-drawn markup: React puts an async script with a src
 * in the document's head once, however many widgets ask for it, so a page loads exactly the
 * enhancers of the widgets it shows and nothing else.
 */
export function EnhanceScript({ name }: { name: Enhancer }) {
  return <script async src={fileOf(name)} />
}
