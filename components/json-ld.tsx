import type { Guide } from '@/lib/content/types'
import { siteName, siteOrigin } from '@/lib/site'
import type { Crumb } from './breadcrumbs'

/**
 * Structured data for search engines: the breadcrumb trail and the article with its review
 * date. `<` is escaped as Next.js's JSON-LD guide advises, so no text can close the tag.
 */
export function GuideJsonLd({ guide, trail }: { guide: Guide; trail: Crumb[] }) {
  const url = new URL(guide.slug, siteOrigin).href
  const data = [
    {
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: trail.map((crumb, i) => ({
        '@type': 'ListItem',
        position: i + 1,
        name: crumb.label,
        item: new URL(crumb.href, siteOrigin).href,
      })),
    },
    {
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: guide.frontmatter.title,
      description: guide.frontmatter.description,
      dateModified: guide.frontmatter.reviewed,
      inLanguage: guide.lang,
      mainEntityOfPage: url,
      url,
      publisher: { '@type': 'Organization', name: siteName, url: siteOrigin.href },
    },
  ]
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, '\\u003c') }}
    />
  )
}
