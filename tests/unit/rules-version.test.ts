import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { products, channels, regions } from '@/lib/policy/products'
import { premiumContentRule, refundRules, statutoryRules, trialRule } from '@/lib/policy/rules'
import { rulesVersion } from '@/lib/policy/version'

/**
 * rulesVersion cannot go stale. Everything an answer of /api/refund-check can depend on is
 * fingerprinted: the rule table's data (not its sentences, which answers do not carry) and
 * the code that parses the query and decides. Every fingerprint ever shipped is in a ledger
 * with its version; a new fingerprint without a new version fails here.
 */
const ledgerPath = fileURLToPath(new URL('../fixtures/rules-versions.json', import.meta.url))
const decisionCode = [
  'assess-refund.ts',
  'refund-query.ts',
  'dates.ts',
  'browser-dates.ts',
  'products.ts',
].map((name) =>
  readFileSync(fileURLToPath(new URL(`../../lib/policy/${name}`, import.meta.url)), 'utf8'),
)

function fingerprint(): string {
  const data = {
    // Sentences and review dates are left out: answers carry none of them.
    rules: refundRules.map((r) => {
      const shape = Object.fromEntries(
        Object.entries(r).filter(
          ([k]) => !['title', 'summary', 'readings', 'caveats', 'reviewed'].includes(k),
        ),
      )
      return { ...shape, windows: r.readings.map((x) => [x.windowDays, x.sources, x.standing]) }
    }),
    trial: [trialRule.defaultDays, trialRule.minDays, trialRule.maxDays, trialRule.sources],
    premium: premiumContentRule.sources,
    statutory: Object.values(statutoryRules).map((s) => [s.id, s.days, s.rollWeekend, s.sources]),
    values: [products, channels, regions],
  }
  const hash = createHash('sha256').update(JSON.stringify(data))
  for (const code of decisionCode) hash.update(code.replace(/\s+/g, ' '))
  return hash.digest('hex').slice(0, 16)
}

describe('rulesVersion', () => {
  const ledger = JSON.parse(readFileSync(ledgerPath, 'utf8')) as Record<string, string>

  it('names the current rules and decision code', () => {
    const current = fingerprint()
    if (process.env.RECORD_RULES_VERSION === '1' && !ledger[current]) {
      writeFileSync(
        ledgerPath,
        JSON.stringify({ ...ledger, [current]: rulesVersion }, null, 2) + '\n',
      )
      ledger[current] = rulesVersion
    }
    expect(
      ledger[current],
      `The rule table or the decision code changed (fingerprint ${current}). Give lib/policy/version.ts a new rulesVersion, then record it: RECORD_RULES_VERSION=1 npx vitest run tests/unit/rules-version.test.ts. A deploy with a new rulesVersion must purge shared caches (README, "Deploying").`,
    ).toBe(rulesVersion)
  })

  it('never gives two different rule sets the same version', () => {
    const versions = Object.values(ledger)
    expect(new Set(versions).size).toBe(versions.length)
  })
})
