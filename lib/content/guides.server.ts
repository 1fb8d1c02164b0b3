import 'server-only'
import path from 'node:path'
import type { Lang } from '@/lib/site'
import { compileAll } from './compile'
import type { Guide } from './types'

export type { Guide } from './types'

/**
 * The only door to content: pages ask here and never read the file system. Guides are
 * compiled once per process (at build time, since every guide page is static) and cached.
 */
const cache = new Map<Lang, Promise<Guide[]>>()

function load(lang: Lang): Promise<Guide[]> {
  let pending = cache.get(lang)
  if (!pending) {
    const root = process.cwd()
    pending = compileAll(path.join(root, 'content'), lang, root)
    cache.set(lang, pending)
  }
  return pending
}

/** Every guide in a language, hub first, then by address. */
export async function listGuides(lang: Lang): Promise<Guide[]> {
  const guides = await load(lang)
  return [...guides].sort((a, b) =>
    a.slug === '/' ? -1 : b.slug === '/' ? 1 : a.slug.localeCompare(b.slug),
  )
}

/**
 * The same page in the other edition, for the header's link: its address, and this page's
 * anchors mapped to the twin's (so a shared step stays in view across the switch). Undefined
 * where the page has no twin.
 */
export async function otherEdition(
  guide: Guide,
): Promise<{ href: string; anchors: Record<string, string> } | undefined> {
  if (guide.lang === 'en') {
    const twin = (await load('fr')).find((g) => g.frontmatter.translationOf === guide.slug)
    if (!twin) return undefined
    const anchors = Object.fromEntries(
      Object.entries(twin.anchorMap ?? {}).map(([there, here]) => [here, there]),
    )
    return { href: twin.slug, anchors }
  }
  const of = guide.frontmatter.translationOf
  return of ? { href: of, anchors: guide.anchorMap ?? {} } : undefined
}

/** One guide by its address ("/cancel/web"), or null when there is none. */
export async function getGuide(slug: string, lang: Lang): Promise<Guide | null> {
  const guides = await load(lang)
  return guides.find((g) => g.slug === slug) ?? null
}
