import { isDeepStrictEqual } from 'node:util'
import fc from 'fast-check'
import type { Verdict } from '../../lib/policy/assess-refund'
import { channels, products, regions } from '../../lib/policy/products'
import { isFormSubmission } from '../../lib/policy/refund-form'
import { fields } from '../../lib/policy/refund-query'
import { trialRule } from '../../lib/policy/rules'
import { readRefundPage } from './read-refund-page'

/**
 * Fuzzing the public contract: generated query strings, each sent to the JSON API
 * (/api/refund-check) and to the refund check page (/refunds/check), and the two answers
 * checked against each other. The in-process fuzz (tests/unit/refund-fuzz.test.ts) sends
 * 10,000 of them to the route handler and the page render; the end-to-end one
 * (tests/e2e/fuzz.spec.ts) sends a few hundred over HTTP. Every query is fixed by the seed,
 * so a failure replays exactly.
 */

/** Node's HTTP server refuses request heads over 16 KiB (431): stay well below. */
const maxQueryLength = 12_000

// Every verdict the API may give. A new verdict makes this a type error until it is listed.
const verdicts: Record<Verdict, true> = {
  eligible: true,
  contested: true,
  closed: true,
  'not-refundable': true,
  elsewhere: true,
  trial: true,
  'trial-ended': true,
}

/**
 * Markup a careless page would echo; each has a "<" (escaped by any correct page) and carries
 * "fz", so the page cannot contain it by chance.
 */
const markup = [
  '<script>fz(1)</script>',
  '"><img src=x onerror=fz(2)>',
  "'><svg onload=fz(3)>",
  '</title><h1 data-fz>',
  '</textarea><b data-fz>',
  '<a href="javascript:fz(4)">',
  '<!--fz--><style>*{}</style>',
  '</script><script>fz(5)</script>',
]

/** Percent-encoding no decoder accepts cleanly, sent as is. */
const brokenEncoding = [
  '%',
  '%%',
  '%2',
  '%ZZ',
  '%E0%A4%A',
  '%C3%28',
  '%FF%FE',
  '%ED%A0%80',
  '%u0041',
  '%00',
  '%0A',
]

interface Pair {
  key: string
  /** null: the key alone, without "=" */
  value: string | null
  /** which half is sent exactly as written (broken encoding), not percent-encoded */
  raw?: 'key' | 'value'
}

const isoDay = (offset: number) => {
  const d = new Date(Date.UTC(2026, 10, 26 + offset))
  return d.toISOString().slice(0, 10)
}
const date = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: -800, max: 40 }).map(isoDay) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '2026-02-29',
      '2026-02-30',
      '2026-04-31',
      '2026-13-01',
      '2026-00-10',
      '0000-00-00',
      '9999-99-99',
      '2999-01-01',
      '1970-01-01',
      '2028-02-29',
    ),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '20/11/2026',
      '2026/11/20',
      '2026-1-5',
      ' 2026-11-20 ',
      '2026-11-20T00:00',
      '+002026-11-20',
      '２０２６-１１-２０',
      '٢٠٢٦-١١-٢٠',
      '2026-11-20\u0000',
      'today',
    ),
  },
)
const trialDays = fc.oneof(
  fc.integer({ min: trialRule.minDays, max: trialRule.maxDays }).map(String),
  fc.integer({ min: -10, max: 1000 }).map(String),
  fc.constantFrom('07', '7.0', '1e1', '0x10', ' 7', '', '0', '00000000000000000007', 'seven'),
)
const yesNo = fc.constantFrom('yes', 'no', 'Yes', 'YES', 'y', 'true', '1', '', 'maybe')
const shortText = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 8 }).filter((s) => s.isWellFormed()), // lone surrogates go in as broken encoding instead
  fc.constantFrom('\u202e', '\ufeff', '\u200b', '𝟚𝟘𝟚𝟞', '👩‍👩‍👧', 'ß', 'İ', 'null', 'undefined'),
)
const markupValue = fc
  .tuple(fc.constantFrom('', 'course', '2026-11-07', ' '), fc.constantFrom(...markup))
  .map(([a, b]) => a + b)
