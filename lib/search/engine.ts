import MiniSearch, { type AsPlainObject, type Options, type Query } from 'minisearch'
import type { Guide } from '@/lib/content/types'
import { editionRoot, type Lang } from '@/lib/site'
import { maxResults } from './limits'
import {
  hitOf,
  makeScorer,
  scoreOf,
  tallyQuery,
  type ScoredHit,
  type Scorer,
  type TermQuery,
} from './scoring'
import {
  editDistance,
  fold,
  hasSynonyms,
  isKnownWord,
  isStopWord,
  joinedNames,
  phraseWords,
  termsOf,
  tokens,
  type Token,
} from './terms'

/**
 * The search over one edition's guides, with MiniSearch (docs/decisions/search.md): the index
 * is built from lib/content's compiled guides at build time (scripts/build-search-index.mjs)
 * and loaded by the server; a query gives at most 10 places, best first, each with a snippet
 * and the ranges of the words that matched.
 */

/** One place a result can point at. */
export interface IndexedPlace {
  /** The exact address: "/cancel/web#open-my-purchases", or the page's own for a page. */
  url: string
  /** The page's title. */
  page: string
  /** The section, step or item title; "" for the page itself. */
  title: string
  kind: 'page' | 'section' | 'step' | 'item'
  text: string
}

/** What the build writes for one edition and the server reads. */
export interface SearchIndexFile {
  lang: Lang
  places: IndexedPlace[]
  /** Every word of the edition without accents, most used first: where typos are mended. */
  words: string[]
  index: AsPlainObject
}

export interface SearchResult {
  url: string
  title: string
  section: string
  snippet: string
  /** [start, end) ranges in `snippet` of the words that matched, in UTF-16 code units. */
  marks: [number, number][]
}

/**
 * How much each part of a place counts, chosen on the relevance table
 * (tests/fixtures/search-queries.json; docs/decisions/search.md has the figures):
 * - heading, context (the page's title and description), text and refs (the words around
 *   links to the place): MiniSearch's field boosts;
 * - pageItself, item: a whole page, and a checklist item, ready message or door, against a
 *   section or a step (1), since readers want the exact place;
 * - hub: a hub page whose title and description hold every word asked;
 * - cover: the bonus for each asked word the place's heading (or its page's
 *   title and description) holds;
 * - k, b, d: BM25's own (MiniSearch's defaults are 1.2, 0.7, 0.5).
 */
export const weights = {
  heading: 1,
  context: 0.5,
  text: 1,
  refs: 0.6,
  pageItself: 0.3,
  hub: 2,
  item: 0.8,
  cover: 1,
  k: 1.2,
  b: 0.5,
  d: 0,
}

/** What the index holds of a place: its heading is the page's title for the page itself. */
type IndexedDoc = IndexedPlace & { id: number; heading: string; context: string; refs: string }

function options(lang: Lang): Options<IndexedDoc> {
  return {
    fields: ['heading', 'context', 'text', 'refs'],
    storeFields: [],
    // Index: words split here, each made into its terms (accents, case, stems); stop words
    // are left out. Queries arrive as terms already (see `queryOf`), so they pass as they are.
    tokenize: (text, field) =>
      field
        ? [...tokens(text).map((t) => t.word), ...joinedNames(text), ...phraseWords(text, lang)]
        : [text],
    processTerm: (word, field) => {
      if (!field) return word
      return isStopWord(word, lang) ? null : termsOf(word, lang)
    },
    searchOptions: { fuzzy: false, prefix: false },
  }
}

/**
 * Builds one edition's index from its compiled guides. Each place is indexed by its heading
 * (the page's title for the page itself), its page (title and description: the context a
 * section is read in), its text, and the words around the links that point at it from
 * anywhere in the edition ("No Cancel button at all? Go to …" describes #if-cancel-is-missing).
 */
