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
