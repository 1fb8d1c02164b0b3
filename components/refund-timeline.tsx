import type { Assessment, RefundInput } from '@/lib/policy/assess-refund'
import {
  compareDates,
  daysBetween,
  formatLong,
  formatShort as short,
  type CalendarDate,
} from '@/lib/policy/dates'
import type { Messages } from '@/lib/i18n/messages'

interface Bar {
  key: string
  label: string
  from: CalendarDate
  to: CalendarDate
  tone: 'strict' | 'generous' | 'statutory' | 'trial'
}

/** Whose window the later deadline is: Google's hours, or which Coursera text gives it. */
export function windowKind(a: Assessment): 'google' | 'trial-window' | 'accessed' | 'older' {
  if (a.requestAt === 'google') return 'google'
  if (a.contestedBy === 'trial-may-use-window') return 'trial-window'
  if (a.contestedBy === 'premium-content') return 'accessed'
  return 'older'
}

/**
 * The answer as a picture: the payment (or trial start), each window as a bar, and today
 * as a line. Inline SVG, scaled to the width available; the same facts are in the text.
 */
export function RefundTimeline({
  a,
  input,
  t,
  locale,
  colon,
}: {
  a: Assessment
  input: RefundInput
  t: Messages['calculator']
  /** The page's locale, for the dates; and its colon (French puts a space before it). */
  locale: string
  colon: string
}) {
  const start = input.trial ? input.trial.start : input.paid!
  const from = a.dayZero ?? start
  const bars: Bar[] = []
  // Each bar is named by who gives that window (policy-facts.md: an answer names who says what).
  const kind = windowKind(a)
  const strictLabel = kind === 'google' ? t.timelineGoogleSure : t.timelineStrict
  const generousLabel = {
    google: t.timelineGoogle,
    'trial-window': t.timelineTrialWindow,
    accessed: t.timelineBeforeAccess,
    older: t.timelineGenerous,
  }[kind]
  if (input.trial && a.lastFreeDay)
    bars.push({
      key: 'trial',
      label: t.timelineTrial,
      from: start,
      to: a.lastFreeDay,
      tone: 'trial',
    })
  if (a.safeDeadline)
    bars.push({
      key: 'strict',
      label: strictLabel,
      from,
      to: a.safeDeadline,
      tone: 'strict',
    })
  if (a.deadline && a.deadline !== a.safeDeadline)
    bars.push({
      key: 'generous',
      label: generousLabel,
      from,
      to: a.deadline,
      tone: 'generous',
    })
  if (a.statutoryDeadline)
    bars.push({
      key: 'statutory',
      label: t.timelineStatutory,
      from: start,
      to: a.statutoryDeadline,
      tone: 'statutory',
    })
  if (bars.length === 0) return null

  const ends = [...bars.map((b) => b.to), input.today]
  const last = ends.reduce((x, y) => (compareDates(x, y) >= 0 ? x : y))
  const span = Math.max(daysBetween(start, last), 1)
  const width = 360
  const left = 8
  const right = 8
  const usable = width - left - right
  const x = (d: CalendarDate) => left + (usable * Math.max(0, daysBetween(start, d))) / span
  const rowHeight = 44
  const top = 30
  const height = top + bars.length * rowHeight + 30
  const todayX = x(input.today)
  const description = [
    `${input.trial ? t.timelineTrialStart : t.timelinePaid}${colon}${formatLong(start, locale)}.`,
    ...bars.map((b) => `${b.label}${colon}${t.until} ${formatLong(b.to, locale)}.`),
    `${t.timelineToday}${colon}${formatLong(input.today, locale)}.`,
  ].join(' ')

  return (
    <figure className="timeline">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby="timeline-title timeline-desc"
        className="timeline-svg"
        preserveAspectRatio="xMinYMin meet"
      >
        <title id="timeline-title">{t.timelineTitle}</title>
        <desc id="timeline-desc">{description}</desc>
        <text x={left} y={16} className="tl-axis">
          {short(start, locale)}
        </text>
        <text x={width - right} y={16} className="tl-axis" textAnchor="end">
          {short(last, locale)}
        </text>
        {bars.map((b, i) => {
          const y = top + i * rowHeight
          const x1 = x(b.from)
          const x2 = Math.max(x(b.to), x1 + 3)
          return (
            <g key={b.key}>
              <text x={left} y={y + 12} className="tl-label">
                {b.label}, {t.timelineTo} {short(b.to, locale)}
              </text>
              <rect x={left} y={y + 18} width={usable} height={14} rx={3} className="tl-track" />
              <rect
                x={x1}
                y={y + 18}
                width={x2 - x1}
                height={14}
                rx={3}
                className={`tl-bar tl-${b.tone}`}
              />
              <line x1={todayX} x2={todayX} y1={y + 15} y2={y + 35} className="tl-today" />
            </g>
          )
        })}
        <text
          x={todayX}
          y={height - 6}
          className="tl-today-label"
          textAnchor={todayX > width - 60 ? 'end' : todayX < 60 ? 'start' : 'middle'}
        >
          {t.timelineToday} ({short(input.today, locale)})
        </text>
      </svg>
    </figure>
  )
}
