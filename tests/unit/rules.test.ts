// @time-zones: the rule table in dates.
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
import { channels, products, subscriptionProducts } from '@/lib/policy/products'
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
    '%s: readings are backed by its sources, most trusted first, labelled by their standing',
    (_id, rule) => {
      expect(rule.readings.length).toBeGreaterThan(0)
      for (const reading of rule.readings) {
        // A trust label a reader sees must match its sources (/api/policy publishes it):
        // binding only for the current Terms or the law, stale for superseded pages.
        const trusts = reading.sources.map((id) => getSource(id).trust)
        const binding = (t: string) => t === 'official-binding' || t === 'law'
        const stale = (t: string) => t === 'official-superseded'
        if (reading.standing === 'binding') {
          expect(trusts.some(binding)).toBe(true)
          expect(trusts.filter(stale)).toEqual([])
        } else expect(trusts.every(binding)).toBe(false)
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

  it('has a rule for every product, channel, payment, certificate and upgrade the contract accepts', () => {
    for (const product of products) {
      for (const channel of channels) {
        for (const renewal of [false, true]) {
          for (const certificate of [false, true]) {
            for (const upgrade of [false, true]) {
              // Rule 7 refuses these on the web; the app stores ignore the upgrade.
              const refused =
                upgrade && channel === 'web' && (renewal || !subscriptionProducts.includes(product))
              if (refused) continue
              expect(() =>
                findRule({ product, channel, renewal, certificate, upgrade }),
              ).not.toThrow()
            }
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
