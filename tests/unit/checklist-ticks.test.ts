import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { countTicked, parseTicks, ticksStorageKey, withTick } from '@/lib/checklist/ticks'

describe('reading stored ticks', () => {
  it.each([
    ['nothing stored', null, []],
    ['an empty string', '', []],
    [
      'a clean list',
      '["cancel-subscriptions","save-receipts"]',
      ['cancel-subscriptions', 'save-receipts'],
    ],
    ['broken JSON', '["cancel-subscriptions"', []],
    ['JSON that is not a list', '{"cancel-subscriptions":true}', []],
    ['a bare string', '"cancel-subscriptions"', []],
    ['null', 'null', []],
    ['numbers and objects among ids', '[1,{"a":1},"check-sign-in",null]', ['check-sign-in']],
    [
      'markup instead of an id',
      '["<img src=x onerror=alert(1)>","save-receipts"]',
      ['save-receipts'],
    ],
    ['upper case and spaces', '["Save Receipts","save-receipts"]', ['save-receipts']],
    ['duplicates', '["save-receipts","save-receipts"]', ['save-receipts']],
  ])('%s', (_name, raw, expected) => {
    expect(parseTicks(raw)).toEqual(expected)
  })

  it('never throws, whatever the browser holds', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (raw) => {
        const ticked = parseTicks(raw)
        expect(Array.isArray(ticked)).toBe(true)
        for (const id of ticked) expect(id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/)
      }),
    )
  })

  it('bounds the work a huge junk value can cause', () => {
    const many = JSON.stringify(Array.from({ length: 5000 }, (_, i) => `item-${i}`))
    expect(parseTicks(many).length).toBeLessThanOrEqual(100)
  })

  it('keeps its version in the storage key, so a new shape starts clean', () => {
    expect(ticksStorageKey).toMatch(/:v\d+$/)
  })
})

describe('ticking and unticking', () => {
  it('adds a tick once and removes it', () => {
    const once = parseTicks(withTick([], 'save-receipts', true))
    expect(once).toEqual(['save-receipts'])
    expect(parseTicks(withTick(once, 'save-receipts', true))).toEqual(['save-receipts'])
    expect(parseTicks(withTick(once, 'save-receipts', false))).toEqual([])
  })

  it('round-trips any set of ids through storage', () => {
    const id = fc.stringMatching(/^[a-z][a-z0-9]{0,8}(-[a-z0-9]{1,8}){0,3}$/)
    fc.assert(
      fc.property(fc.uniqueArray(id, { maxLength: 20 }), fc.array(fc.boolean()), (ids, ons) => {
        let stored = JSON.stringify([])
        const expected = new Set<string>()
        ids.forEach((item, i) => {
          const on = ons[i] ?? true
          stored = withTick(parseTicks(stored), item, on)
          if (on) expected.add(item)
          else expected.delete(item)
        })
        expect(new Set(parseTicks(stored))).toEqual(expected)
      }),
    )
  })

  it('counts only ticks of items on the current list', () => {
    expect(countTicked(['a-old-item', 'save-receipts'], ['save-receipts', 'check-sign-in'])).toBe(1)
  })
})
