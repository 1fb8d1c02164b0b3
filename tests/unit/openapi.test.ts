// @time-zones: the API answers with dates, and the server's day is a UTC day.
import Ajv2020 from 'ajv/dist/2020'
import { describe, expect, it, vi } from 'vitest'
import { GET as openapiGET } from '@/app/api/openapi.json/route'
import { GET as policyGET } from '@/app/api/policy/route'
import { GET as refundCheckGET } from '@/app/api/refund-check/route'
import { GET as searchGET } from '@/app/api/search/route'
import { isCalendarDate } from '@/lib/policy/dates'
import { apiAddresses, licence, schemaVersion } from '@/lib/open-data'
import { channels, products, regions } from '@/lib/policy/products'
import { fields } from '@/lib/policy/refund-query'
import { requestPlaces } from '@/lib/policy/rules'
import { sourceIds } from '@/lib/policy/sources'

vi.mock('@/lib/search/index.server', async () => {
  const { testIndexes } = await import('./search-index')
  const indexes = await testIndexes()
  return { searchIndex: (lang: 'en' | 'fr') => indexes[lang] }
})

/**
 * /api/openapi.json checked against what the APIs really answer: each route handler is
 * called in-process and its body validated against the document's own schemas (OpenAPI 3.1
 * schemas are JSON Schema 2020-12), and the document's enums against lib/policy.
 */

type Doc = {
  openapi: string
  info: { title: string; version: string; license: { identifier: string } }
  paths: Record<
    string,
    {
      get: {
        parameters?: {
          name: string
          in: string
          required: boolean
          schema: { enum?: unknown[]; default?: unknown; minimum?: number; maximum?: number }
        }[]
        responses: Record<string, { content?: Record<string, { schema: { $ref: string } }> }>
      }
    }
  >
  components: { schemas: Record<string, Record<string, unknown>> }
}

const doc = (await openapiGET().json()) as Doc

// The OpenAPI keywords around the schemas are not JSON Schema: tell Ajv they exist, then let
// every `#/components/schemas/...` reference resolve inside the document itself.
const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false })
ajv.addVocabulary(['openapi', 'info', 'servers', 'paths', 'components'])
ajv.addFormat('date', { type: 'string', validate: (v: string) => isCalendarDate(v) })
ajv.addFormat('uri', {
  type: 'string',
  validate: (v: string) => URL.canParse(v) && /^[a-z][a-z0-9+.-]*:/i.test(v),
})
ajv.addSchema(doc, 'openapi.json')

function validator(path: string, status: string) {
  const ref = doc.paths[path]?.get.responses[status]?.content?.['application/json']?.schema.$ref
  if (!ref) throw new Error(`no JSON schema for ${status} of ${path}`)
  const validate = ajv.getSchema(`openapi.json${ref}`)
  if (!validate) throw new Error(`cannot resolve ${ref}`)
  return validate
}

function expectValid(validate: ReturnType<typeof validator>, body: unknown) {
  const ok = validate(body)
  expect(ok ? [] : validate.errors, JSON.stringify(body)).toEqual([])
}

const refundCheck = (query: string) =>
  refundCheckGET(new Request(`http://x/api/refund-check?${query}`))

/** Long-standing parameters only: between them they reach every verdict. */
const answered: [string, string][] = [
  ['eligible', 'product=plus-annual&channel=web&paid=2026-11-15&today=2026-11-20'],
  ['contested', 'product=plus-monthly&channel=web&paid=2026-11-15&today=2026-11-20'],
  ['closed', 'product=plus-annual&channel=web&paid=2026-09-01&today=2026-11-20'],
  ['not-refundable', 'product=guided-project&channel=web&paid=2026-11-15&today=2026-11-20'],
  ['elsewhere', 'product=plus-monthly&channel=apple&paid=2026-11-15&today=2026-11-20'],
  ['elsewhere', 'product=plus-monthly&channel=google&paid=2026-11-19&today=2026-11-20'],
  ['elsewhere', 'product=degree&channel=web&paid=2026-11-15&today=2026-11-20'],
  ['trial', 'product=plus-monthly&channel=web&trialStart=2026-11-18&trialDays=7&today=2026-11-20'],
  ['trial-ended', 'product=plus-monthly&channel=web&trialStart=2026-11-01&today=2026-11-20'],
  ['eligible', 'product=course&channel=web&paid=2026-11-16&region=eu&today=2026-11-20'],
  ['contested', 'product=course&channel=web&paid=2026-11-09&region=uk&today=2026-11-20'],
  [
    'not-refundable',
    'product=plus-annual&channel=web&paid=2026-11-15&renewal=yes&today=2026-11-20',
  ],
  ['not-refundable', 'product=course&channel=web&paid=2026-11-15&certificate=yes&today=2026-11-20'],
]