const longValue = fc.oneof(
  fc.string({ unit: 'grapheme-ascii', minLength: 1000, maxLength: 2500 }),
  fc.integer({ min: 500, max: 3000 }).map((n) => '2026-11-07'.padEnd(n, '0')),
  fc.integer({ min: 500, max: 3000 }).map((n) => 'course'.repeat(n / 6)),
)
const brokenValue = fc
  .tuple(
    fc.stringMatching(/^[a-z0-9-]{0,6}$/),
    fc.constantFrom(...brokenEncoding),
    fc.stringMatching(/^[a-z0-9-]{0,6}$/),
  )
  .map(([a, b, c]) => a + b + c)
const anything = fc.oneof(shortText, markupValue, brokenValue)

/** A value of the kind this field takes, or something else that might arrive in it. */
function valueFor(field: string): fc.Arbitrary<string> {
  const own: Record<string, fc.Arbitrary<string>> = {
    product: fc.constantFrom(...products),
    channel: fc.constantFrom(...channels),
    region: fc.constantFrom(...regions),
    paid: date,
    trialStart: date,
    today: date,
    trialDays,
    certificate: yesNo,
    renewal: yesNo,
    upgrade: yesNo,
    accessed: yesNo,
    start: date,
    kind: fc.constantFrom('paid', 'trial', 'both', ''),
  }
  return fc.oneof({ weight: 5, arbitrary: own[field]! }, { weight: 1, arbitrary: shortText })
}

const contractKey = fc.constantFrom(...fields, 'kind')
const pair: fc.Arbitrary<Pair> = fc.oneof(
  {
    weight: 8,
    arbitrary: contractKey.chain((key) => valueFor(key).map((value) => ({ key, value }))),
  },
  { weight: 2, arbitrary: fc.record({ key: contractKey, value: markupValue }) },
  {
    weight: 2,
    arbitrary: fc.record({
      key: contractKey,
      value: brokenValue,
      raw: fc.constant('value' as const),
    }),
  },
  { weight: 1, arbitrary: fc.record({ key: contractKey, value: fc.constant(null) }) },
  { weight: 2, arbitrary: fc.record({ key: shortText.filter((k) => k !== ''), value: anything }) },
  { weight: 1, arbitrary: fc.record({ key: markupValue, value: markupValue }) },
  {
    weight: 1,
    arbitrary: fc.record({ key: brokenValue, value: anything, raw: fc.constant('key' as const) }),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(...fields)
      .chain((key) => longValue.map((value) => ({ key, value }))),
  },
)

/** A plausible base (so a fair share of queries get an answer) plus noise and repeats. */
const validBase: fc.Arbitrary<Pair[]> = fc
  .record({
    product: fc.constantFrom(...products),
    channel: fc.constantFrom(...channels),
    start: fc.oneof(
      fc.integer({ min: -400, max: 0 }).map((d) => [{ key: 'paid', value: isoDay(d) }]),
      fc.tuple(fc.integer({ min: -120, max: 0 }), fc.integer({ min: 1, max: 90 })).map(([d, n]) => [
        { key: 'trialStart', value: isoDay(d) },
        { key: 'trialDays', value: String(n) },
      ]),
    ),
    region: fc.option(fc.constantFrom(...regions), { nil: undefined }),
    today: fc.option(fc.integer({ min: -30, max: 0 }).map(isoDay), { nil: undefined }),
  })
  .map((b) => [
    { key: 'product', value: b.product },
    { key: 'channel', value: b.channel },
    ...b.start,
    ...(b.region ? [{ key: 'region', value: b.region }] : []),
    ...(b.today ? [{ key: 'today', value: b.today }] : []),
  ])