export function buildSearchIndex(guides: readonly Guide[], lang: Lang): SearchIndexFile {
  const places: IndexedPlace[] = []
  const docs: IndexedDoc[] = []
  const at = new Map<string, number>()
  for (const guide of guides) {
    const { title, description } = guide.frontmatter
    for (const doc of guide.searchDocs) {
      const url = doc.id ? `${guide.slug}#${doc.id}` : guide.slug
      at.set(url, places.length)
      const place: IndexedPlace = {
        url,
        page: title,
        title: doc.title,
        kind: doc.kind,
        text: doc.text,
      }
      docs.push({
        ...place,
        id: places.length,
        // A page's procedure (its "Steps") does what the page's title says.
        heading: doc.kind === 'page' ? title : doc.procedure ? `${doc.title} ${title}` : doc.title,
        context: `${title} ${description}`,
        refs: '',
      })
      places.push(place)
    }
  }
  for (const guide of guides) {
    for (const doc of guide.searchDocs) {
      const from = doc.id ? `${guide.slug}#${doc.id}` : guide.slug
      for (const link of doc.links) {
        const href = link.href.startsWith('#') ? `${guide.slug}${link.href}` : link.href
        const target = at.get(href)
        if (target === undefined || href === from) continue
        docs[target]!.refs += ` ${link.text}`
      }
    }
  }
  const search = new MiniSearch(options(lang))
  search.addAll(docs)
  const counts = new Map<string, number>()
  for (const p of places)
    for (const t of tokens(`${p.page} ${p.title} ${p.text}`)) {
      const word = fold(t.word)
      counts.set(word, (counts.get(word) ?? 0) + 1)
    }
  const words = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w)
  return { lang, places, words, index: search.toJSON() }
}

export interface LoadedIndex {
  lang: Lang
  places: IndexedPlace[]
  /** The pages that lead to other pages (/cancel leads to /cancel/web …), by place. */
  hubs: ReadonlySet<number>
  words: string[]
  known: ReadonlySet<string>
  /** Words mended so far (`mended`), by the word as typed without accents. */
  mends: Map<string, string>
  /** MiniSearch's ranking, with each term's parts worked out once (lib/search/scoring.ts). */
  scorer: Scorer
}

/** How much a place of each kind weighs against a section or a step. */
function kindWeight(kind: IndexedPlace['kind']): number {
  return kind === 'page' ? weights.pageItself : kind === 'item' ? weights.item : 1
}

/** The ranking settings, for the scorer and for MiniSearch's own search alike. */
function rankingOf(places: readonly IndexedPlace[]) {
  return {
    boosts: [
      ['heading', weights.heading],
      ['context', weights.context],
      ['text', weights.text],
      ['refs', weights.refs],
    ] as const,
    bm25: { k: weights.k, b: weights.b, d: weights.d },
    boostDocument: (id: number) => kindWeight(places[id]!.kind),
  }
}

export function loadSearchIndex(file: SearchIndexFile): LoadedIndex {
  return {
    lang: file.lang,
    places: file.places,
    hubs: new Set(
      file.places.flatMap((p, i) =>
        p.kind === 'page' &&
        // Not the edition's home page, which leads to every page.
        p.url !== (editionRoot[file.lang] || '/') &&
        file.places.some((q) => q.kind === 'page' && q.url.startsWith(`${p.url}/`))
          ? [i]
          : [],
      ),
    ),
    words: file.words,
    known: new Set(file.words),
    mends: new Map(),
    scorer: makeScorer(file.index, rankingOf(file.places)),
  }
}

/**
 * MiniSearch's own search over the same index with the same settings: what the scorer is
 * held to (tests/unit/search-scoring.test.ts). Not used to answer readers.
 */
export function miniSearchReference(file: SearchIndexFile) {
  const search = MiniSearch.loadJS(file.index, options(file.lang))
  const ranking = rankingOf(file.places)
  return (queries: readonly TermQuery[]): ScoredHit[] => {
    const spec = new Map(queries.map((q) => [q.term, q]))
    return search
      .search({ combineWith: 'OR', queries: queries.map((q) => q.term) } as Query, {
        prefix: (term) => spec.get(term)?.prefix ?? false,
        boostTerm: (term) => spec.get(term)?.boost ?? 1,
        bm25: ranking.bm25,
        boost: Object.fromEntries(ranking.boosts),
        boostDocument: ranking.boostDocument,
        tokenize: (s) => [s],
        processTerm: (t) => t,
      })
      .map((r) => ({
        id: r.id as number,
        score: r.score,
        terms: r.terms,
        queryTerms: r.queryTerms,
        match: r.match,
      }))
  }
}

/** The words of a query that are looked up: stop words only when nothing else is left. */
function queryWords(query: string, lang: Lang): string[] {
  // Joined names first: the last word is the one still being typed.
  const words = [
    ...joinedNames(query),
    ...phraseWords(query, lang),
    ...tokens(query).map((t) => t.word),
  ]
  const content = words.filter((w) => !isStopWord(w, lang))
  return content.length > 0 ? content : words
}

