import type { Metadata } from 'next'
import { listGuides } from '@/lib/content/guides.server'
import { getMessages } from '@/lib/i18n/messages'
import { defaultLang } from '@/lib/site'

const t = getMessages(defaultLang)

export const metadata: Metadata = { title: t.notFound.title, robots: { index: false } }

export default async function NotFound() {
  const guides = await listGuides(defaultLang)
  return (
    <div className="guide">
      <h1 className="page-title">{t.notFound.title}</h1>
      <p className="lead">{t.notFound.lead}</p>
      <h2 className="section-title">{t.notFound.guidesHeading}</h2>
      <ul role="list" className="guide-list">
        {guides.map((g) => (
          <li key={g.slug}>
            <a href={g.slug}>{g.frontmatter.title}</a>
            <p>{g.frontmatter.description}</p>
          </li>
        ))}
        <li>
          <a href="/refunds/check">{t.calculator.navTitle}</a>
          <p>{t.calculator.description}</p>
        </li>
      </ul>
    </div>
  )
}
