import type { ReactNode } from 'react'
import { siteChanges, termsChanges } from '@/lib/policy/changes'
import type { CaveatId } from '@/lib/policy/rules'
import { factsReviewed, rulesVersion } from '@/lib/policy/version'
import type { Messages } from '@/lib/i18n/messages'
import {
  changesIn,
  conflictsIn,
  policyIn,
  sourcesIn,
  type SaidChange,
} from '@/lib/i18n/policy-view'
import { DateText } from './date-text'
import { Readings, SourceNames } from './readings'

/**
 * Server components that show the rule table itself, so guides state refund rules by
 * reading lib/policy rather than retyping them.
 */

/** Every widget here takes the page's strings: `t`, given by components/widgets.tsx. */
interface Given {
  t: Messages
}

/** Caveats that hold for every Coursera refund: a guide states them once, not per rule. */
const general: readonly CaveatId[] = [
  'may-deny',
  'premium-content',
  'cancel-is-not-refund',
  'refund-time',
  'check-my-purchases',
  'refund-unenrols',
]

/** One rule from the table, with both readings where sources disagree, and its own caveats. */
export function RuleCard({ id, t: m }: Given & { id: string }) {
  const t = m.policy
  const { refundRules, caveats, trialRule } = policyIn(m.policyTexts)
  const rules: readonly (typeof refundRules)[number][] = refundRules
  const rule = rules.find((r) => r.id === id) ?? (id === trialRule.id ? trialRule : undefined)
  if (!rule) throw new Error(`<RuleCard id="${id}">: no such rule in lib/policy/rules.ts`)
  const specific = (rule.caveats as readonly CaveatId[]).filter((c) => !general.includes(c))
  return (
    <div className="rule-card not-prose" id={`rule-${rule.id}`}>
      <p className="rule-title">{rule.title}</p>
      <p>{rule.summary}</p>
      {rule.readings.length > 1 ? <Readings readings={rule.readings} t={m} /> : null}
      {specific.length > 0 ? (
        <ul className="rule-caveats">
          {specific.map((c) => (
            <li key={c}>{caveats[c].text}</li>
          ))}
        </ul>
      ) : null}
      <p className="rule-meta">
        {t.sources}
        {m.colon}
        <SourceNames ids={rule.sources} names={m.policyTexts.sources} />. {t.checked}{' '}
        <DateText date={rule.reviewed} locale={m.locale} />.
      </p>
    </div>
  )
}

