import type { MetadataRoute } from 'next'
import { siteOrigin } from '@/lib/site'

export default function robots(): MetadataRoute.Robots {
  return {
    // The API is open data, not pages; calendar files are per reader.
    rules: [{ userAgent: '*', allow: '/', disallow: ['/api/', '/refunds/check/calendar'] }],
    sitemap: new URL('/sitemap.xml', siteOrigin).href,
    host: siteOrigin.origin,
  }
}
