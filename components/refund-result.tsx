import type { ReactNode } from 'react'
import type { Assessment, RefundInput } from '@/lib/policy/assess-refund'
import { compareDates, daysBetween } from '@/lib/policy/dates'
import type { Messages } from '@/lib/i18n/messages'
import type { PolicyTexts } from '@/lib/i18n/policy-texts'
import { policyIn, ruleWordsOf, saidReadings } from '@/lib/i18n/policy-view'
import { getSource, type SourceId } from '@/lib/policy/sources'
import { refundQueryString } from '@/lib/policy/refund-query'
import { subscriptionProducts } from '@/lib/policy/products'
import { CopyLink } from './copy-link'
import { Kept, type FragmentCache } from './fragment-cache'
import { DateText } from './date-text'
import { RefundTimeline, windowKind } from './refund-timeline'
import { Readings, SourceNames } from './readings'

interface Props {
  a: Assessment
  input: RefundInput
  /** The page's strings, the rule table's words and the locale dates are spelled in. */
  m: Messages
  /** True when `today` came from the server's clock rather than the query. */
  todayFromClock: boolean
  /** This edition's blocks that depend on the rule alone, kept between requests. */
  cache?: FragmentCache
}

/** The days a rule's older, longer reading gave, where it names one. */
function olderDays(a: Assessment): number | null {
  if (!('deadlineDays' in a.rule)) return null
  const older = a.rule.readings.find((r) => r.standing !== 'binding' && r.windowDays !== null)
  return older?.windowDays ?? a.rule.deadlineDays
}

function safeDays(a: Assessment): number {
  return ('safeDays' in a.rule ? a.rule.safeDays : null) ?? 0
}

function Headline({
  a,
  input,
  t,
  locale,
}: Pick<Props, 'a' | 'input'> & { t: Messages['calculator']; locale: string }): ReactNode[] {
  const h = t.headlines
  const d = (date: string | null) =>
    date ? <DateText key={date} date={date} locale={locale} withWeekday /> : null
  const fromStart = Boolean(a.dayZero && input.paid && a.dayZero !== input.paid)
  let parts: ReactNode[]
  switch (a.verdict) {
    case 'trial':
      return input.channel === 'apple'
        ? [...h.trial(d(a.lastFreeDay), d(a.firstCharge)), h.appleTrial]
        : h.trial(d(a.lastFreeDay), d(a.firstCharge))
    case 'trial-ended':
      return h.trialEnded(d(a.lastFreeDay), d(a.firstCharge))
    case 'eligible':
      parts = h.eligible(d(a.safeDeadline), safeDays(a), fromStart)
      if (a.deadline && a.deadline !== a.safeDeadline)
        parts = [...parts, ...h.olderLonger(olderDays(a) ?? 0, d(a.deadline))]
      break
    case 'contested':
      if (a.safeDeadline)
        parts = h.contestedSafePassed(
          d(a.safeDeadline),
          safeDays(a),
          d(a.deadline),
          olderDays(a) ?? 0,
        )
      else if (a.contestedBy === 'premium-content') parts = h.contestedAccessed(d(a.deadline))
      else if (a.contestedBy === 'trial-may-use-window')
        parts = h.contestedTrialWindow(
          d(a.deadline),
          ('deadlineDays' in a.rule ? a.rule.deadlineDays : null) ?? 0,
        )
      else parts = h.contestedOlderPages(d(a.deadline), olderDays(a) ?? 0)
      break
    case 'closed':
      parts = h.closed(d(a.deadline))
      break
    case 'not-refundable':
      parts = h.notRefundable()
      break
    case 'elsewhere':
      if (a.requestAt === 'apple') parts = h.apple()
      else if (a.requestAt === 'google')
        parts =
          a.daysLeft !== null && a.daysLeft >= 0
            ? h.googleOpen(d(a.safeDeadline), d(a.deadline))
            : h.googlePassed()
      else if (a.requestAt === 'university') parts = h.university()
      else parts = h.organization()
      break
  }
  if (
    (a.verdict === 'closed' || a.verdict === 'not-refundable') &&
    subscriptionProducts.includes(input.product)
  ) {
    parts = [...parts, h.cancelToo]
  }
  if (
    a.statutoryDeadline &&
    compareDates(a.statutoryDeadline, input.today) >= 0 &&
    a.verdict !== 'eligible'
  ) {
    parts = [...parts, ...h.statutoryOpen(d(a.statutoryDeadline))]
  }
  if (input.renewal && input.region !== 'other' && input.channel === 'web' && !a.statutory)
    parts = [...parts, h.renewalNoWithdrawal]
  return parts
}

