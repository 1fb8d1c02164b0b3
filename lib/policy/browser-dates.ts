/**
 * Calendar dates for the page scripts (components/enhance/): ISO `YYYY-MM-DD` strings, with
 * no Temporal, whose polyfill would outweigh a page's whole script budget. A date is read as
 * its midnight in UTC, a day on which no clock changes, so every answer here is the same in
 * every time zone; only `localDate` reads the reader's zone, on purpose. lib/policy/dates.ts
 * does the server's arithmetic with Temporal and takes its checking and spelling from here,
 * so a page and its script spell a date the same way.
 */

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/

/** Milliseconds at the date's midnight in UTC. Years 0 to 99 stay themselves (not 19xx). */
function utcMidnight(year: number, month: number, day: number): number {
  const date = new Date(0)
  date.setUTCFullYear(year, month - 1, day)
  return date.getTime()
}

/** True for a real Gregorian date written YYYY-MM-DD (2026-02-30 and 2026-13-01 are not). */
export function isRealDate(value: string): boolean {
  const match = isoDate.exec(value)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  // Date rolls a day or month out of range into the next (or previous) one: a date that
  // does not exist comes back as another.
  const date = new Date(utcMidnight(year, month, day))
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  )
}

/** Today's calendar date where the reader is, from a clock reading passed in. */
export function localDate(now: Date): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0')
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

function utcOf(date: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  return utcMidnight(year, month, day)
}

/** Whole calendar days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcOf(to) - utcOf(from)) / 86_400_000)
}

const styles = {
  long: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  medium: { day: 'numeric', month: 'long', year: 'numeric' },
  short: { day: 'numeric', month: 'short' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>

/** Formatters are costly to build: one is kept per locale and style. */
const formatters = new Map<string, Intl.DateTimeFormat>()
/**
 * Spelled dates, kept: an answer spells the same few dates many times, and formatting is most
 * of what a date costs a page render. Bounded, since a server meets ever new dates.
 */
const spelled = new Map<string, string>()

/**
 * Intl formats the date's midnight in UTC with its own time zone fixed to UTC, so the printed
 * day is the calendar day wherever the code runs.
 */
function spell(date: string, locale: string, style: keyof typeof styles): string {
  const key = `${locale} ${style}`
  const cacheKey = `${key} ${date}`
  const known = spelled.get(cacheKey)
  if (known !== undefined) return known
  let formatter = formatters.get(key)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { ...styles[style], timeZone: 'UTC' })
    formatters.set(key, formatter)
  }
  const text = formatter.format(utcOf(date))
  if (spelled.size >= 2000) spelled.clear()
  spelled.set(cacheKey, text)
  return text
}

/** "Monday, 16 November 2026": the long form readers see next to the ISO form. */
export function formatLong(date: string, locale = 'en-GB'): string {
  return spell(date, locale, 'long')
}

/** "16 November 2026": inside a sentence, such as a ready-to-send message. */
export function formatMedium(date: string, locale = 'en-GB'): string {
  return spell(date, locale, 'medium')
}

/** "16 Nov": for tight spaces such as the timeline's labels. */
export function formatShort(date: string, locale = 'en-GB'): string {
  return spell(date, locale, 'short')
}
