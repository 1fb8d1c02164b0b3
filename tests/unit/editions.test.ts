// @time-zones: review dates compared across editions must stay calendar dates in every zone.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { compileAll, type TranslationMap } from '@/lib/content/compile'
import type { Guide } from '@/lib/content/types'
import manifest from '../fixtures/published-anchors.json' with { type: 'json' }

/**
 * The French edition is held to the English one (issue 16): every page has its twin, every
 * step and published anchor maps across, and the facts underneath are the same: the same
 * review dates and sources (the French Consumer Code added for readers in France).
 */
const root = process.cwd()
const map = JSON.parse(
  readFileSync(path.join(root, 'content/fr/translations.json'), 'utf8'),
) as TranslationMap
const published = manifest.pages as Record<string, string[]>
/** Anchors a French id may use: lower-case ASCII words joined by hyphens. */
const idPattern = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/

let en: Guide[]
let fr: Guide[]
const bySlug = (guides: Guide[], slug: string) => guides.find((g) => g.slug === slug)
const idsOf = (g: Guide) => new Set(g.anchors.map((a) => a.id))

beforeAll(async () => {
  ;[en, fr] = await Promise.all([
    compileAll(path.join(root, 'content'), 'en', root),
    compileAll(path.join(root, 'content'), 'fr', root),
  ])
})

describe('the two editions', () => {
  it('pair every English page with one French page, and back', () => {
    const twins = fr.map((g) => g.frontmatter.translationOf)
    expect([...twins].sort()).toEqual(en.map((g) => g.slug).sort())
    for (const g of fr) {
      expect(g.slug.startsWith('/fr'), g.file).toBe(true)
      expect(map.pages[g.slug]?.en, g.file).toBe(g.frontmatter.translationOf)
    }
    expect(Object.keys(map.pages).sort()).toEqual(fr.map((g) => g.slug).sort())
  })

  it('use French addresses made of plain words', () => {
    for (const g of fr) expect(g.slug, g.file).toMatch(/^\/fr(\/[a-z0-9]+(-[a-z0-9]+)*)*$/)
  })

  it('keep the review date, and cite the same sources plus the French Consumer Code', () => {
    for (const g of fr) {
      const twin = bySlug(en, g.frontmatter.translationOf!)!
      expect(g.frontmatter.reviewed, g.file).toBe(twin.frontmatter.reviewed)
      const extra = g.frontmatter.sources.filter((s) => !twin.frontmatter.sources.includes(s))
      const missing = twin.frontmatter.sources.filter((s) => !g.frontmatter.sources.includes(s))
      expect(missing, g.file).toEqual([])
      expect(
        extra.every((s) => s === 'fr-code-conso'),
        `${g.file}: ${extra.join(', ')}`,
      ).toBe(true)
    }
  })

  it('give each French step its English step, in the same order', () => {
    for (const g of fr) {
      const twin = bySlug(en, g.frontmatter.translationOf!)!
      const steps = g.anchors.filter((a) => a.kind === 'step')
      const enSteps = twin.anchors.filter((a) => a.kind === 'step').map((a) => a.id)
      expect(
        steps.map((a) => a.translationOf),
        g.file,
      ).toEqual(enSteps)
      for (const s of steps)
        expect(map.pages[g.slug]!.anchors[s.id], `${g.file}#${s.id}`).toBe(s.translationOf)
    }
  })

  it('map every published English anchor to a French anchor on the twin, and only real ones', () => {
    for (const g of fr) {
      const twinSlug = g.frontmatter.translationOf!
      const twin = bySlug(en, twinSlug)!
      const anchors = map.pages[g.slug]!.anchors
      const frIds = idsOf(g)
      const enIds = idsOf(twin)
      for (const [frId, enId] of Object.entries(anchors)) {
        expect(idPattern.test(frId), `${g.slug}#${frId}`).toBe(true)
        expect(frIds.has(frId), `${g.slug}#${frId} is not on the French page`).toBe(true)
        expect(enIds.has(enId), `${twinSlug}#${enId} is not on the English page`).toBe(true)
      }
      const mapped = new Set(Object.values(anchors))
      const unmapped = (published[twinSlug] ?? []).filter((id) => !mapped.has(id))
      expect(unmapped, `${twinSlug}: published anchors with no French twin`).toEqual([])
    }
  })

  it('link French pages to French pages and to anchors that exist there', () => {
    const frSlugs = new Set(fr.map((g) => g.slug))
    // The French refund check is the next step of the edition: its address is chosen.
    const routes = new Set(['/fr/remboursements/verifier'])
    const problems: string[] = []
    for (const g of fr) {
      const source = readFileSync(path.join(root, g.file), 'utf8')
      const links = [...source.matchAll(/\]\((\/[^)\s]*)\)|href="(\/[^"]*)"/g)].map(
        (m) => m[1] ?? m[2] ?? '',
      )
      for (const link of links) {
        const [address = '', anchor] = link.split('#')
        const pathOnly = address.split('?')[0] ?? ''
        if (/^\/(api|changes\.xml|og)(\/|$)/.test(pathOnly)) continue
        if (!pathOnly.startsWith('/fr')) {
          problems.push(`${g.file}: ${link} leaves the French edition`)
          continue
        }
        if (!frSlugs.has(pathOnly) && !routes.has(pathOnly)) {
          problems.push(`${g.file}: ${link} is no French page`)
          continue
        }
        const target = bySlug(fr, pathOnly)
        if (anchor && target && !idsOf(target).has(anchor))
          problems.push(`${g.file}: ${link}: no #${anchor} there`)
      }
    }
    expect(problems).toEqual([])
  })
})

