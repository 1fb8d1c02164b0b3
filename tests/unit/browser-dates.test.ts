// @time-zones: the browser's date module reads the reader's local day.
import fc from 'fast-check'
import { Temporal } from 'temporal-polyfill'
import { describe, expect, it } from 'vitest'
import {
  daysBetween,
  formatLong,
  formatMedium,
  formatShort,
  isRealDate,
  localDate,
} from '@/lib/policy/browser-dates'
import { addDays, daysBetween as temporalDaysBetween } from '@/lib/policy/dates'

/** Any string shaped YYYY-MM-DD, real or not (2026-02-30, 2026-13-01, 2026-00-00). */
const shaped = fc
  .tuple(
    fc.integer({ min: 0, max: 9999 }),
    fc.integer({ min: 0, max: 99 }),
    fc.integer({ min: 0, max: 99 }),
  )
  .map(
    ([y, m, d]) =>
      `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
  )
/** Real days from 1900 to 2299, the leap-year exceptions of 1900 and 2100 included. */
const day = fc.integer({ min: 0, max: 365 * 400 }).map((n) => addDays('1900-01-01', n))

function temporalAccepts(value: string): boolean {
  try {
    Temporal.PlainDate.from(value, { overflow: 'reject' })
    return true
  } catch {
    return false
  }
}

describe(`calendar dates without Temporal (TZ=${process.env.TZ ?? 'unset'})`, () => {
  it('knows real dates from impossible ones as Temporal does', () => {
    fc.assert(fc.property(day, (d) => isRealDate(d)))
    fc.assert(fc.property(shaped, (s) => isRealDate(s) === temporalAccepts(s)))
  })

  it.each([
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2000-02-29', true],
    ['2100-02-29', false],
    ['0000-02-29', true],
    ['2026-1-01', false],
    ['2026-11-26T00:00', false],
    ['', false],
  ])('%s is real: %s', (value, real) => {
    expect(isRealDate(value)).toBe(real)
  })

  it('counts days between dates as Temporal does, across clock changes and leap days', () => {
    fc.assert(
      fc.property(day, day, (from, to) => daysBetween(from, to) === temporalDaysBetween(from, to)),
    )
    expect(daysBetween('2026-10-24', '2026-11-07')).toBe(14) // Europe and the US change clocks
    expect(daysBetween('2026-11-10', '2026-10-15')).toBe(-26)
  })

  it("reads today's date where the reader is", () => {
    expect(localDate(new Date(2026, 10, 2, 23, 59))).toBe('2026-11-02')
    expect(localDate(new Date(2026, 0, 1, 0, 0))).toBe('2026-01-01')
  })

  it.each([
    [formatLong, '2026-11-16', 'Monday, 16 November 2026'],
    [formatLong, '2011-12-30', 'Friday, 30 December 2011'], // a day Samoa skipped
    [formatMedium, '2026-11-02', '2 November 2026'],
    [formatMedium, '2026-02-28', '28 February 2026'],
    [formatMedium, '0099-01-01', '1 January 99'],
    [formatShort, '2026-03-29', '29 Mar'], // Europe's clocks go forward
  ])('%o spells %s as "%s" in every time zone', (format, date, spelled) => {
    expect(format(date)).toBe(spelled)
  })
})
