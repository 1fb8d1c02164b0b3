import { shareImage } from '@/components/share-image'
import { getGuide, listGuides } from '@/lib/content/guides.server'
import { formatLong } from '@/lib/policy/dates'
import { getMessages } from '@/lib/i18n/messages'
import { defaultLang } from '@/lib/site'

// One share card per guide, drawn at build time: /og for the hub, /og/cancel/web for
// /cancel/web. (Next's opengraph-image convention cannot sit under an optional catch-all.)
export const dynamic = 'force-static'
export const dynamicParams = false

export async function generateStaticParams() {
  const guides = await listGuides(defaultLang)
  return guides.map((g) => ({ slug: g.slug === '/' ? [] : g.slug.slice(1).split('/') }))
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug?: string[] }> }) {
  const { slug } = await params
  const guide = await getGuide('/' + (slug ?? []).join('/'), defaultLang)
  if (!guide) return new Response('Not found', { status: 404 })
  const t = getMessages(defaultLang)
  const reviewed = `${t.policy.reviewed} ${formatLong(guide.frontmatter.reviewed, t.locale).replace(/^\w+, /, '')}`
  return shareImage(guide.frontmatter.title, reviewed, t.policy.shareTagline)
}
