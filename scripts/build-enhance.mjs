// Before `next build` (and `next dev`): the browser's files that Next does not build.
// - Each page enhancer in components/enhance/ on its own, minified, into
//   public/enhance/<name>.<content hash>.js. A page loads only the enhancers of the widgets
//   it shows, and no framework JavaScript at all (scripts/static-pages.mjs).
// - The site's one stylesheet, app/site.css through Tailwind, minified, into
//   public/styles/site.<content hash>.css, linked by every page, guides and route handlers
//   alike (components/site-frame.tsx).
// The name → file map goes to .enhance/manifest.json (lib/assets.server.ts reads it). The hash
// in each name lets browsers and CDNs keep the file for a year (next.config.mjs). `npm run dev`
// keeps both rebuilding as the sources change (scripts/dev.mjs).
import { createHash } from 'node:crypto'
import { watch } from 'node:fs'
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import tailwind from '@tailwindcss/postcss'
import { build, context } from 'esbuild'
import postcss from 'postcss'
import {
  enhancerRoots,
  enhancers,
  rootKey,
  widgetStylesheets,
} from '../components/widget-registry.mjs'
import { siteOriginHref } from '../lib/site-origin.mjs'

export { enhancers }
const outdir = path.join('public', 'enhance')
const manifestFile = path.join('.enhance', 'manifest.json')
const stylesheetEntry = path.join('app', 'site.css')
const stylesDir = path.join('public', 'styles')
/** The manifest's key for the stylesheet. */
export const stylesheetKey = 'site.css'

/** @type {import('esbuild').BuildOptions} */
const options = {
  entryPoints: Object.fromEntries(
    enhancers.map((name) => [name, path.join('components', 'enhance', `${name}.ts`)]),
  ),
  bundle: true,
  minify: true,
  format: 'esm',
  target: ['es2020'],
  platform: 'browser',
  outdir,
  entryNames: '[name].[hash]',
  metafile: true,
  legalComments: 'none',
  logLevel: 'warning',
  // Each enhancer finds its widget by the root the registry names (WIDGET_ROOT.<name>).
  define: Object.fromEntries(
    enhancers.map((name) => {
      const root = enhancerRoots[name]
      if (!root) throw new Error(`The widget registry names no root for the enhancer ${name}.`)
      return [`WIDGET_ROOT.${rootKey(name)}`, JSON.stringify(root)]
    }),
  ),
}

/**
 * Merges entries into .enhance/manifest.json (each build writes its own keys).
 * @param {Record<string, string>} entries name → address
 */
async function updateManifest(entries) {
  /** @type {Record<string, string>} */
  let manifest = {}
  try {
    manifest = JSON.parse(await readFile(manifestFile, 'utf8'))
  } catch {
    // first build
  }
  await mkdir(path.dirname(manifestFile), { recursive: true })
  await writeFile(manifestFile, JSON.stringify({ ...manifest, ...entries }, null, 1) + '\n')
}

/**
 * Writes the name → file map of a finished build, and returns a line about it.
 * @param {import('esbuild').BuildResult} result
 */
async function writeManifest(result) {
  if (!result.metafile) throw new Error('esbuild gave no metafile (options.metafile is off)')
  const outputs = result.metafile.outputs
  /** @type {Record<string, string>} */
  const manifest = {}
  for (const [file, meta] of Object.entries(outputs)) {
    const name = meta.entryPoint && path.basename(meta.entryPoint, '.ts')
    if (name) manifest[name] = '/' + path.relative('public', file).split(path.sep).join('/')
  }
  const missing = enhancers.filter((name) => !manifest[name])
  if (missing.length) throw new Error(`no bundle for ${missing.join(', ')}`)
  await updateManifest(manifest)
  return Object.entries(outputs)
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
  /** @type {() => void} */
  let first
  let built = false
  /** @type {Promise<void>} */
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

/**
 * The stylesheet: app/site.css, then every widget's stylesheet in registry order; Tailwind
 * reads the classes used in app/, components/ and content/, and minifies. Returns a line
 * about it.
 */
export async function buildStylesheet() {
  const source =
    (await readFile(stylesheetEntry, 'utf8')) +
    widgetStylesheets.map((file) => `@import '../components/${file}';\n`).join('') +
    // Printed links give absolute addresses (app/globals.css): the origin they start with.
    `@media print { :root { --site-origin: ${JSON.stringify(siteOriginHref)}; } }\n`
  // @tailwindcss/postcss brings its own copy of postcss, whose types TypeScript will not
  // match against ours although the plugin interface is the same.
  const plugin = /** @type {import('postcss').AcceptedPlugin} */ (
    /** @type {unknown} */ (tailwind({ optimize: { minify: true } }))
  )
  const result = await postcss([plugin]).process(source, {
    from: stylesheetEntry,
  })
  const hash = createHash('sha256').update(result.css).digest('base64url').slice(0, 10)
  const file = `site.${hash}.css`
  await rm(stylesDir, { recursive: true, force: true })
  await mkdir(stylesDir, { recursive: true })
  await writeFile(path.join(stylesDir, file), result.css)
  await updateManifest({ [stylesheetKey]: `/styles/${file}` })
  return `${file} ${Buffer.byteLength(result.css)} B`
}

/**
 * Rebuilds the stylesheet when a file it reads may have changed (any CSS, or a component or
 * guide that may use a new class), for `npm run dev`. Returns a stop function.
 */
export function watchStylesheet() {
  /** @type {NodeJS.Timeout | undefined} */
  let timer
  const watchers = ['app', 'components', 'content'].map((dir) =>
    watch(dir, { recursive: true }, () => {
      clearTimeout(timer)
      timer = setTimeout(() => {
        buildStylesheet().then(
          (line) => console.log(`Stylesheet rebuilt: ${line}`),
          (error) => console.error(`Stylesheet not rebuilt: ${error.message}`),
        )
      }, 150)
    }),
  )
  return () => {
    clearTimeout(timer)
    for (const w of watchers) w.close()
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await buildEnhancers()
  console.log(`Stylesheet built into ${stylesDir}: ${await buildStylesheet()}`)
}
