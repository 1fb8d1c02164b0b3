// @time-zones: guides load through the frontmatter schema, which checks dates.
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { listGuides } from '@/lib/content/guides.server'
import {
  caveats,
  refundRules,
  statutoryRules,
  trialRule,
  upgradeRules,
  type CaveatId,
} from '@/lib/policy/rules'

/** Sources that rule widgets show on the page, with links, besides inline <Cite>s. */
function widgetSources(source: string): string[] {
  const ids: string[] = []
  for (const m of source.matchAll(/<RuleCard id="([^"]+)"/g)) {
    const rule = [...refundRules, trialRule].find((r) => r.id === m[1])
    ids.push(...(rule?.sources ?? []))
  }
  if (source.includes('<StatutoryRules'))
    ids.push(...statutoryRules.eu.sources, ...statutoryRules.uk.sources)
  if (source.includes('<UpgradeRules')) ids.push(...upgradeRules.flatMap((u) => u.sources))
  for (const m of source.matchAll(/<Caveats ids="([^"]+)"/g)) {
    for (const id of (m[1] ?? '').split(/\s+/))
      ids.push(...(caveats[id as CaveatId]?.sources ?? []))
  }
  return ids
}

/**
 * Links between guides and citations, checked on the MDX sources before any build: a link
 * to /cancel/web#no-such-step or a <Cite> missing from the page's sources fails here.
 */
const guides = await listGuides('en')
const sources = new Map(
  await Promise.all(
    guides.map(
      async (g) => [g.slug, await readFile(path.join(process.cwd(), g.file), 'utf8')] as const,
    ),
  ),
)

/** Routes built outside content/; their anchors are not known here. */
const appRoutes = ['/refunds/check']
/** Ids every guide page has from its frame. */
const frameIds = ['main', 'page-title', 'sources', 'in-short-title']

function internalLinks(source: string): string[] {
  const markdown = [...source.matchAll(/\]\((\/[^)\s]*|#[^)\s]+)\)/g)].map((m) => m[1] ?? '')
  const jsx = [...source.matchAll(/href="(\/[^"]*)"/g)].map((m) => m[1] ?? '')
  return [...markdown, ...jsx]
}

describe.each(guides.map((g) => [g.slug, g] as const))('%s', (slug, guide) => {
  const source = sources.get(slug) ?? ''

  it('links only to pages and anchors that exist', () => {
    const broken: string[] = []
    for (const link of internalLinks(source)) {
      const [pathPart = '', hash] = link.split('#')
      const target = pathPart === '' ? guide : guides.find((g) => g.slug === pathPart)
      if (!target) {
        if (!appRoutes.includes(pathPart)) broken.push(link)
        continue
      }
      if (!hash) continue
      const ids = [...target.anchors.map((a) => a.id), ...frameIds]
      if (!ids.includes(hash) && !hash.startsWith('source-')) broken.push(link)
    }
    expect(broken).toEqual([])
  })

  it('cites only sources it lists, and lists only sources it cites', () => {
    const cited = new Set([
      ...[...source.matchAll(/<(?:Cite id|Quote source)="([^"]+)"/g)].map((m) => m[1] ?? ''),
      ...widgetSources(source),
    ])
    const listed = guide.frontmatter.sources as readonly string[]
    expect(
      [...cited].filter((id) => !listed.includes(id)),
      'cited but not listed',
    ).toEqual([])
    expect(
      listed.filter((id) => !cited.has(id)),
      'listed but never cited',
    ).toEqual([])
  })
})