function SourceList({ ids, words }: { ids: readonly SourceId[]; words: PolicyTexts }) {
  return (
    <ul role="list" className="result-sources">
      {ids.map((id) => (
        <li key={id}>
          <SourceNames ids={[id]} names={words.sources} />{' '}
          <span className="source-meta">({words.trust[getSource(id).trust]})</span>
        </li>
      ))}
    </ul>
  )
}

function DateRow({
  label,
  date,
  today,
  t,
  locale,
}: {
  label: string
  date: string
  today: string
  t: Messages['calculator']
  locale: string
}) {
  const left = daysBetween(today, date)
  return (
    <div>
      <dt>{label}</dt>
      <dd>
        <DateText date={date} locale={locale} withWeekday />{' '}
        <span className={left < 0 ? 'days-left days-left-past' : 'days-left'} data-days-left={left}>
          ({t.daysLeft(left)})
        </span>
      </dd>
    </div>
  )
}

/** The server-rendered answer. The same markup serves the no-JS page and the live widget. */
export function RefundResult({ a, input, m, todayFromClock, cache }: Props) {
  const t = m.calculator
  const steps = m.steps
  const words = m.policyTexts
  const locale = m.locale
  const { caveats: caveatTable, requestPlaces } = policyIn(words)
  const place = a.requestAt ? requestPlaces[a.requestAt] : null
  const rule = ruleWordsOf(words, a.rule.id)
  const readings = saidReadings(words, a.rule)
  // What to check before asking, less what the legal block above already says.
  const caveats = [...new Set(a.caveats)].filter(
    (id) => !a.statutory?.caveats.some((c) => c === id),
  )
  const query = refundQueryString(input, { includeToday: !todayFromClock })
  const remindOn =
    a.verdict === 'trial'
      ? a.lastFreeDay
      : a.verdict === 'eligible'
        ? a.safeDeadline
        : a.verdict === 'contested' ||
            (a.verdict === 'elsewhere' && a.daysLeft !== null && a.daysLeft >= 0)
          ? a.deadline
          : null
  const messageQuery = new URLSearchParams({ product: input.product, region: input.region })
  if (input.paid) messageQuery.set('paid', input.paid)
  if (a.deadline) messageQuery.set('deadline', a.deadline)
  const cancelGuide = {
    web: m.paths.cancelWeb,
    apple: m.paths.cancelApple,
    google: m.paths.cancelGoogle,
  }[input.channel]

  return (
    <section
      id="result"
      className="result"
      data-verdict={a.verdict}
      data-query={query}
      aria-labelledby="result-title"
    >
      <h2 id="result-title" className="result-title">
        {t.resultTitle}
      </h2>
      <p className="result-headline" role="status">
        {Headline({ a, input, t, locale })}
      </p>
      <p className="result-verdict">
        <span className="sr-only">
          {t.verdictLabel}
          {m.colon}
        </span>
        <span className={`verdict-badge verdict-${a.verdict}`}>{t.verdicts[a.verdict]}</span>
      </p>

      <dl className="result-facts">
        {a.safeDeadline ? (
          <DateRow
            label={a.requestAt === 'google' ? t.googleSafeLabel : t.safeDeadlineLabel}
            date={a.safeDeadline}
            today={input.today}
            t={t}
            locale={locale}
          />
        ) : null}
        {a.deadline && a.deadline !== a.safeDeadline ? (
          <DateRow
            label={
              {
                google: t.googleDeadlineLabel,
                'trial-window': t.deadlineTrialWindowLabel,
                accessed: t.deadlineAccessedLabel,
                older: t.deadlineOlderPagesLabel,
              }[windowKind(a)]
            }
            date={a.deadline}
            today={input.today}
            t={t}
            locale={locale}
          />
        ) : null}
        {a.lastFreeDay ? (
          <DateRow
            label={t.lastFreeDayLabel}
            date={a.lastFreeDay}
            today={input.today}
            t={t}
            locale={locale}
          />
        ) : null}
        {a.firstCharge ? (
          <div>
            <dt>{t.firstChargeLabel}</dt>
            <dd>
              <DateText date={a.firstCharge} locale={locale} withWeekday />
            </dd>
          </div>
        ) : null}
        {place ? (
          <div>
            <dt>{t.whereLabel}</dt>
            <dd>
              {input.product === 'course' && place.howOneTime && place.purchasesUrl ? (
                <>
                  <a href={place.purchasesUrl}>{t.myPurchases}</a>. {place.howOneTime}
                </>
              ) : (
                <>
                  {place.url ? <a href={place.url}>{place.name}</a> : place.name}. {place.how}
                </>
              )}
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t.countedFor}</dt>
          <dd>
            <DateText date={input.today} locale={locale} withWeekday />{' '}
            {todayFromClock ? t.countedForUtc : null}
          </dd>
        </div>
      </dl>

      <RefundTimeline a={a} input={input} t={t} locale={locale} colon={m.colon} />

      {a.statutory && a.statutoryDeadline ? (
        <div className="result-block statutory">
          <h3>{ruleWordsOf(words, a.statutory.id).title}</h3>
          <p>
            {t.statutoryLine}
            {m.colon}
            <DateText date={a.statutoryDeadline} locale={locale} withWeekday />.
          </p>
          <p>{ruleWordsOf(words, a.statutory.id).summary}</p>
          <ul>
            {a.statutory.caveats.map((id) => (
              <li key={id}>{caveatTable[id].text}</li>
            ))}
          </ul>
        </div>
      ) : null}

      <Kept cache={cache} cacheKey={`rule ${a.rule.id}`} className="result-block">
        <>
          <h3>{t.ruleTitle}</h3>
          <p>
            <strong>{rule.title}.</strong> {rule.summary}
          </p>
          {readings.length > 1 ? (
            <>
              <h4 className="readings-title">{t.readingsTitle}</h4>
              <Readings readings={readings} t={m} />
            </>
          ) : null}
        </>
      </Kept>

      {caveats.length > 0 ? (
        <Kept cache={cache} cacheKey={`caveats ${caveats.join(' ')}`} className="result-block">
          <>
            <h3>{t.caveatsTitle}</h3>
            <ul>
              {caveats.map((id) => (
                <li key={id}>{caveatTable[id].text}</li>
              ))}
            </ul>
          </>
        </Kept>
      ) : null}

      <div className="result-block">
        <h3>{t.nextTitle}</h3>
        <ul role="list" className="result-actions">
          {remindOn && compareDates(remindOn, input.today) >= 0 ? (
            <li>
              <a
                href={`/refunds/check/calendar?${query}${m.lang === 'en' ? '' : `&lang=${m.lang}`}`}
                download
              >
                {t.calendar}
              </a>
            </li>
          ) : null}
          {a.requestAt === 'coursera' && a.verdict !== 'not-refundable' ? (
            <li>
              <a href={`${m.paths.messages}?${messageQuery.toString()}#refund-request`}>
                {t.message}
              </a>
            </li>
          ) : null}
          {subscriptionProducts.includes(input.product) ? (
            <li>
              <a href={cancelGuide}>{t.cancelGuide}</a>
            </li>
          ) : null}
          {a.verdict === 'trial-ended' && a.firstCharge ? (
            <li>
              <a
                href={`${m.paths.check}?${new URLSearchParams({ product: input.product, channel: input.channel, paid: a.firstCharge, region: input.region }).toString()}#result`}
              >
                {t.headlines.checkPaymentAfterTrial}
              </a>
            </li>
          ) : null}
          <li>
            <CopyLink
              id="result"
              stepTitle={t.resultTitle}
              label={t.copyAnswer}
              copiedLabel={t.copied}
              failedLabel={steps.copyFailed}
            />
          </li>
        </ul>
      </div>

      <Kept
        cache={cache}
        cacheKey={`sources ${a.sources.join(' ')} ${a.rule.reviewed} ${a.rulesVersion}`}
        className="result-block result-sources-block"
      >
        <>
          <h3>{t.sourcesTitle}</h3>
          <SourceList ids={a.sources} words={words} />
          <p className="source-meta">
            {t.reviewedOn} <DateText date={a.rule.reviewed} locale={locale} />. {t.rulesVersion}{' '}
            {a.rulesVersion}.
          </p>
        </>
      </Kept>
    </section>
  )
}
