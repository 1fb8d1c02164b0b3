/**
 * GOV.UK's date input: a date typed as three boxes (day, month, year) reaches the check
 * exactly as typed. A native date input may silently turn 30/02/2026 into 1 March, or drop
 * it, before any script or server sees it. No Temporal here: browser scripts use this too.
 */
export type DatePart = 'day' | 'month' | 'year'
export const dateParts: readonly DatePart[] = ['day', 'month', 'year']

export type PartsResult =
  | { kind: 'empty' }
  | { kind: 'date'; value: string }
  | { kind: 'missing'; parts: DatePart[] }
  | { kind: 'not-numbers' }
  | { kind: 'short-year' }

/**
 * Reads the three boxes. A complete entry becomes YYYY-MM-DD whether or not that day exists
 * (2026-02-30 stays 2026-02-30): the contract's parser then says it does not exist.
 */
export function readDateParts(day?: string, month?: string, year?: string): PartsResult {
  const values = { day: day?.trim() ?? '', month: month?.trim() ?? '', year: year?.trim() ?? '' }
  const missing = dateParts.filter((p) => values[p] === '')
  if (missing.length === 3) return { kind: 'empty' }
  if (missing.length > 0) return { kind: 'missing', parts: missing }
  if (
    !/^\d{1,2}$/.test(values.day) ||
    !/^\d{1,2}$/.test(values.month) ||
    !/^\d+$/.test(values.year)
  )
    return { kind: 'not-numbers' }
  if (values.year.length !== 4) return { kind: 'short-year' }
  return {
    kind: 'date',
    value: `${values.year}-${values.month.padStart(2, '0')}-${values.day.padStart(2, '0')}`,
  }
}