/**
 * A reader's word as the site spells it: a word of 6 letters or more that the site never
 * uses becomes the most used site word within one edit (two from 8 letters), if any.
 */
export function mended(word: string, index: LoadedIndex): string {
  const folded = fold(word)
  if (
    folded.length < 6 ||
    index.known.has(folded) ||
    /\p{N}/u.test(folded) ||
    isKnownWord(word, index.lang)
  )
    return word
  const known = index.mends.get(folded)
  if (known !== undefined) return known
  const max = folded.length >= 8 ? 2 : 1
  let best = word
  let distance = max + 1
  for (const candidate of index.words) {
    const d = editDistance(folded, candidate, max)
    if (d < distance) {
      best = candidate
      distance = d
      if (d === 1) break
    }
  }
  // Remembered, as stems are: the same unknown word is looked up once per process.
  if (index.mends.size > 10_000) index.mends.clear()
  index.mends.set(folded, best)
  return best
}

/**
 * A query as MiniSearch's terms: the terms of every word (its stem and its meaning,
 * lib/search/terms.ts), OR-ed, so the places that match most of the words, in their titles
 * most, come first. A typo is mended first (`mended`); the last word also matches as the
 * start of a longer one, since with JavaScript results come as the reader types.
 */
function queryOf(words: readonly string[], index: LoadedIndex) {
  const terms = words.map((w) => termsOf(mended(w, index), index.lang))
  const last = words[words.length - 1]!
  const open =
    fold(last).length >= 3 && !index.known.has(fold(last)) ? terms[terms.length - 1]![0] : null
  // A word in no synonym group has its stem twice ("stem", "~stem"), with the same places
  // and counts in the index: it is looked up once at twice the weight, which scores the
  // same for half the work. A word read as the start of a longer one keeps both, since only
  // its stem is matched as a prefix.
  const twice = new Set<string>()
  const queries = new Set<string>()
  for (const [stem, meaning] of terms as [string, string][]) {
    queries.add(stem)
    if (!hasSynonyms(stem, index.lang) && stem !== open) twice.add(stem)
    else queries.add(meaning)
  }
  return {
    terms,
    queries: [...queries].map((term): TermQuery => ({
      term,
      boost: twice.has(term) ? 2 : 1,
      prefix: term === open,
    })),
    twice,
  }
}

/** The term queries a reader's question is looked up with (see `queryOf`). */
export function termQueriesOf(query: string, index: LoadedIndex): TermQuery[] {
  const words = queryWords(query, index.lang)
  return words.length === 0 ? [] : queryOf(words, index).queries
}

/** The best places for a query, at most `limit`, each with a snippet and its marks. */
export function searchPlaces(
  index: LoadedIndex,
  query: string,
  limit = maxResults,
): SearchResult[] {
  const words = queryWords(query, index.lang)
  if (words.length === 0) return []
  const { terms, queries, twice } = queryOf(words, index)
  const tally = tallyQuery(index.scorer, queries)
  // A place whose own heading (or its page's title and description) names more of the
  // reader's words comes before one that holds them only somewhere in its text.
  const wordsOfTerm = new Map<string, number[]>()
  terms.forEach((own, i) => {
    for (const t of own) wordsOfTerm.set(t, [...(wordsOfTerm.get(t) ?? []), i])
  })
  const open = terms.length - 1
  const openStem = terms[open]![0]!
  /** How many of the reader's words a place's heading or context names. */
  const named = (pairs: readonly string[]) => {
    const covered = new Set<number>()
    for (let i = 0; i < pairs.length; i += 2) {
      const field = pairs[i + 1]
      if (field !== 'heading' && field !== 'context') continue
      const term = pairs[i]!
      const words = wordsOfTerm.get(term) ?? (term.startsWith(openStem) ? [open] : [])
      for (const w of words) covered.add(w)
    }
    return covered.size
  }
  const ranked = tally.order
    .map((short, at) => {
      const id = index.scorer.ids[short]!
      const queryTerms = tally.queryTerms[short]!
      const count = named(tally.pairs[short]!)
      const mini = scoreOf(tally, short)
      // MiniSearch multiplies a place's score by the number of query terms it matched; a
      // term looked up once for two counts twice there too.
      const matched = queryTerms.length
      const counted = matched + queryTerms.filter((t) => twice.has(t)).length
      return {
        short,
        at,
        mini,
        score:
          (mini / matched) *
          counted *
          (1 + (weights.cover * count) / terms.length) *
          // A question that names only a hub's topic ("résilier abonnement") opens the hub,
          // which sends each reader to their own channel, before any one channel's steps.
          (index.hubs.has(id) && count === terms.length ? weights.hub / weights.pageItself : 1),
      }
    })
    // Places of equal score keep MiniSearch's order: its score, then the order its maps hold
    // places in (the tally's).
    .sort((a, b) => b.score - a.score || b.mini - a.mini || a.at - b.at)
  return ranked.slice(0, limit).map(({ short }) => {
    const hit = hitOf(index.scorer, tally, short)
    const place = index.places[hit.id]!
    const { snippet, marks } = snippetOf(place.text, new Set(hit.terms), index.lang)
    return { url: place.url, title: place.page, section: place.title, snippet, marks }
  })
}

