import type { AsPlainObject } from 'minisearch'
import SearchableMap from 'minisearch/SearchableMap'

/**
 * MiniSearch's ranking (BM25+, field and term boosts, prefix terms, the matched-terms factor),
 * worked out from the index it serialized at build time, with each term's BM25 parts computed
 * once when the index is loaded instead of on every query. Same formula, same order of
 * operations, so the same scores: tests/unit/search-scoring.test.ts holds it to MiniSearch's
 * own `search` on thousands of questions. Why: docs/decisions/search.md (a question's time
 * went mostly to MiniSearch recomputing these parts and building objects per match).
 */

/** One query term, as MiniSearch's query spec has it (fuzzy matching is not used). */
export interface TermQuery {
  term: string
  boost: number
  /** Also match the longer terms that start with it. */
  prefix: boolean
}

/** A matched place, in the shape of MiniSearch's SearchResult (the fields read here). */
export interface ScoredHit {
  id: number
  score: number
  /** The index terms that matched, prefix extensions included. */
  terms: string[]
  /** The query terms that matched. */
  queryTerms: string[]
  /** Each matched index term → the fields it matched in. */
  match: Record<string, string[]>
}

export interface ScoringOptions {
  /** Fields in MiniSearch's order, each with its boost. */
  boosts: readonly (readonly [string, number])[]
  bm25: { k: number; b: number; d: number }
  /** MiniSearch's boostDocument. */
  boostDocument: (id: number) => number
}

/** One term's places in one field: short ids and the BM25 part of each. */
interface FieldPostings {
  field: string
  boost: number
  docs: number[]
  raw: number[]
}

export interface Scorer {
  postings: Map<string, FieldPostings[]>
  /** Every term, in MiniSearch's own tree: its prefix lookups give terms in its order. */
  tree: SearchableMap<true>
  /** Short id → the document's id. */
  ids: number[]
  /** Short id → boostDocument's weight for it (a place's kind does not change). */
  docBoosts: number[]
}

/** MiniSearch's prefix weight (its default `weights.prefix`). */
const prefixWeight = 0.375

/** MiniSearch's BM25+ term score. */
function bm25(
  termFreq: number,
  matchingCount: number,
  totalCount: number,
  fieldLength: number,
  avgFieldLength: number,
  { k, b, d }: ScoringOptions['bm25'],
): number {
  const invDocFreq = Math.log(1 + (totalCount - matchingCount + 0.5) / (matchingCount + 0.5))
  return (
    invDocFreq *
    (d + (termFreq * (k + 1)) / (termFreq + k * (1 - b + (b * fieldLength) / avgFieldLength)))
  )
}

/** A scorer for an index as MiniSearch's `toJSON` wrote it (serialization version 2). */
export function makeScorer(index: AsPlainObject, options: ScoringOptions): Scorer {
  if (index.serializationVersion !== 2) {
    throw new Error(`search index: serialization version ${index.serializationVersion}, not 2`)
  }
  const ids: number[] = []
  for (const [short, id] of Object.entries(index.documentIds)) ids[Number(short)] = id as number
  const docBoosts = ids.map((id) => options.boostDocument(id))
  const postings = new Map<string, FieldPostings[]>()
  for (const [term, data] of index.index) {
    const fields: FieldPostings[] = []
    for (const [field, boost] of options.boosts) {
      const fieldId = index.fieldIds[field]
      const freqs = fieldId === undefined ? undefined : data[fieldId]
      if (fieldId === undefined || !freqs) continue
      // Object.keys gives integer keys in ascending order, as MiniSearch's loader reads them.
      const docs = Object.keys(freqs).map(Number)
      const raw = docs.map((doc) =>
        bm25(
          freqs[doc]!,
          docs.length,
          index.documentCount,
          index.fieldLength[doc]![fieldId]!,
          index.averageFieldLength[fieldId]!,
          options.bm25,
        ),
      )
      fields.push({ field, boost, docs, raw })
    }
    postings.set(term, fields)
  }
  // Filled in the index's order, as MiniSearch's loader fills its own.
  const tree = new SearchableMap<true>()
  for (const [term] of index.index) tree.set(term, true)
  return { postings, tree, ids, docBoosts }
}

/**
 * The index's terms that start with `prefix` and are longer, in the order MiniSearch's tree
 * gives them, so that scores add up in the same order as in MiniSearch.
 */
function longerTerms(scorer: Scorer, prefix: string): string[] {
  const terms: string[] = []
  for (const term of scorer.tree.atPrefix(prefix).keys()) {
    if (term.length > prefix.length) terms.push(term)
  }
  return terms
}

