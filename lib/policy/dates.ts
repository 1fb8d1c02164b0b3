import { Temporal } from 'temporal-polyfill'

/**
 * Calendar dates as the site uses them: ISO `YYYY-MM-DD` strings in, strings out.
 * All arithmetic goes through Temporal.PlainDate, which has no time of day and no time
 * zone, so every answer is the same wherever the code runs. Never local-time milliseconds.
 */
export type CalendarDate = string

const isoShape = /^\d{4}-\d{2}-\d{2}$/

/**
 * Parsed dates, kept: one answer reads the same few dates dozens of times, and parsing is
 * most of the cost of date arithmetic. Plain dates are immutable, so sharing them is safe.
 */
const parsed = new Map<CalendarDate, Temporal.PlainDate>()

function toPlain(date: CalendarDate): Temporal.PlainDate {
  let plain = parsed.get(date)
  if (!plain) {
    plain = Temporal.PlainDate.from(date, { overflow: 'reject' })
    if (parsed.size >= 1000) parsed.clear()
    parsed.set(date, plain)
  }
  return plain
}

/** True for a real date written YYYY-MM-DD (2026-02-30 and 2026-13-01 are not). */
export function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== 'string' || !isoShape.test(value)) return false
  try {
    toPlain(value)
    return true
  } catch {
    return false
  }
}

/** The date `days` calendar days after `date` (before it when negative). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return toPlain(date).add({ days }).toString()
}

/** Whole calendar days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return toPlain(from).until(toPlain(to), { largestUnit: 'days' }).days
}

/** -1, 0 or 1, like a sort comparator. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  // Real dates written YYYY-MM-DD sort as their text does; parsing checks they are real.
  toPlain(a)
  toPlain(b)
  return a < b ? -1 : a > b ? 1 : 0
}

/** ISO weekday: 1 is Monday, 7 is Sunday. */
export function weekday(date: CalendarDate): number {
  return toPlain(date).dayOfWeek
}

/**
 * The calendar date at an instant in a given IANA time zone. The one place a clock reading
 * becomes a calendar date; callers pass the instant in, so lib/policy never reads the clock.
 */
export function dateAt(instant: Date, timeZone = 'UTC'): CalendarDate {
  return Temporal.Instant.fromEpochMilliseconds(instant.getTime())
    .toZonedDateTimeISO(timeZone)
    .toPlainDate()
    .toString()
}

/**
 * Formatting goes through Intl on the date's midnight in UTC, with the formatter's time zone
 * fixed to UTC, so the printed day is the calendar day whatever zone the code runs in.
 * Formatters are costly to build, so one is kept per locale and style.
 */
const formatters = new Map<string, Intl.DateTimeFormat>()

function format(date: CalendarDate, locale: string, options: Intl.DateTimeFormatOptions): string {
  const key = `${locale}|${JSON.stringify(options)}`
  let formatter = formatters.get(key)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })
    formatters.set(key, formatter)
  }
  // The date's midnight in UTC, read straight from its YYYY-MM-DD form: the same instant as
  // Temporal's toZonedDateTime('UTC'), at a fraction of the cost on every page render.
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  const midnight = new Date(0)
  midnight.setUTCFullYear(year, month - 1, day)
  return formatter.format(midnight)
}

/** "Monday, 16 November 2026": the long form readers see next to the ISO form. */
export function formatLong(date: CalendarDate, locale = 'en-GB'): string {
  return format(date, locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })
}

/** "16 Nov": for tight spaces such as the timeline's labels. */
export function formatShort(date: CalendarDate, locale = 'en-GB'): string {
  return format(date, locale, { day: 'numeric', month: 'short' })
}
