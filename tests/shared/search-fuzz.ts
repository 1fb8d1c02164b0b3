import fc from 'fast-check'

/**
 * Generated search queries for the API and the results page, and the checks each exchange
 * must pass, whichever way it was sent: in-process (tests/unit/search-fuzz.test.ts) or over
 * HTTP (tests/e2e/fuzz.spec.ts).
 */

/** Markup that must never come back as markup. */
export const markup = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '<b>bold</b>',
  "'><svg onload=alert(1)>",
  '</title><mark>x</mark>',
]
const words = [
  'refund',
  'cancel',
  'remboursement',
  'résilier',
  'resilier',
  'certificate',
  'apple',
  'google',
  'delete',
  'supprimer',
  'coursera',
  'plus',
  '10',
  'days',
  'jours',
  'the',
  'de',
  'subscriptoin',
  'a',
]
const strange = [
  '\u0000',
  '\u0007',
  '\t',
  '\n',
  '\u202e',
  'مرحبا',
  'שלום',
  '😀',
  '\ud800',
  '\u00a0',
  'ﬁ',
  '%',
  '&',
  '=',
  '#',
  '+',
  '*',
  '"',
  "'",
  '\\',
]
/** Raw pieces that break percent-encoding or UTF-8 when put in the query string as they are. */
const brokenRaw = ['%', '%zz', '%E0%A4%A', '%ED%A0%80', '%FF', '%C3%28', '%00', '%%41', '%2']

interface Pair {
  key: string
  value: string | null
  /** The value goes into the query string as it is, not encoded. */
  raw?: boolean
}

const text = fc.oneof(
  {
    weight: 5,
    arbitrary: fc
      .array(fc.constantFrom(...words), { minLength: 1, maxLength: 6 })
      .map((w) => w.join(' ')),
  },
  { weight: 2, arbitrary: fc.constantFrom(...markup) },
  {
    weight: 2,
    arbitrary: fc
      .array(fc.constantFrom(...strange, ...words), { minLength: 1, maxLength: 8 })
      .map((w) => w.join('')),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 195, max: 600 }).map((n) => 'refund '.repeat(n).slice(0, n)),
  },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '   \t ') },
)
const qPair: fc.Arbitrary<Pair> = fc.oneof(
  { weight: 8, arbitrary: text.map((value) => ({ key: 'q', value })) },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(...brokenRaw)
      .map((value) => ({ key: 'q', value: `refund${value}`, raw: true })),
  },
  { weight: 1, arbitrary: fc.constant({ key: 'q', value: null }) },
)
const langPair: fc.Arbitrary<Pair> = fc
  .constantFrom('en', 'fr', 'de', '', 'EN', 'fr ', '<b>fr</b>', 'en&lang=fr')
  .map((value) => ({ key: 'lang', value }))
const otherPair: fc.Arbitrary<Pair> = fc.record({
  key: fc.constantFrom('x', 'Q', 'q[]', '<i>', 'page'),
  value: text,
})
const query = fc
  .tuple(
    fc.oneof(
      { weight: 6, arbitrary: qPair.map((p) => [p]) },
      { weight: 1, arbitrary: fc.constant([] as Pair[]) },
      { weight: 1, arbitrary: fc.tuple(qPair, qPair) },
    ),
    fc.option(langPair, { freq: 2 }),
    fc.array(otherPair, { maxLength: 1 }),
  )
  .chain(([qs, lang, others]) =>
    fc.shuffledSubarray([...qs, ...(lang ? [lang] : []), ...others], {
      minLength: qs.length + (lang ? 1 : 0) + others.length,
    }),
  )

/** Percent-encoded; a lone surrogate (which cannot be) goes as the replacement character. */
function component(value: string): string {
  return encodeURIComponent(
    value.replace(
      /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
      '\ufffd',
    ),
  )
}

function encode(pairs: readonly Pair[]): string {
  return pairs
    .map((p) => {
      const key = component(p.key)
      if (p.value === null) return key
      return `${key}=${p.raw ? p.value : component(p.value)}`
    })
    .join('&')
}

export interface SearchFuzzCase {
  index: number
  /** The query string, as a browser would send it. */
  qs: string
  payloads: string[]
  kinds: string[]
  /** The page to compare with: the edition the query's lang names, English otherwise. */
  pagePath: string
}