/** What one question's scoring keeps per place, indexed by short id. */
export interface Tally {
  /** The whole score so far, and the current query term's part of it. */
  total: Float64Array
  part: Float64Array
  /** 1 once a place has been seen by any query term, 2 by the current one (on top). */
  seen: Uint8Array
  inTerm: Uint8Array
  /** Places in the order MiniSearch's result maps first hold them. */
  order: number[]
  termOrder: number[]
  queryTerms: string[][]
  /** Index term, field, index term, field… in the order they matched. */
  pairs: string[][]
}

/**
 * MiniSearch's `termResults`: one index term's places added to the current query term's
 * part. The arithmetic is MiniSearch's, operation for operation.
 */
function termResults(
  scorer: Scorer,
  derivedTerm: string,
  termWeight: number,
  termBoost: number,
  tally: Tally,
): void {
  const fields = scorer.postings.get(derivedTerm)
  if (!fields) return
  for (const { field, boost, docs, raw } of fields) {
    for (let i = 0; i < docs.length; i++) {
      const short = docs[i]!
      const docBoost = scorer.docBoosts[short]!
      if (!docBoost) continue
      const weighted = termWeight * termBoost * boost * docBoost * raw[i]!
      if (tally.inTerm[short]) {
        tally.part[short] = tally.part[short]! + weighted
      } else {
        tally.inTerm[short] = 1
        tally.part[short] = weighted
        tally.termOrder.push(short)
      }
      ;(tally.pairs[short] ??= []).push(derivedTerm, field)
    }
  }
}

/**
 * The places that match any of the query terms (MiniSearch's OR), tallied as MiniSearch's
 * `search` scores them: each query term's part is summed on its own, then added to the
 * place's score in query order. `order` holds the places in the order MiniSearch's maps give
 * them; `hitOf` shapes one as MiniSearch's result, which only the best few need.
 */
export function tallyQuery(scorer: Scorer, queries: readonly TermQuery[]): Tally {
  const n = scorer.ids.length
  const tally: Tally = {
    total: new Float64Array(n),
    part: new Float64Array(n),
    seen: new Uint8Array(n),
    inTerm: new Uint8Array(n),
    order: [],
    termOrder: [],
    queryTerms: [],
    pairs: [],
  }
  for (const query of queries) {
    tally.termOrder.length = 0
    termResults(scorer, query.term, 1, query.boost, tally)
    if (query.prefix) {
      for (const term of longerTerms(scorer, query.term)) {
        const distance = term.length - query.term.length
        const weight = (prefixWeight * term.length) / (term.length + 0.3 * distance)
        termResults(scorer, term, weight, query.boost, tally)
      }
    }
    for (const short of tally.termOrder) {
      tally.inTerm[short] = 0
      if (tally.seen[short]) {
        tally.total[short] = tally.total[short]! + tally.part[short]!
      } else {
        tally.seen[short] = 1
        tally.total[short] = tally.part[short]!
        tally.order.push(short)
      }
      const own = (tally.queryTerms[short] ??= [])
      if (!own.includes(query.term)) own.push(query.term)
    }
  }
  return tally
}

/** A tallied place's score as MiniSearch gives it: the sum times the query terms it matched. */
export function scoreOf(tally: Tally, short: number): number {
  return tally.total[short]! * (tally.queryTerms[short]!.length || 1)
}

/** One tallied place in the shape of MiniSearch's result. */
export function hitOf(scorer: Scorer, tally: Tally, short: number): ScoredHit {
  const queryTerms = tally.queryTerms[short]!
  // A term that matched again under a later query term lists its fields once, as
  // MiniSearch's merge of match objects leaves them.
  const match: Record<string, string[]> = {}
  const pairs = tally.pairs[short]!
  for (let i = 0; i < pairs.length; i += 2) {
    const term = pairs[i]!
    const field = pairs[i + 1]!
    const fields = Object.hasOwn(match, term) ? match[term]! : (match[term] = [])
    if (!fields.includes(field)) fields.push(field)
  }
  return {
    id: scorer.ids[short]!,
    score: scoreOf(tally, short),
    terms: Object.keys(match),
    queryTerms,
    match,
  }
}

/**
 * The places that match any of the query terms, best first, each as MiniSearch's `search`
 * returns it. Places of equal score keep the order MiniSearch's maps give them.
 */
export function scoreQuery(scorer: Scorer, queries: readonly TermQuery[]): ScoredHit[] {
  const tally = tallyQuery(scorer, queries)
  return tally.order.map((short) => hitOf(scorer, tally, short)).sort((a, b) => b.score - a.score)
}
