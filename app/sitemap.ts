import type { MetadataRoute } from 'next'
import { listGuides } from '@/lib/content/guides.server'
import { factsReviewed } from '@/lib/policy/version'
import { defaultLang, siteOrigin } from '@/lib/site'

/** Every guide, with its review date as the last change, plus the refund check. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const guides = await listGuides(defaultLang)
  return [
    ...guides.map((g) => ({
      url: new URL(g.slug, siteOrigin).href,
      lastModified: g.frontmatter.reviewed,
    })),
    { url: new URL('/refunds/check', siteOrigin).href, lastModified: factsReviewed },
  ]
}
