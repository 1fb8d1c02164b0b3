// @time-zones: calendar-date arithmetic.
import { describe, expect, it } from 'vitest'
import {
  addDays,
  compareDates,
  dateAt,
  daysBetween,
  formatLong,
  isCalendarDate,
  weekday,
} from '@/lib/policy/dates'
import { statutoryLastDay } from '@/lib/policy/assess-refund'
import { statutoryRules } from '@/lib/policy/rules'

describe(`calendar dates (TZ=${process.env.TZ ?? 'unset'})`, () => {
  it('knows real dates from impossible ones', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true)
    expect(isCalendarDate('2026-02-29')).toBe(false)
    expect(isCalendarDate('2026-02-30')).toBe(false)
    expect(isCalendarDate('2026-13-01')).toBe(false)
    expect(isCalendarDate('2026-1-01')).toBe(false)
    expect(isCalendarDate('2026-11-26T00:00')).toBe(false)
    expect(isCalendarDate(20261126)).toBe(false)
  })

  it('adds days across month ends, leap days and daylight-saving changes', () => {
    expect(addDays('2026-10-24', 14)).toBe('2026-11-07') // Europe and the US change clocks in between
    expect(addDays('2026-03-01', 14)).toBe('2026-03-15')
    expect(addDays('2028-02-20', 14)).toBe('2028-03-05')
    expect(addDays('2026-12-25', 7)).toBe('2027-01-01')
    expect(addDays('2011-12-29', 1)).toBe('2011-12-30') // Samoa skipped 30 Dec 2011; calendar dates do not
  })

  it('counts whole days between dates, signed', () => {
    expect(daysBetween('2026-11-10', '2026-10-15')).toBe(-26)
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2)
    expect(compareDates('2026-11-01', '2026-11-02')).toBe(-1)
  })

  it('names weekdays', () => {
    expect(weekday('2026-11-02')).toBe(1)
    expect(weekday('2026-11-07')).toBe(6)
    expect(weekday('2026-11-08')).toBe(7)
  })

  it('reads the calendar date of an instant in a given zone', () => {
    const instant = new Date('2026-11-26T11:30:00Z')
    expect(dateAt(instant, 'UTC')).toBe('2026-11-26')
    expect(dateAt(instant, 'Pacific/Apia')).toBe('2026-11-27')
    expect(dateAt(instant, 'America/Los_Angeles')).toBe('2026-11-26')
    expect(dateAt(new Date('2026-11-26T05:00:00Z'), 'America/Los_Angeles')).toBe('2026-11-25')
  })

  it('spells dates out the same way everywhere', () => {
    expect(formatLong('2026-11-16')).toBe('Monday, 16 November 2026')
  })

  it('rolls an EU deadline off a weekend and leaves a UK one', () => {
    expect(statutoryLastDay(statutoryRules.eu, '2026-11-02')).toBe('2026-11-16')
    expect(statutoryLastDay(statutoryRules.eu, '2026-11-07')).toBe('2026-11-23')
    expect(statutoryLastDay(statutoryRules.eu, '2026-11-08')).toBe('2026-11-23')
    expect(statutoryLastDay(statutoryRules.uk, '2026-11-07')).toBe('2026-11-21')
  })
})
