// @time-zones: every worked case, in dates.
import { describe, expect, it } from 'vitest'
import { assessRefund, publicAssessment } from '@/lib/policy/assess-refund'
import { parseRefundQuery } from '@/lib/policy/refund-query'
import { fieldErrorMessage, fieldErrorsEn } from '@/lib/i18n/field-errors'
import cases from '../fixtures/refund-cases.json' with { type: 'json' }

interface Case {
  name: string
  query: Record<string, string>
  expect: Record<string, unknown> & { error?: string[] }
}

/** A fixed "now" far from every case, so cases that name `today` never depend on the clock. */
const clock = '2026-11-26'

describe(`worked refund cases (TZ=${process.env.TZ ?? 'unset'})`, () => {
  it.each((cases as unknown as Case[]).map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const parsed = parseRefundQuery(c.query, clock)
    if (c.expect.error) {
      expect(parsed.ok).toBe(false)
      if (parsed.ok) return
      expect(parsed.errors.map((e) => e.field)).toEqual(c.expect.error)
      for (const e of parsed.errors)
        expect(fieldErrorMessage(fieldErrorsEn, e).length).toBeGreaterThan(10)
      return
    }
    expect(parsed.ok, JSON.stringify(!parsed.ok && parsed.errors)).toBe(true)
    if (!parsed.ok) return
    const result = publicAssessment(assessRefund(parsed.input))
    const { sources, rulesVersion, ...fields } = result
    expect(fields).toEqual(c.expect)
    expect(sources.length).toBeGreaterThan(0)
    expect(rulesVersion).toMatch(/^\d{4}-\d{2}-\d{2}/)
  })
})
