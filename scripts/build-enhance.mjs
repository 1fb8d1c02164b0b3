// Before `next build` (and `next dev`): bundles each page enhancer in components/enhance/ on
// its own, minified, into public/enhance/<name>.<content hash>.js, and writes the name → file
// map to .enhance/manifest.json for components/enhance-script.tsx. A guide page loads only
// the enhancers of the widgets it shows, and no framework JavaScript at all
// (scripts/static-pages.mjs); the hash in the name lets browsers and CDNs keep each file
// for a year (next.config.mjs).
import { mkdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { build } from 'esbuild'

export const enhancers = [
  'copy-link',
  'checklist',
  'copy-message',
  'message-fill',
  'quick-check',
  'refund-form',
]
const outdir = path.join('public', 'enhance')
const manifestFile = path.join('.enhance', 'manifest.json')

async function main() {
  await rm(outdir, { recursive: true, force: true })
  const result = await build({
    entryPoints: Object.fromEntries(
      enhancers.map((name) => [name, path.join('components', 'enhance', `${name}.ts`)]),
    ),
    bundle: true,
    minify: true,
    format: 'iife',
    target: ['es2020'],
    platform: 'browser',
    outdir,
    entryNames: '[name].[hash]',
    metafile: true,
    legalComments: 'none',
    logLevel: 'warning',
  })
  const manifest = {}
  for (const [file, meta] of Object.entries(result.metafile.outputs)) {
    const name = meta.entryPoint && path.basename(meta.entryPoint, '.ts')
    if (name) manifest[name] = '/' + path.relative('public', file).split(path.sep).join('/')
  }
  const missing = enhancers.filter((name) => !manifest[name])
  if (missing.length) throw new Error(`no bundle for ${missing.join(', ')}`)
  await mkdir(path.dirname(manifestFile), { recursive: true })
  await writeFile(manifestFile, JSON.stringify(manifest, null, 1) + '\n')
  const sizes = Object.entries(result.metafile.outputs).map(
    ([file, meta]) => `${path.basename(file)} ${meta.bytes} B`,
  )
  console.log(`Page enhancers built into ${outdir}: ${sizes.join(', ')}`)
}

await main()
