import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { GuideArticle } from '@/components/guide-article'
import { mdxWidgets } from '@/components/widgets'
import { SiteFooter } from '@/components/site-footer'
import { getGuide, listGuides } from '@/lib/content/guides.server'
import { getMessages } from '@/lib/i18n/messages'
import type { Lang } from '@/lib/site'

const t = getMessages('en')

/** Markup to the words a reader sees: tags dropped, entities decoded, spaces collapsed. */
export function toText(html: string): string {
  return html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .replace(/ ([.,;:])/g, '$1')
    .trim()
}

/**
 * A guide as its page renders it on the server (title, "In short", body with every widget,
 * the page's source list), as text. The refund quick check is a form: left out here.
 */
export async function guideText(slug: string, lang: Lang = 'en'): Promise<string> {
  return toText(await guideHtml(slug, lang, { withQuickCheck: false }))
}

/** A guide's article as markup, in its edition's words, every widget included. */
export async function guideHtml(
  slug: string,
  lang: Lang,
  { withQuickCheck = true }: { withQuickCheck?: boolean } = {},
): Promise<string> {
  const m = getMessages(lang)
  const guide = await getGuide(slug, lang)
  if (!guide) throw new Error(`no guide at ${slug}`)
  const all = await listGuides(lang)
  const widgets = withQuickCheck ? mdxWidgets(m) : { ...mdxWidgets(m), QuickCheck: () => null }
  return renderToStaticMarkup(createElement(GuideArticle, { guide, all, t: m, widgets }))
}

/** The site footer, as text. */
export function footerText(): string {
  return toText(renderToStaticMarkup(createElement(SiteFooter, { t })))
}
