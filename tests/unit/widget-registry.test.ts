// @time-zones: it loads every widget, and some compute with dates.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  enhancerRoots,
  enhancers,
  rootKey,
  widgetRegistry,
  widgetStylesheets,
} from '@/components/widget-registry.mjs'
import { mdxWidgets } from '@/components/widgets'
import { getMessages } from '@/lib/i18n/messages'

const root = process.cwd()
/** Modules the enhancers share: not page scripts of their own. */
const shared = ['dom.ts']
/** Sheets app/site.css imports itself: the base under every widget. */
const base = ['prose.css', 'guide.css']

describe('the widget registry is the one list', () => {
  it('names every page script in components/enhance/, and only those', () => {
    const files = readdirSync(path.join(root, 'components', 'enhance'))
      .filter((f) => f.endsWith('.ts') && !shared.includes(f))
      .map((f) => f.replace(/\.ts$/, ''))
    expect([...enhancers].sort()).toEqual(files.sort())
  })

  it('names every widget stylesheet in components/, and only those', () => {
    const files = readdirSync(path.join(root, 'components')).filter(
      (f) => f.endsWith('.css') && !base.includes(f),
    )
    expect([...widgetStylesheets].sort()).toEqual(files.sort())
    const site = readFileSync(path.join(root, 'app', 'site.css'), 'utf8')
    for (const file of base) expect(site).toContain(`../components/${file}`)
  })

  it("names each enhancer's root once, and the enhancer starts from it, not a copy", () => {
    expect(Object.keys(enhancerRoots).sort()).toEqual([...enhancers].sort())
    const declared = readFileSync(path.join(root, 'types', 'widget-root.d.ts'), 'utf8')
    for (const name of enhancers) {
      const source = readFileSync(path.join(root, 'components', 'enhance', `${name}.ts`), 'utf8')
      expect(source, name).toContain(`WIDGET_ROOT.${rootKey(name)}`)
      expect(source, `${name} spells its root itself`).not.toContain(`'${enhancerRoots[name]}'`)
      expect(declared, name).toContain(`readonly ${rootKey(name)}: string`)
    }
  })

  it('gives a component for exactly the names MDX may use', () => {
    const mdx = Object.entries(widgetRegistry)
      .filter(([, w]) => w.mdx)
      .map(([name]) => name)
    expect(Object.keys(mdxWidgets(getMessages('en'))).sort()).toEqual(mdx.sort())
  })
})
