import { Fragment } from 'react'
import type { SaidReading } from '@/lib/i18n/policy-view'
import type { SourceId } from '@/lib/policy/sources'
import { getMessages } from '@/lib/i18n/messages'
import { defaultLang } from '@/lib/site'
import { DateText } from './date-text'

const messages = getMessages(defaultLang)
const t = messages.policy

/** Short source names, each linking to the source's entry on /sources. */
export function SourceNames({ ids }: { ids: readonly SourceId[] }) {
  return (
    <>
      {ids.map((id, i) => (
        // Fragments, not a span per name nor one around them: /refunds lists 57 names and
        // /sources 55 lists of them, and every element costs style and layout time on a phone.
        <Fragment key={id}>
          {i > 0 ? ', ' : ''}
          <a className="source-name" href={`/sources#source-${id}`}>
            {messages.policyTexts.sources[id].short}
          </a>
        </Fragment>
      ))}
    </>
  )
}

function standingLabel(r: SaidReading): string {
  return t.standing[r.standing]
}

/** Each source's reading of a rule, side by side on wide screens. */
export function Readings({ readings }: { readings: readonly SaidReading[] }) {
  return (
    <div className="readings">
      {readings.map((r) => (
        <div key={r.says} className={`reading reading-${r.standing}`}>
          <p className="reading-label">
            {standingLabel(r)}
            {r.since ? (
              <>
                , {t.since} <DateText date={r.since} />
              </>
            ) : null}
          </p>
          <p>{r.says}</p>
          <p className="reading-sources">
            <SourceNames ids={r.sources} />
          </p>
        </div>
      ))}
    </div>
  )
}