/** A place's words, and where each term stands among them, worked out once per text. */
interface TextWords {
  words: Token[]
  /** Each term → the indices of the words that have it, in order. */
  at: Map<string, number[]>
}
const wordCache: Record<Lang, Map<string, TextWords>> = { en: new Map(), fr: new Map() }
function wordsOf(text: string, lang: Lang): TextWords {
  let known = wordCache[lang].get(text)
  if (!known) {
    const words = tokens(text)
    const at = new Map<string, number[]>()
    words.forEach((t, i) => {
      if (isStopWord(t.word, lang)) return
      for (const term of termsOf(t.word, lang)) {
        const list = at.get(term)
        if (!list) at.set(term, [i])
        else if (list[list.length - 1] !== i) list.push(i)
      }
    })
    known = { words, at }
    // The guides' texts are a few hundred; anything else (a test's) is not kept for long.
    if (wordCache[lang].size > 2000) wordCache[lang].clear()
    wordCache[lang].set(text, known)
  }
  return known
}

const snippetLength = 180
const lead = 40

/**
 * A short stretch of the place's text around the most matched words, cut at spaces, with
 * "…" where it was cut, and the ranges of the matched words in it.
 */
export function snippetOf(
  text: string,
  matched: ReadonlySet<string>,
  lang: Lang,
): { snippet: string; marks: [number, number][] } {
  const { words, at } = wordsOf(text, lang)
  const found = new Set<number>()
  for (const term of matched) for (const i of at.get(term) ?? []) found.add(i)
  const hits = [...found].sort((a, b) => a - b).map((i) => words[i]!)
  let from = 0
  if (hits.length > 0) {
    // The window that holds the most matched words; the earliest of equals.
    let best = 0
    let bestCount = 0
    for (let i = 0; i < hits.length; i++) {
      let count = 0
      for (let j = i; j < hits.length && hits[j]!.end <= hits[i]!.start + snippetLength - lead; j++)
        count++
      if (count > bestCount) {
        best = i
        bestCount = count
      }
    }
    from = Math.max(0, hits[best]!.start - lead)
    if (from > 0) {
      const space = text.indexOf(' ', from)
      from = space >= 0 && space < hits[best]!.start ? space + 1 : hits[best]!.start
    }
  }
  let to = Math.min(text.length, from + snippetLength)
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to)
    if (space > from) to = space
  }
  const before = from > 0 ? '…' : ''
  const after = to < text.length ? '…' : ''
  const snippet = `${before}${text.slice(from, to).trim()}${after}`
  const shift =
    before.length - from - (text.slice(from, to).length - text.slice(from, to).trimStart().length)
  const marks = hits
    .filter((h) => h.start >= from && h.end <= to)
    .map((h): [number, number] => [h.start + shift, h.end + shift])
  return { snippet, marks }
}

/** Words that say a query is about getting money back or a date (any number counts too). */
const refundWords: Record<Lang, readonly string[]> = {
  en: ['refund', 'money', 'reimburse', 'deadline', 'days', 'weeks', 'late', 'eligible', 'back'],
  fr: ['remboursement', 'rembourser', 'argent', 'délai', 'jours', 'semaines', 'tard', 'récupérer'],
}
const refundTerms: Record<Lang, ReadonlySet<string>> = {
  en: new Set(refundWords.en.flatMap((w) => termsOf(w, 'en'))),
  fr: new Set(refundWords.fr.flatMap((w) => termsOf(w, 'fr'))),
}

/** Whether a query asks about money back or dates, so the results also offer the refund check. */
export function asksAboutRefund(query: string, lang: Lang): boolean {
  return tokens(query).some(
    (t) => /^\p{N}+$/u.test(t.word) || termsOf(t.word, lang).some((x) => refundTerms[lang].has(x)),
  )
}
