import { licence, openDataPaths } from '@/lib/open-data'

/**
 * Where the site's data can be taken from, and on what terms: the change feed, both JSON
 * APIs, their OpenAPI description and the licence (the same object /api/policy carries).
 * Server-rendered links only. The words move to lib/i18n with the change log's.
 */
export function OpenData() {
  return (
    <section id="open-data" className="related not-prose" aria-labelledby="open-data-title">
      <h2 id="open-data-title">Open data and the change feed</h2>
      <ul role="list">
        <li>
          <a href={openDataPaths.changes} type="application/atom+xml">
            Change log as an Atom feed
          </a>
          <p>
            Add it to a feed reader to hear of each change to Coursera&apos;s refund terms and each
            correction we make.
          </p>
        </li>
        <li>
          <a href={openDataPaths.policy}>Rule table as JSON</a>
          <p>Every rule, reading and source on this page, with its dates.</p>
        </li>
        <li>
          <a href={openDataPaths.openapi}>API description (OpenAPI)</a>
          <p>
            How to ask <code>{openDataPaths.refundCheck}</code> for a refund deadline, and what{' '}
            <code>{openDataPaths.policy}</code> returns.
          </p>
        </li>
      </ul>
      <p>
        Licence: <a href={licence.url}>{licence.name}</a> ({licence.id}). {licence.covers}{' '}
        {licence.excludes}
      </p>
    </section>
  )
}
