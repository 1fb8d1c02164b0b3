import { Temporal } from 'temporal-polyfill'
import { isRealDate } from './browser-dates'

export { formatLong, formatShort } from './browser-dates'

/**
 * Calendar dates as the site uses them: ISO `YYYY-MM-DD` strings in, strings out.
 * All arithmetic goes through Temporal.PlainDate, which has no time of day and no time
 * zone, so every answer is the same wherever the code runs. Never local-time milliseconds.
 * Checking and spelling dates come from lib/policy/browser-dates.ts, which the page scripts
 * use too, so the server and the browser agree on both.
 */
export type CalendarDate = string

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
  return typeof value === 'string' && isRealDate(value)
}

/** The date `days` calendar days after `date` (before it when negative). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return toPlain(date).add({ days }).toString()
}

/** Day counts, kept for the same reason as parsed dates: `until` is the costliest operation. */
const spans = new Map<string, number>()

/** Whole calendar days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  const key = `${from} ${to}`
  let days = spans.get(key)
  if (days === undefined) {
    days = toPlain(from).until(toPlain(to), { largestUnit: 'days' }).days
    if (spans.size >= 1000) spans.clear()
    spans.set(key, days)
  }
  return days
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
 * The calendar date at an instant in a given IANA time zone. On the server, the one place a
 * clock reading becomes a calendar date; callers pass the instant in, so lib/policy never
 * reads the clock.
 */
export function dateAt(instant: Date, timeZone = 'UTC'): CalendarDate {
  return Temporal.Instant.fromEpochMilliseconds(instant.getTime())
    .toZonedDateTimeISO(timeZone)
    .toPlainDate()
    .toString()
}
