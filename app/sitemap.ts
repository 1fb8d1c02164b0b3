import type { MetadataRoute } from 'next'
import { listGuides, otherEdition } from '@/lib/content/guides.server'
import { getMessages } from '@/lib/i18n/messages'
import { factsReviewed } from '@/lib/policy/version'
import { siteOrigin } from '@/lib/site'

const href = (path: string) => new URL(path, siteOrigin).href

/**
 * Every guide of both editions, with its review date as the last change and its twin as an
 * alternate (en, fr, x-default: English), plus the refund check of each edition.
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const guides = [...(await listGuides('en')), ...(await listGuides('fr'))]
  const entries = await Promise.all(
    guides.map(async (g) => {
      const other = await otherEdition(g)
      const en = g.lang === 'en' ? g.slug : other?.href
      const fr = g.lang === 'fr' ? g.slug : other?.href
      return {
        url: href(g.slug),
        lastModified: g.frontmatter.reviewed,
        ...(en && fr
          ? { alternates: { languages: { en: href(en), fr: href(fr), 'x-default': href(en) } } }
          : {}),
      }
    }),
  )
  const check = { en: getMessages('en').paths.check, fr: getMessages('fr').paths.check }
  const checkAlternates = {
    languages: { en: href(check.en), fr: href(check.fr), 'x-default': href(check.en) },
  }
  return [
    ...entries,
    { url: href(check.en), lastModified: factsReviewed, alternates: checkAlternates },
    { url: href(check.fr), lastModified: factsReviewed, alternates: checkAlternates },
  ]
}
