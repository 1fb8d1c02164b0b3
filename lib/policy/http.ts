import { dateAt, type CalendarDate } from './dates'
import type { RawQuery } from './refund-query'

/** URLSearchParams to the contract's raw shape: repeated keys become arrays. */
export function rawQuery(params: URLSearchParams): RawQuery {
  const raw: RawQuery = {}
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key)
    raw[key] = all.length > 1 ? all : all[0]
  }
  return raw
}

/** The calendar date where the server runs: UTC, the same on every machine. */
export function serverToday(now: Date = new Date()): CalendarDate {
  return dateAt(now, 'UTC')
}

/** Seconds until the next UTC midnight, when an answer without `today` may change. */
export function secondsUntilUtcMidnight(now: Date = new Date()): number {
  const next = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1)
  return Math.max(1, Math.floor((next - now.getTime()) / 1000))
}
