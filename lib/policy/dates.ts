import { Temporal } from 'temporal-polyfill'

/**
 * Calendar dates as the site uses them: ISO `YYYY-MM-DD` strings in, strings out.
 * All arithmetic goes through Temporal.PlainDate, which has no time of day and no time
 * zone, so every answer is the same wherever the code runs. Never local-time milliseconds.
 */
export type CalendarDate = string

const isoShape = /^\d{4}-\d{2}-\d{2}$/

function toPlain(date: CalendarDate): Temporal.PlainDate {
  return Temporal.PlainDate.from(date, { overflow: 'reject' })
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
  return Temporal.PlainDate.compare(toPlain(a), toPlain(b))
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
  return formatter.format(toPlain(date).toZonedDateTime('UTC').epochMilliseconds)
}

/** "Monday, 16 November 2026": the long form readers see next to the ISO form. */
export function formatLong(date: CalendarDate, locale = 'en-GB'): string {
  return format(date, locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })
}

/** "16 Nov": for tight spaces such as the timeline's labels. */
export function formatShort(date: CalendarDate, locale = 'en-GB'): string {
  return format(date, locale, { day: 'numeric', month: 'short' })
}