/** Every string leaf of a catalogue. */
function leaves(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (value && typeof value === 'object') return Object.values(value).flatMap(leaves)
  return []
}

describe('a French page, rendered', () => {
  it('shows no English interface string and spells its dates in French', async () => {
    const { getMessages } = await import('@/lib/i18n/messages')
    const { guideHtml, toText } = await import('./reader-text')
    const enWords = getMessages('en')
    const frWords = getMessages('fr')
    const frLeaves = new Set(leaves(frWords))
    // English strings of the catalogues that a French page must not show: phrases of two
    // words or more that French does not share (product names and labels like "FAQ" do).
    // The official title of the UK regulations has no French version: French names it as is.
    const names = new Set([enWords.policyTexts.sources['uk-ccr'].title])
    const english = [...new Set(leaves(enWords))].filter(
      (s) =>
        /[A-Za-z]{2,} [A-Za-z]{2,}/.test(s) &&
        !frLeaves.has(s) &&
        !names.has(s) &&
        !s.includes('{'),
    )
    expect(english.length).toBeGreaterThan(100)
    const problems: string[] = []
    for (const g of fr) {
      // What is English on purpose: Coursera's labels and the copies of messages (marked
      // lang="en"), and quotations of the Terms (blockquotes, with our rendering beside them).
      const html = (await guideHtml(g.slug, 'fr'))
        .replace(/<blockquote[\s\S]*?<\/blockquote>/g, ' ')
        .replace(/<section[^>]* lang="en"[\s\S]*?<\/section>/g, ' ')
        .replace(/<span lang="en">[\s\S]*?<\/span>/g, ' ')
      const text = toText(html)
      for (const s of english) if (text.includes(s)) problems.push(`${g.slug}: "${s}"`)
      // Words a French sentence never uses: English written straight into a component shows.
      // English inside « » or in brackets is a quoted original title or help text, on purpose.
      const prose = text.replace(/«[^»]*»/g, ' ').replace(/\([^)]*\)/g, ' ')
      for (const m of prose.matchAll(/.{0,40}\b(the|and|your|with|which|this|from|you)\b.{0,40}/g))
        problems.push(`${g.slug}: English words: "${m[0]}"`)
      if (
        /\b(January|February|March|April|May|June|July|August|September|October|November|December) 20\d\d/.test(
          text,
        )
      )
        problems.push(`${g.slug}: an English date`)
    }
    expect(problems).toEqual([])
    const home = toText(await guideHtml('/fr/resilier/site-web', 'fr'))
    expect(home).toMatch(/\d{1,2} novembre 2026/)
  })
})
