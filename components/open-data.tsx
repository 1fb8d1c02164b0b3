import type { Messages } from '@/lib/i18n/messages'
import { licence, openDataPaths } from '@/lib/open-data'

/**
 * Where the site's data can be taken from, and on what terms: the change feed, both JSON
 * APIs, their OpenAPI description and the licence (the same object /api/policy carries, in
 * the page's words). Server-rendered links only.
 */
export function OpenData({ t: m }: { t: Messages }) {
  const t = m.openData
  return (
    <section id="open-data" className="related not-prose" aria-labelledby="open-data-title">
      <h2 id="open-data-title">{t.title}</h2>
      <ul role="list">
        <li>
          <a href={openDataPaths.changes} type="application/atom+xml">
            {t.feed}
          </a>
          <p>{t.feedWhy}</p>
        </li>
        <li>
          <a href={openDataPaths.policy}>{t.policy}</a>
          <p>{t.policyWhy}</p>
        </li>
        <li>
          <a href={openDataPaths.openapi}>{t.openapi}</a>
          <p>
            {t.openapiWhy(
              <code key="check">{openDataPaths.refundCheck}</code>,
              <code key="policy">{openDataPaths.policy}</code>,
            )}
          </p>
        </li>
      </ul>
      <p>
        {t.licence} <a href={licence.url}>{licence.name}</a> ({licence.id}). {t.covers} {t.excludes}
      </p>
    </section>
  )
}
