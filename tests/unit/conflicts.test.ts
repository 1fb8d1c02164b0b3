import { describe, expect, it } from 'vitest'
import { listConflicts } from '@/lib/policy/conflicts'
import { policyTextsEn } from '@/lib/i18n/policy-texts'
import { conflictsIn } from '@/lib/i18n/policy-view'
import { refundRules, trialRule, type RefundRule } from '@/lib/policy/rules'
import { isSourceId } from '@/lib/policy/sources'

/**
 * The registry behind /sources ("Where sources disagree") and the rule table must agree:
 * every rule that shows two readings is listed, and every reading names a source we know.
 */
const conflicts = listConflicts()
const byId = new Map(conflicts.map((c) => [c.id, c]))

describe('conflict registry', () => {
  it('lists every refund or trial rule that has more than one reading', () => {
    const rules = [...(refundRules as readonly RefundRule[]), trialRule]
    const contested = rules.filter((r) => r.readings.length > 1)
    expect(contested.length).toBeGreaterThan(0)
    for (const rule of contested) {
      const listed = byId.get(rule.id)
      expect(listed, `rule ${rule.id} has ${rule.readings.length} readings`).toBeDefined()
      expect(listed?.readings).toEqual(rule.readings)
    }
  })

  it('gives each conflict a unique id', () => {
    const ids = conflicts.map((c) => c.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('cites only known sources, with a topic, readings and what we say', () => {
    for (const c of conflictsIn(policyTextsEn)) {
      expect(c.topic.trim(), c.id).not.toBe('')
      expect(c.weSay.trim(), c.id).not.toBe('')
      expect(c.readings.length, c.id).toBeGreaterThan(0)
      for (const r of c.readings) {
        expect(r.sources.length, `${c.id}: "${r.says}"`).toBeGreaterThan(0)
        for (const id of r.sources)
          expect(isSourceId(id), `${c.id}: unknown source ${id}`).toBe(true)
      }
    }
  })

  it('records the Google Play conflict after 48 hours, with both readings and the advice', () => {
    const google = conflictsIn(policyTextsEn).find((c) => c.id === 'google-play-after-48h')
    expect(google).toBeDefined()
    const readings = google?.readings ?? []
    expect(readings).toContainEqual(
      expect.objectContaining({ sources: ['google-play-refund'], standing: 'other' }),
    )
    expect(readings).toContainEqual(
      expect.objectContaining({ sources: ['coursera-terms'], standing: 'binding' }),
    )
    expect(google?.weSay).toMatch(/Google Play first/)
    expect(google?.weSay).toMatch(/refund request form/)
    expect(google?.weSay).toMatch(/support/)
    expect(google?.weSay).toMatch(/in writing/)
    // The advice never tells a reader that Coursera will decide.
    expect(google?.weSay).not.toMatch(/(?<!never say that )Coursera (will )?decides?/)
  })

  it('registers the disagreements the guides show in prose', () => {
    for (const id of [
      'pause',
      'trial-certificates',
      'trial-counting',
      'apple-24-hours',
      'apple-trial-access',
      'statement-descriptors',
      'store-list-missing',
      'web-cancel-labels',
      'free-trial',
      'plus-monthly',
      'one-time-purchase',
    ])
      expect(byId.has(id), id).toBe(true)
  })
})
