import { Fragment } from 'react'
import type { SaidReading } from '@/lib/i18n/policy-view'
import type { SourceId } from '@/lib/policy/sources'
import type { Messages } from '@/lib/i18n/messages'
import type { PolicyTexts } from '@/lib/i18n/policy-texts'
import { DateText } from './date-text'

/** Short source names, each linking to the source's entry on /sources. */
export function SourceNames({
  ids,
  names,
}: {
  ids: readonly SourceId[]
  /** Each source's names in the page's language. */
  names: PolicyTexts['sources']
}) {
  return (
    <>
      {ids.map((id, i) => (
        // Fragments, not a span per name nor one around them: /refunds lists 57 names and
        // /sources 55 lists of them, and every element costs style and layout time on a phone.
        <Fragment key={id}>
          {i > 0 ? ', ' : ''}
          <a className="source-name" href={`/sources#source-${id}`}>
            {names[id].short}
          </a>
        </Fragment>
      ))}
    </>
  )
}

/** Each source's reading of a rule, side by side on wide screens. */
export function Readings({ readings, t }: { readings: readonly SaidReading[]; t: Messages }) {
  return (
    <div className="readings">
      {readings.map((r) => (
        <div key={r.says} className={`reading reading-${r.standing}`}>
          <p className="reading-label">
            {t.policy.standing[r.standing]}
            {r.since ? (
              <>
                , {t.policy.since} <DateText date={r.since} locale={t.locale} />
              </>
            ) : null}
          </p>
          <p>{r.says}</p>
          <p className="reading-sources">
            <SourceNames ids={r.sources} names={t.policyTexts.sources} />
          </p>
        </div>
      ))}
    </div>
  )
}
