import {
  caveats as caveatTable,
  premiumContentRule,
  refundRules,
  requestPlaces as placeTable,
  statutoryRules,
  trialRule,
  upgradeRules,
  type CaveatId,
  type Reading,
  type RequestAt,
} from '@/lib/policy/rules'
import { listConflicts, type OtherConflictId } from '@/lib/policy/conflicts'
import { getSource, sources, type Source, type SourceId } from '@/lib/policy/sources'
import type { Change, ChangeId } from '@/lib/policy/changes'
import type { ChangeWords, PlaceWords, PolicyTexts, RuleWords, SourceWords } from './policy-texts'

/**
 * The rule table with its words in one language: the shape /api/policy publishes and the
 * pages render. The table (lib/policy/rules.ts) holds ids and data; a catalogue
 * (lib/i18n/policy-texts.ts) holds the words; this joins them, once per catalogue.
 */

export type SaidReading = Reading & { says: string }

type Worded<R extends { id: string }> = R & RuleWords

/**
 * A rule with its words, keys in the order /api/policy has always published them: the title
 * after the id, the summary before the readings (or, without readings, before the caveats or
 * the sources).
 */
function worded(rule: { id: string }, words: RuleWords, said?: SaidReading[]) {
  const out: Record<string, unknown> = {}
  let summarised = false
  for (const [key, value] of Object.entries(rule)) {
    if (!summarised && (key === 'readings' || key === 'caveats' || key === 'sources')) {
      out.summary = words.summary
      summarised = true
    }
    out[key] = key === 'readings' && said ? said : value
    if (key === 'id') out.title = words.title
  }
  if (!summarised) out.summary = words.summary
  return out
}

function withReadings<R extends { id: string; readings: readonly Reading[] }>(
  rule: R,
  words: RuleWords & { readonly readings: readonly string[] },
): Omit<Worded<R>, 'readings'> & { readings: SaidReading[] } {
  return worded(rule, words, withSays(rule.readings, words.readings, rule.id)) as unknown as Omit<
    Worded<R>,
    'readings'
  > & {
    readings: SaidReading[]
  }
}

/** Each reading with what it says, in the order of the words; a reading without words throws. */
function withSays(
  readings: readonly Reading[],
  said: readonly string[],
  id: string,
): SaidReading[] {
  return readings.map((reading, i) => {
    const says = said[i]
    if (says === undefined) throw new Error(`Reading ${i} of ${id} has no words.`)
    return { says, ...reading }
  })
}

function withWords<R extends { id: string }>(rule: R, words: RuleWords): Worded<R> {
  return worded(rule, words) as unknown as Worded<R>
}

function build(t: PolicyTexts) {
  const rules = t.rules as Record<string, RuleWords & { readonly readings?: readonly string[] }>
  const ruleWords = (id: string) => {
    const words = rules[id]
    if (!words) throw new Error(`Rule ${id} has no words.`)
    return { ...words, readings: words.readings ?? [] }
  }
  return {
    refundRules: refundRules.map((r) => withReadings(r, ruleWords(r.id))),
    trialRule: withReadings(trialRule, ruleWords(trialRule.id)),
    premiumContentRule: withReadings(premiumContentRule, ruleWords(premiumContentRule.id)),
    statutoryRules: {
      eu: withWords(statutoryRules.eu, ruleWords(statutoryRules.eu.id)),
      uk: withWords(statutoryRules.uk, ruleWords(statutoryRules.uk.id)),
    },
    upgradeRules: upgradeRules.map((u) => withWords(u, ruleWords(u.id))),
    caveats: Object.fromEntries(
      (Object.keys(caveatTable) as CaveatId[]).map((id) => [
        id,
        { id, text: t.caveats[id], sources: caveatTable[id].sources },
      ]),
    ) as Record<
      CaveatId,
      { id: CaveatId; text: string; sources: (typeof caveatTable)[CaveatId]['sources'] }
    >,
    requestPlaces: Object.fromEntries(
      (Object.keys(placeTable) as RequestAt[]).map((at) => [
        at,
        { ...t.requestPlaces[at], ...placeTable[at] },
      ]),
    ) as Record<RequestAt, PlaceWords & (typeof placeTable)[RequestAt]>,
  }
}

export type PolicyView = ReturnType<typeof build>

const views = new WeakMap<PolicyTexts, PolicyView>()

/** The rule table in the words of one catalogue (joined once, then kept). */
export function policyIn(t: PolicyTexts): PolicyView {
  let view = views.get(t)
  if (!view) {
    view = build(t)
    views.set(t, view)
  }
  return view
}

/** Words for one rule by id: a refund rule, the trial, premium content, a statutory or upgrade rule. */
export function ruleWordsOf(t: PolicyTexts, id: string): RuleWords {
  const words = (t.rules as Record<string, RuleWords>)[id]
  if (!words) throw new Error(`Rule ${id} has no words.`)
  return words
}

/** A rule's readings with their words: for a rule an answer names (a refund rule or the trial). */
export function saidReadings(
  t: PolicyTexts,
  rule: { id: string; readings: readonly Reading[] },
): SaidReading[] {
  const words = (t.rules as Record<string, { readonly readings?: readonly string[] }>)[rule.id]
  return withSays(rule.readings, words?.readings ?? [], rule.id)
}

/** A disagreement between sources, in words: its topic, each reading, and what we say. */
export interface SaidConflict {
  id: string
  topic: string
  readings: SaidReading[]
  weSay: string
}

/**
 * Every recorded disagreement in one catalogue's words: a rule with several readings is
 * titled by the rule and answered by its summary; the others have words of their own.
 */
export function conflictsIn(t: PolicyTexts): SaidConflict[] {
  return listConflicts().map((c) => {
    if (c.fromRule) {
      const words = ruleWordsOf(t, c.id)
      return { id: c.id, topic: words.title, readings: saidReadings(t, c), weSay: words.summary }
    }
    const words = t.conflicts[c.id as OtherConflictId]
    return {
      id: c.id,
      topic: words.topic,
      readings: withSays(c.readings, words.readings, c.id),
      weSay: words.weSay,
    }
  })
}

/** A source with its words: names, what its date means, and any note. */
export type SaidSource = Source & SourceWords

const saidSources = new WeakMap<PolicyTexts, Map<string, SaidSource>>()

/** One source in one catalogue's words. */
export function sourceIn(t: PolicyTexts, id: SourceId): SaidSource {
  let known = saidSources.get(t)
  if (!known) {
    known = new Map()
    saidSources.set(t, known)
  }
  let said = known.get(id)
  if (!said) {
    const source = getSource(id)
    const words = t.sources[id]
    said = { ...source, ...words }
    known.set(id, said)
  }
  return said
}

/** Every source, in the order of the table, in one catalogue's words. */
export function sourcesIn(t: PolicyTexts): SaidSource[] {
  return sources.map((s) => sourceIn(t, s.id))
}

/** An entry of the change log with its words. */
export type SaidChange = Change & ChangeWords

/** Entries of the change log in one catalogue's words, in the order given. */
export function changesIn(t: PolicyTexts, changes: readonly Change[]): SaidChange[] {
  return changes.map((c) => {
    const words = t.changes[c.id as ChangeId]
    if (!words) throw new Error(`Change ${c.id} has no words.`)
    return { ...c, ...words }
  })
}
