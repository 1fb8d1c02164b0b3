// Before `next build` (and `next dev`): bundles each page enhancer in components/enhance/ on
// its own, minified, into public/enhance/<name>.<content hash>.js, and writes the name → file
// map to .enhance/manifest.json for components/enhance-script.tsx. A guide page loads only
// the enhancers of the widgets it shows, and no framework JavaScript at all
// (scripts/static-pages.mjs); the hash in the name lets browsers and CDNs keep each file
// for a year (next.config.mjs). `npm run dev` keeps it rebuilding as the sources change
// (`watchEnhancers`, scripts/dev.mjs).
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { build, context } from 'esbuild'

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

/** @type {import('esbuild').BuildOptions} */
const options = {
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
}

/** Writes the name → file map of a finished build, and returns a line about it. */
async function writeManifest(result) {
  const manifest = {}
  for (const [file, meta] of Object.entries(result.metafile.outputs)) {
    const name = meta.entryPoint && path.basename(meta.entryPoint, '.ts')
    if (name) manifest[name] = '/' + path.relative('public', file).split(path.sep).join('/')
  }
  const missing = enhancers.filter((name) => !manifest[name])
  if (missing.length) throw new Error(`no bundle for ${missing.join(', ')}`)
  await mkdir(path.dirname(manifestFile), { recursive: true })
  await writeFile(manifestFile, JSON.stringify(manifest, null, 1) + '\n')
  return Object.entries(result.metafile.outputs)
    .map(([file, meta]) => `${path.basename(file)} ${meta.bytes} B`)
    .join(', ')
}

/** One build, for `npm run build`: the folder holds exactly this build's files. */
export async function buildEnhancers() {
  await rm(outdir, { recursive: true, force: true })
  const sizes = await writeManifest(await build(options))
  console.log(`Page enhancers built into ${outdir}: ${sizes}`)
}

/**
 * Rebuilds on every change to an enhancer's sources, for `npm run dev`: writes the new
 * manifest (components/enhance-script.tsx rereads it in development) and deletes the files
 * the rebuild replaced. Resolves once the first build is written; returns a stop function.
 */
export async function watchEnhancers() {
  await rm(outdir, { recursive: true, force: true })
  let first
  let built = false
  const firstBuilt = new Promise((resolve) => (first = resolve))
  const ctx = await context({
    ...options,
    plugins: [
      {
        name: 'manifest',
        setup(b) {
          b.onEnd(async (result) => {
            if (result.errors.length > 0 || !result.metafile) return first()
            const sizes = await writeManifest(result)
            const keep = new Set(Object.keys(result.metafile.outputs).map((f) => path.basename(f)))
            for (const file of await readdir(outdir)) {
              if (!keep.has(file)) await rm(path.join(outdir, file), { force: true })
            }
            console.log(`Page enhancers ${built ? 'rebuilt' : 'built'}: ${sizes}`)
            built = true
            first()
          })
        },
      },
    ],
  })
  await ctx.watch()
  await firstBuilt
  return () => ctx.dispose()
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await buildEnhancers()