const rejected = [
  '',
  'product=plus-monthly',
  'product=nothing&channel=web&paid=2026-11-15',
  'product=course&channel=fax&paid=2026-02-30',
  'product=course&channel=web&paid=15/11/2026',
  'product=plus-monthly&channel=web&trialStart=2026-11-01&trialDays=0',
  'product=course&channel=web&paid=2026-11-15&region=mars',
  'product=course&channel=web&paid=2026-11-15&certificate=maybe',
  'product=course&channel=web&paid=2026-11-15&paid=2026-11-16',
]

describe('/api/openapi.json', () => {
  it('is an OpenAPI 3.1 document describing the three APIs', () => {
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/)
    expect(doc.info.title).not.toBe('')
    expect(doc.info.version).toBe(schemaVersion)
    expect(doc.info.license.identifier).toBe(licence.id)
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/api/policy',
      '/api/refund-check',
      '/api/search',
    ])
    for (const path of Object.values(doc.paths)) expect(path.get.responses['200']).toBeDefined()
  })

  it('has schemas that compile', () => {
    for (const name of Object.keys(doc.components.schemas)) {
      expect(ajv.getSchema(`openapi.json#/components/schemas/${name}`), name).toBeTypeOf('function')
    }
  })

  it('takes exactly the contract fields as query parameters, and lang for the messages', () => {
    const params = doc.paths['/api/refund-check']!.get.parameters!
    expect(params.map((p) => p.name)).toEqual([...fields, 'lang'])
    for (const p of params) expect(p.in).toBe('query')
    expect(params.filter((p) => p.required).map((p) => p.name)).toEqual(['product', 'channel'])
  })

  it('takes its enums from lib/policy, so new values (such as product lite) appear by themselves', () => {
    const param = (name: string) =>
      doc.paths['/api/refund-check']!.get.parameters!.find((p) => p.name === name)!.schema
    expect(param('product').enum).toEqual([...products])
    expect(param('channel').enum).toEqual([...channels])
    expect(param('region').enum).toEqual([...regions])
    expect(param('region').default).toBe('other')
    expect(param('trialDays')).toMatchObject({ minimum: 1, maximum: 90, default: 7 })
    // upgrade and accessed are being added to the contract: checked once `fields` has them.
    for (const yn of ['certificate', 'renewal', 'upgrade', 'accessed'])
      if ((fields as readonly string[]).includes(yn))
        expect(param(yn)).toMatchObject({ enum: ['yes', 'no'], default: 'no' })

    const answer = doc.components.schemas.RefundAnswer as {
      properties: Record<string, { enum?: unknown[]; items?: { enum?: unknown[] } }>
    }
    expect(answer.properties.verdict!.enum).toEqual([
      'eligible',
      'contested',
      'closed',
      'not-refundable',
      'elsewhere',
      'trial',
      'trial-ended',
    ])
    expect(answer.properties.requestAt!.enum).toEqual([...Object.keys(requestPlaces), null])
    expect(answer.properties.sources!.items!.enum).toEqual([...sourceIds])
    const errors = doc.components.schemas.FieldErrors as {
      properties: { errors: { items: { properties: { field: { enum: unknown[] } } } } }
    }
    expect(errors.properties.errors.items.properties.field.enum).toEqual([...fields, 'lang'])
  })
})