/** The comparison table of products, straight from the rule table. Stacks on a phone. */
export function RefundRulesTable({ t: m }: Given) {
  const t = m.policy
  const { refundRules: rules, requestPlaces } = policyIn(m.policyTexts)
  const head = t.tableHead
  return (
    <table className="stack-table not-prose" role="table">
      <caption className="sr-only">{t.tableCaption}</caption>
      <thead role="rowgroup">
        <tr role="row">
          {head.map((h) => (
            <th key={h} scope="col" role="columnheader">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody role="rowgroup">
        {rules.map((r) => (
          <tr key={r.id} role="row">
            <th scope="row" role="rowheader">
              <a href={`#rule-${r.id}`}>{r.title}</a>
            </th>
            <td role="cell" data-label={head[1]}>
              {r.requestAt === 'coursera'
                ? t.days(r.readings[0]?.windowDays ?? null)
                : t.notCoursera}
            </td>
            <td role="cell" data-label={head[2]}>
              {r.requestAt === 'coursera' || r.requestAt === 'google'
                ? t.days(r.deadlineDays)
                : t.noWindow}
            </td>
            <td role="cell" data-label={head[3]}>
              {requestPlaces[r.requestAt].who}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** The EU and UK statutory rules. */
export function StatutoryRules({ t: m }: Given) {
  const t = m.policy
  const { statutoryRules, caveats } = policyIn(m.policyTexts)
  return (
    <div className="rule-grid not-prose">
      {Object.values(statutoryRules).map((s) => (
        <div key={s.id} className="rule-card" id={`rule-${s.id}`}>
          <p className="rule-title">{s.title}</p>
          <p>{s.summary}</p>
          <ul className="rule-caveats">
            {s.caveats.map((c) => (
              <li key={c}>{caveats[c].text}</li>
            ))}
          </ul>
          <p className="rule-meta">
            {t.sources}
            {m.colon}
            <SourceNames ids={s.sources} names={m.policyTexts.sources} />.
          </p>
        </div>
      ))}
    </div>
  )
}

/** Refund rules for upgrades between plans. */
export function UpgradeRules({ t: m }: Given) {
  const { upgradeRules } = policyIn(m.policyTexts)
  return (
    <ul className="not-prose rule-list">
      {upgradeRules.map((u) => (
        <li key={u.id} id={`rule-${u.id}`}>
          <strong>{u.title}.</strong> {u.summary}{' '}
          <SourceNames ids={u.sources} names={m.policyTexts.sources} />
        </li>
      ))}
    </ul>
  )
}

/** Selected caveats as a list, by id: `<Caveats ids="may-deny premium-content" />`. */
export function Caveats({ ids, t: m }: Given & { ids: string }) {
  const { caveats } = policyIn(m.policyTexts)
  return (
    <ul>
      {ids.split(/\s+/).map((id) => {
        const c = caveats[id as CaveatId]
        if (!c) throw new Error(`<Caveats>: unknown caveat "${id}"`)
        return (
          <li key={id}>
            {c.text} <SourceNames ids={c.sources} names={m.policyTexts.sources} />
          </li>
        )
      })}
    </ul>
  )
}

/** Every source with its id, title, link, stored date and trust level. */
export function SourcesTable({ t: messages }: Given) {
  const t = messages.policy
  return (
    <ul className="source-cards not-prose" role="list">
      {sourcesIn(messages.policyTexts).map((s) => (
        <li key={s.id} id={`source-${s.id}`} className="source-card">
          <p className="source-card-title">{s.url ? <a href={s.url}>{s.title}</a> : s.title}</p>
          <dl>
            <dt>{t.trust}</dt>
            <dd>{messages.policyTexts.trust[s.trust]}</dd>
            <dt>{t.stored}</dt>
            <dd>{s.storedNote}</dd>
            <dt>{t.sourceReviewed}</dt>
            <dd>
              <DateText date={s.reviewed} locale={messages.locale} />
            </dd>
            <dt>{t.id}</dt>
            <dd>
              <code>{s.id}</code>
            </dd>
            {s.note ? (
              <>
                <dt>{t.note}</dt>
                <dd>{s.note}</dd>
              </>
            ) : null}
          </dl>
        </li>
      ))}
    </ul>
  )
}

/** Every recorded disagreement between sources, with both readings. */
export function ConflictsList({ t: messages }: Given) {
  const t = messages.policy
  return (
    <div className="not-prose conflicts">
      {conflictsIn(messages.policyTexts).map((c) => (
        <section
          key={c.id}
          id={`conflict-${c.id}`}
          className="rule-card"
          aria-labelledby={`conflict-${c.id}-title`}
        >
          <h3 id={`conflict-${c.id}-title`} className="rule-title">
            {c.topic}
          </h3>
          <Readings readings={c.readings} t={messages} />
          <p className="rule-meta">
            <strong>{t.weSay}</strong> {c.weSay}
          </p>
        </section>
      ))}
    </div>
  )
}

/** Each entry under its change-log id: the Atom feed (/changes.xml) links to it. */
function Dated({ items, t }: Given & { items: readonly SaidChange[] }): ReactNode {
  return (
    <ol className="change-log not-prose" role="list">
      {items.map((i) => (
        <li key={i.id} id={i.id}>
          <DateText date={i.date} locale={t.locale} />
          <p>
            {i.change}{' '}
            {i.sources ? <SourceNames ids={i.sources} names={t.policyTexts.sources} /> : null}
          </p>
          <p>{i.forReader}</p>
        </li>
      ))}
    </ol>
  )
}

/** How Coursera's refund terms changed. */
export function TermsChangeLog({ t }: Given) {
  return <Dated t={t} items={changesIn(t.policyTexts, termsChanges)} />
}

/** What changed on this site. */
export function SiteChangeLog({ t: messages }: Given) {
  const t = messages.policy
  return (
    <>
      <Dated t={messages} items={changesIn(messages.policyTexts, siteChanges)} />
      <p className="rule-meta">
        {t.factsReviewed} <DateText date={factsReviewed} locale={messages.locale} />;{' '}
        {t.rulesVersion} <code>{rulesVersion}</code>. {t.openData}{' '}
        <a href="/api/policy">/api/policy</a>.
      </p>
    </>
  )
}
