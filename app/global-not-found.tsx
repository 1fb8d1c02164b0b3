import type { Metadata } from 'next'
import { SiteBody, SiteStylesheet } from '@/components/site-frame'
import { listGuides } from '@/lib/content/guides.server'
import { getMessages } from '@/lib/i18n/messages'
import { pageTitle } from '@/lib/site'

// Any address that matches no page, in either edition: the reader may have come from a
// French link or an English one, and the address alone cannot say which, so the page answers
// in English and then in French (lang="fr").
const t = getMessages('en')
const fr = getMessages('fr')

export const metadata: Metadata = {
  title: pageTitle(t.notFound.title),
  robots: { index: false },
}

export default async function GlobalNotFound() {
  const guides = await listGuides('en')
  return (
    <html lang={t.lang}>
      <head>
        <SiteStylesheet />
      </head>
      <body>
        <SiteBody t={t}>
          <div className="guide">
            <h1 className="page-title">{t.notFound.title}</h1>
            <p className="lead">{t.notFound.lead}</p>
            <section lang={fr.lang} aria-labelledby="not-found-fr">
              <h2 id="not-found-fr" className="section-title">
                {fr.notFound.title}
              </h2>
              <p>{fr.notFound.lead}</p>
              <ul role="list" className="guide-list">
                <li>
                  <a href={fr.paths.home}>{fr.notFound.guidesHeading}</a>
                </li>
                <li>
                  <a href={fr.paths.check}>{fr.calculator.navTitle}</a>
                </li>
              </ul>
            </section>
            <h2 className="section-title">{t.notFound.guidesHeading}</h2>
            <ul role="list" className="guide-list">
              {guides.map((g) => (
                <li key={g.slug}>
                  <a href={g.slug}>{g.frontmatter.title}</a>
                  <p>{g.frontmatter.description}</p>
                </li>
              ))}
              <li>
                <a href={t.paths.check}>{t.calculator.navTitle}</a>
                <p>{t.calculator.description}</p>
              </li>
            </ul>
          </div>
        </SiteBody>
      </body>
    </html>
  )
}