describe('/api/refund-check answers match the document', () => {
  const validate = validator('/api/refund-check', '200')

  it.each(answered)('%s: %s', async (verdict, query) => {
    const response = refundCheck(query)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^application\/json/)
    const body = (await response.json()) as { verdict: string; rulesVersion: string }
    expectValid(validate, body)
    expect(body.verdict).toBe(verdict)
    expect(response.headers.get('x-rules-version')).toBe(body.rulesVersion)
  })

  it('reaches every verdict the document lists', () => {
    const answer = doc.components.schemas.RefundAnswer as {
      properties: { verdict: { enum: string[] } }
    }
    expect(new Set(answered.map(([v]) => v))).toEqual(new Set(answer.properties.verdict.enum))
  })
})

describe('/api/refund-check errors match the document', () => {
  const validate = validator('/api/refund-check', '400')

  it.each(rejected)('400 for "%s"', async (query) => {
    const response = refundCheck(query)
    expect(response.status).toBe(400)
    expectValid(validate, await response.json())
  })
})

describe('/api/policy matches the document', () => {
  it('validates, with its licence, schema version and addresses', async () => {
    const response = policyGET()
    const body = (await response.json()) as Record<string, unknown>
    expectValid(validator('/api/policy', '200'), body)
    expect(body.schemaVersion).toBe(schemaVersion)
    expect(body.licence).toEqual(licence)
    expect(body.apis).toEqual(apiAddresses)
    expect(Object.values(apiAddresses).map((a) => new URL(a).pathname)).toEqual([
      '/api/policy',
      '/api/refund-check',
      '/api/openapi.json',
    ])
  })

  it("says the licence covers our data and not Coursera's quoted clauses", () => {
    expect(licence.covers).toMatch(/our own data/i)
    expect(licence.excludes).toMatch(/quoted from Coursera/)
  })

  it('catches a drifted answer: an extra field or a wrong type fails', () => {
    const validate = validator('/api/refund-check', '200')
    const good = {
      verdict: 'eligible',
      deadline: '2026-11-29',
      safeDeadline: '2026-11-29',
      daysLeft: 9,
      requestAt: 'coursera',
      statutoryDeadline: null,
      lastFreeDay: null,
      firstCharge: null,
      sources: ['coursera-terms'],
      rulesVersion: 'x',
    }
    expect(validate(good)).toBe(true)
    expect(validate({ ...good, extra: 1 })).toBe(false)
    expect(validate({ ...good, daysLeft: '9' })).toBe(false)
    expect(validate({ ...good, deadline: '2026-02-30' })).toBe(false)
    expect(validate({ ...good, verdict: 'maybe' })).toBe(false)
  })
})

describe('/api/search matches the document', () => {
  const search = (query: string) => searchGET(new Request(`http://x/api/search?${query}`))

  it('validates answers in both languages, with and without results', async () => {
    const validate = validator('/api/search', '200')
    for (const q of [
      'q=refund+after+10+days',
      'q=r%C3%A9silier&lang=fr',
      'q=zzzzqqq',
      'q=%3Cb%3E',
    ]) {
      const response = search(q)
      expect(response.status, q).toBe(200)
      expectValid(validate, await response.json())
    }
  })

  it('validates its refusals', async () => {
    const validate = validator('/api/search', '400')
    for (const q of ['', 'q=', `q=${'a'.repeat(201)}`, 'q=x&lang=de', 'q=a&q=b']) {
      const response = search(q)
      expect(response.status, q).toBe(400)
      expectValid(validate, await response.json())
    }
  })

  it('catches a drifted answer: an extra field or more than 10 results fails', () => {
    const validate = validator('/api/search', '200')
    const result = { url: '/cancel', title: 'T', section: '', snippet: 'cancel', marks: [[0, 6]] }
    const good = { query: 'cancel', lang: 'en', results: [result] }
    expect(validate(good)).toBe(true)
    expect(validate({ ...good, extra: 1 })).toBe(false)
    expect(validate({ ...good, results: Array(11).fill(result) })).toBe(false)
    expect(validate({ ...good, results: [{ ...result, marks: [[0]] }] })).toBe(false)
  })
})