const query = fc
  .tuple(
    fc.oneof(validBase, fc.constant([] as Pair[])),
    fc.array(pair, { maxLength: 6 }),
    fc.boolean(),
  )
  .chain(([base, noise, shuffle]) =>
    shuffle
      ? fc.shuffledSubarray([...base, ...noise], { minLength: base.length + noise.length })
      : fc.constant([...base, ...noise]),
  )

function encode(pairs: readonly Pair[]): string {
  const parts = pairs.map((p) => {
    const key = p.raw === 'key' ? p.key : encodeURIComponent(p.key)
    if (p.value === null) return key
    return `${key}=${p.raw === 'value' ? p.value : encodeURIComponent(p.value)}`
  })
  // Long values can stack up; drop pairs from the end until the request fits.
  while (parts.join('&').length > maxQueryLength) parts.pop()
  return parts.join('&')
}

export interface FuzzCase {
  index: number
  q: string
  payloads: string[]
  kinds: string[]
}

const contractNames = new Set<string>([...fields, 'kind'])

/** What a query exercises, so the run can show (and assert) that every kind was generated. */
function kindsOf(pairs: readonly Pair[], q: string): string[] {
  const keys = pairs.map((p) => p.key)
  const kinds: [string, boolean][] = [
    ['markup', pairs.some((p) => markup.some((m) => `${p.key}${p.value}`.includes(m)))],
    ['broken encoding', pairs.some((p) => p.raw !== undefined)],
    ['long value', pairs.some((p) => (p.value?.length ?? 0) >= 500)],
    ['repeated key', new Set(keys).size < keys.length],
    ['unknown key', keys.some((k) => !contractNames.has(k))],
    ['key without value', pairs.some((p) => p.value === null)],
    ['non-ASCII', /%[C-F][0-9A-F]/i.test(q)],
    ['empty query', q === ''],
  ]
  return kinds.filter(([, on]) => on).map(([name]) => name)
}

/** The queries of one run: the same seed and count always give the same queries. */
export function makeCases(seed: number, runs: number): FuzzCase[] {
  return fc.sample(query, { seed, numRuns: runs }).map((pairs, index) => {
    const q = encode(pairs)
    return {
      index,
      q,
      payloads: markup.filter((m) => pairs.some((p) => `${p.key}${p.value}`.includes(m))),
      kinds: kindsOf(pairs, q),
    }
  })
}

const knownFields = new Set<string>(fields)

/** What each side showed for one query, for the run's tally. */
export interface Outcome {
  problems: string[]
  api: 'answer' | 'errors' | null
  page: 'answer' | 'errors' | 'form' | null
  /** The page's full answer was compared with the API's (a contract query, not a form). */
  compared: boolean
}

/**
 * The checks for one query, whichever way the two answers were fetched: neither side fails
 * (no 5xx) or echoes markup; the API answers 200 with a known verdict or 400 naming known
 * fields; the page shows the form, and an answer or an error summary exactly when the query
 * asks something; and for a query in the contract's terms, the page shows the API's answer
 * in full (verdict, every date, days left, where to ask, sources, rules version) or the
 * API's errors (each field and message, in the summary and at the field).
 */