function kindsOf(pairs: readonly Pair[]): string[] {
  const qs = pairs.filter((p) => p.key === 'q')
  const all = pairs.map((p) => `${p.key}${p.value ?? ''}`).join('')
  const kinds: [string, boolean][] = [
    ['markup', markup.some((m) => all.includes(m))],
    ['broken encoding', pairs.some((p) => p.raw)],
    ['long', qs.some((p) => [...(p.value ?? '')].length > 200)],
    ['control characters', /[\u0000-\u001f]/.test(all)],
    ['right to left', /[\u0590-\u08ff\u202e]/.test(all)],
    ['repeated q', qs.length > 1],
    ['no q', qs.length === 0],
    ['blank q', qs.some((p) => p.value !== null && p.value.trim() === '')],
    [
      'unknown lang',
      pairs.some((p) => p.key === 'lang' && !['en', 'fr', ''].includes(p.value?.trim() ?? '')),
    ],
  ]
  return kinds.filter(([, on]) => on).map(([name]) => name)
}

/** The queries of one run: the same seed and count always give the same queries. */
export function makeSearchCases(seed: number, runs: number): SearchFuzzCase[] {
  return fc.sample(query, { seed, numRuns: runs }).map((pairs, index) => {
    const lang = pairs.find((p) => p.key === 'lang')?.value?.trim()
    return {
      index,
      qs: encode(pairs),
      payloads: markup.filter((m) => pairs.some((p) => `${p.key}${p.value}`.includes(m))),
      kinds: kindsOf(pairs),
      pagePath: lang === 'fr' ? '/fr/recherche' : '/search',
    }
  })
}

export const requiredSearchKinds = [
  'markup',
  'broken encoding',
  'long',
  'control characters',
  'right to left',
  'repeated q',
  'no q',
  'unknown lang',
]

interface ApiResult {
  url: string
  title: string
  section: string
  snippet: string
  marks: [number, number][]
}

/** The results a page lists: each link's address and how many words it marks. */
export function readResultsPage(html: string): { urls: string[]; marks: number } | null {
  const list = /<ol class="search-results"[^>]*>([\s\S]*?)<\/ol>/.exec(html)
  if (!list) return null
  const urls = [...list[1]!.matchAll(/<a href="([^"]*)" class="search-result-link">/g)].map((m) =>
    m[1]!.replace(/&amp;/g, '&'),
  )
  return { urls, marks: (list[1]!.match(/<mark>/g) ?? []).length }
}

/**
 * The checks for one exchange: no 5xx and nothing echoed as markup on either side; the API
 * answers 200 with at most 10 well-formed results, or 400 with errors on q or lang; the page
 * answers 200 and, when the API answered for the page's language, lists the same places in
 * the same order with the same number of marked words.
 */
export function checkSearchExchange(
  c: SearchFuzzCase,
  api: { status: number; text: string },
  page: { status: number; html: string },
): { problems: string[]; api: 'results' | 'errors' | null; compared: boolean } {
  const problems: string[] = []
  for (const p of c.payloads) {
    if (api.text.includes(p)) problems.push(`API echoed ${p}`)
    if (page.html.includes(p)) problems.push(`page echoed ${p}`)
  }
  if (page.status !== 200) problems.push(`page answered ${page.status}`)
  let kind: 'results' | 'errors' | null = null
  let compared = false
  if (api.status !== 200 && api.status !== 400) problems.push(`API answered ${api.status}`)
  let body: { results?: ApiResult[]; errors?: { field: string; message: string }[]; lang?: string }
  try {
    body = JSON.parse(api.text) as typeof body
  } catch {
    problems.push('API answer is not JSON')
    return { problems, api: null, compared }
  }
  if (api.status === 200) {
    kind = 'results'
    const results = body.results ?? []
    if (!Array.isArray(body.results)) problems.push('no results array')
    if (results.length > 10) problems.push(`${results.length} results`)
    for (const r of results) {
      if (!r.url.startsWith('/')) problems.push(`result address ${r.url}`)
      let at = 0
      for (const [start, end] of r.marks) {
        if (start < at || end <= start || end > r.snippet.length)
          problems.push(`mark [${start}, ${end}] in a snippet of ${r.snippet.length}`)
        at = end
      }
    }
    const pageLang = c.pagePath === '/search' ? 'en' : 'fr'
    if (body.lang === pageLang) {
      const shown = readResultsPage(page.html)
      const urls = shown?.urls ?? []
      if (JSON.stringify(urls) !== JSON.stringify(results.map((r) => r.url)))
        problems.push(`page lists ${urls.join(' ')}; API ${results.map((r) => r.url).join(' ')}`)
      const marks = results.reduce((n, r) => n + r.marks.length, 0)
      if ((shown?.marks ?? 0) !== marks) problems.push(`page marks ${shown?.marks}; API ${marks}`)
      compared = true
    }
  } else if (api.status === 400) {
    kind = 'errors'
    const errors = body.errors ?? []
    if (errors.length === 0) problems.push('400 without errors')
    for (const e of errors) {
      if (e.field !== 'q' && e.field !== 'lang') problems.push(`error on ${e.field}`)
      if (!e.message) problems.push(`error on ${e.field} without a message`)
    }
  }
  return { problems, api: kind, compared }
}
