import { describe, expect, it } from 'vitest'
import {
  caveats,
  refundRules,
  statutoryRules,
  trialRule,
  upgradeRules,
  type RefundRule,
} from '@/lib/policy/rules'
import { findRule } from '@/lib/policy/assess-refund'
import { isCalendarDate } from '@/lib/policy/dates'
import { channels, products } from '@/lib/policy/products'
import { getSource, sources, trustRank } from '@/lib/policy/sources'

const rules = refundRules as readonly RefundRule[]
const allRows = [...rules, trialRule, statutoryRules.eu, statutoryRules.uk, ...upgradeRules]

describe('the rule table', () => {
  it('has unique ids', () => {
    const ids = allRows.map((r) => r.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it.each(allRows.map((r) => [r.id, r] as const))(
    '%s cites known sources and a review date',
    (_id, row) => {
      expect(row.sources.length).toBeGreaterThan(0)
      for (const id of row.sources) expect(() => getSource(id)).not.toThrow()
      expect(isCalendarDate(row.reviewed)).toBe(true)
    },
  )

  it.each(rules.map((r) => [r.id, r] as const))(
    '%s: readings are backed by its sources, binding first',
    (_id, rule) => {
      expect(rule.readings.length).toBeGreaterThan(0)
      expect(rule.readings[0]?.standing).toBe('binding')
      for (const reading of rule.readings) {
        for (const id of reading.sources) expect(rule.sources).toContain(id)
      }
      const ranks = rule.readings.map((r) =>
        Math.min(...r.sources.map((id) => trustRank[getSource(id).trust])),
      )
      expect(ranks[0]).toBe(Math.min(...ranks))
      for (const id of rule.caveats) expect(caveats[id]).toBeDefined()
    },
  )

  it.each(rules.map((r) => [r.id, r] as const))(
    '%s: the safe window never outlasts the generous one',
    (_id, rule) => {
      if (rule.safeDays !== null) expect(rule.deadlineDays).not.toBeNull()
      if (rule.safeDays !== null && rule.deadlineDays !== null)
        expect(rule.safeDays).toBeLessThanOrEqual(rule.deadlineDays)
      // Where only the generous reading gives a refund, the sources disagree: show both.
      if (rule.safeDays === null && rule.deadlineDays !== null)
        expect(rule.readings.length).toBeGreaterThanOrEqual(2)
    },
  )

  it('has exactly one rule for every product, channel, payment and certificate combination', () => {
    for (const product of products) {
      for (const channel of channels) {
        for (const renewal of [false, true]) {
          for (const certificate of [false, true]) {
            expect(() => findRule({ product, channel, renewal, certificate })).not.toThrow()
          }
        }
      }
    }
  })

  it('lists every source once, each with a trust level', () => {
    const ids = sources.map((s) => s.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const s of sources) expect(trustRank[s.trust]).toBeGreaterThan(0)
  })
})