export function checkExchange(
  c: FuzzCase,
  api: { status: number; text: string },
  page: { status: number; html: string },
): Outcome {
  const problems: string[] = []
  let apiKind: Outcome['api'] = null
  let body: { errors?: unknown } & Record<string, unknown> = {}
  for (const p of c.payloads) if (api.text.includes(p)) problems.push(`API echoed ${p}`)
  if (api.status !== 200 && api.status !== 400) {
    problems.push(`API answered ${api.status}, expected 200 or 400`)
  } else {
    try {
      body = JSON.parse(api.text)
    } catch {
      problems.push(`API answered ${api.status} with a body that is not JSON`)
    }
  }
  if (api.status === 200 && !problems.length) {
    if (typeof body.verdict !== 'string' || !(body.verdict in verdicts))
      problems.push(`API 200 without a known verdict: ${api.text.slice(0, 200)}`)
    else apiKind = 'answer'
  } else if (api.status === 400 && !problems.length) {
    const errors = body.errors
    if (!Array.isArray(errors) || errors.length === 0) {
      problems.push(`API 400 without errors: ${api.text.slice(0, 200)}`)
    } else {
      for (const e of errors as { field?: unknown; message?: unknown }[]) {
        if (typeof e.field !== 'string' || !knownFields.has(e.field))
          problems.push(`API error with an unknown field: ${JSON.stringify(e)}`)
        if (typeof e.message !== 'string' || e.message.trim() === '')
          problems.push(`API error without a message: ${JSON.stringify(e)}`)
      }
      apiKind = 'errors'
    }
  }

  if (page.status !== 200) {
    problems.push(`page answered ${page.status}, expected 200`)
    return { problems, api: apiKind, page: null, compared: false }
  }
  for (const p of c.payloads) if (page.html.includes(p)) problems.push(`page echoed ${p} unescaped`)
  if (!page.html.includes('id="refund-form"')) problems.push('page has no form')
  const shown = readRefundPage(page.html)
  for (const u of shown.unreadable) problems.push(`page: cannot read ${u}`)
  const answered = shown.answer !== null
  const refused = shown.errors !== null
  const pageKind: Outcome['page'] = answered ? 'answer' : refused ? 'errors' : 'form'
  // With no contract field in the query, the page is the empty form (no answer, no errors).
  // A form submission (`kind`, or a date typed in boxes) is answered or refused even when
  // it names no contract field: the form reports what is missing.
  const params = new URLSearchParams(c.q)
  const fromForm = isFormSubmission(Object.fromEntries(params))
  const asked = fromForm || fields.some((f) => params.has(f))
  if (asked && answered === refused)
    problems.push(
      `page shows ${answered ? 'both an answer and' : 'neither an answer nor'} the error summary`,
    )
  if (!asked && (answered || refused)) problems.push('page answers a query that asks nothing')

  // The page reads one contract with the API. A form submission is first read as the form
  // (questions it must ask, dates in boxes), which the API knows nothing of.
  const compared = asked && !fromForm && apiKind !== null
  if (compared && apiKind === 'answer') {
    if (!isDeepStrictEqual(shown.answer, body)) {
      const differ = Object.keys(body).filter(
        (k) => !isDeepStrictEqual(shown.answer?.[k as keyof typeof shown.answer], body[k]),
      )
      problems.push(
        `API and page answers differ in ${differ.join(', ') || 'shape'}: API ${JSON.stringify(body)}, page ${JSON.stringify(shown.answer)}`,
      )
    }
  } else if (compared && apiKind === 'errors') {
    const errors = body.errors as { field: string; message: string }[]
    if (!isDeepStrictEqual(shown.errors, errors))
      problems.push(
        `API errors ${JSON.stringify(errors)}, page's error summary ${JSON.stringify(shown.errors)}`,
      )
    // A field with two problems (a date that does not exist, and given with the other
    // date) lists both in the summary; the field itself shows the first.
    const atFields: Record<string, string> = {}
    for (const e of errors) atFields[e.field] ??= e.message
    if (!isDeepStrictEqual(shown.fieldErrors, atFields))
      problems.push(
        `API errors ${JSON.stringify(atFields)}, page's field errors ${JSON.stringify(shown.fieldErrors)}`,
      )
  }
  return { problems, api: apiKind, page: pageKind, compared }
}

/** Every kind of input a run must have generated in fair numbers, or it proves little. */
export const requiredKinds = [
  'markup',
  'broken encoding',
  'long value',
  'repeated key',
  'unknown key',
  'non-ASCII',
] as const
