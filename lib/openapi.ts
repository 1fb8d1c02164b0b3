import type { PublicAssessment, Verdict } from './policy/assess-refund'
import { channels, products, regions } from './policy/products'
import { fields, type Field } from './policy/refund-query'
import { fieldErrorLangs } from './i18n/field-errors'
import { requestPlaces, trialRule, type RequestAt } from './policy/rules'
import { sourceIds, trusts } from './policy/sources'
import { apiAddresses, licence, openDataPaths, schemaVersion } from './open-data'
import { maxQueryLength, maxResults } from './search/limits'
import { languages, siteName, siteOrigin } from './site'

/**
 * The OpenAPI 3.1 description of /api/refund-check, /api/search and /api/policy, served at
 * /api/openapi.json. Every enum comes from the lib/policy constants and every field list is
 * typed against the code that produces it (a Record over `Field`, `Verdict`,
 * `keyof PublicAssessment`), so a new value or field the description lacks is a type error,
 * and tests/unit/openapi.test.ts checks real responses against it.
 */

type Schema = Record<string, unknown>

const date: Schema = { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' }
const dateOrNull: Schema = { ...date, type: ['string', 'null'] }
const yesNo = (description: string): Schema => ({
  type: 'string',
  enum: ['yes', 'no'],
  default: 'no',
  description,
})

/** What each verdict means. A Record, so a new verdict cannot go undescribed. */
const verdictMeaning: Record<Verdict, string> = {
  eligible: 'Every reading of the sources gives a refund today (on or before safeDeadline).',
  contested: 'Only the most generous published reading still gives a refund (until deadline).',
  closed: 'The last day on every reading (deadline) has passed.',
  'not-refundable': 'No reading gives a refund for this payment.',
  elsewhere: 'Someone else decides: see requestAt (an app store, a university, an organisation).',
  trial: 'A free trial that has not ended: cancel by lastFreeDay to avoid firstCharge.',
  'trial-ended': 'A free trial whose last free day has passed.',
}
const verdicts = Object.keys(verdictMeaning) as Verdict[]
const requestAts = Object.keys(requestPlaces) as RequestAt[]

/**
 * The contract's fields, plus the three being added to it in the same change (issue 12);
 * once `fields` lists them, this is just `Field`. Only names in `fields` are published.
 */
type Documented = Field | 'upgrade' | 'start' | 'accessed'

/** Query parameters of /api/refund-check: one entry per contract field, no more, no fewer. */
const queryParameters: Record<
  Documented,
  { required?: boolean; description: string; schema: Schema }
> = {
  product: {
    required: true,
    description: 'What was bought.',
    schema: { type: 'string', enum: [...products] },
  },
  channel: {
    required: true,
    description: 'Who took the money: Coursera on the web, Apple or Google Play.',
    schema: { type: 'string', enum: [...channels] },
  },
  paid: {
    description: 'Payment date. Give either paid or trialStart, not both.',
    schema: date,
  },
  trialStart: {
    description: 'First day of a free trial. Give either paid or trialStart, not both.',
    schema: date,
  },
  trialDays: {
    description: 'Length of the free trial in days. Used with trialStart only.',
    schema: {
      type: 'integer',
      minimum: trialRule.minDays,
      maximum: trialRule.maxDays,
      default: trialRule.defaultDays,
    },
  },
  today: {
    description:
      "The day the answer is for: any real calendar date. Default: the server's date in UTC. The payment, trial start and start day are checked against it.",
    schema: date,
  },
  certificate: {
    description: 'A certificate was earned (courses and Specializations on the web).',
    schema: yesNo('yes or no'),
  },
  renewal: { description: 'This payment renewed a subscription.', schema: yesNo('yes or no') },
  upgrade: {
    description:
      'This payment is the first one of a plan upgraded to from another product or plan (subscriptions on the web; ignored by the app stores and for trials).',
    schema: yesNo('yes or no'),
  },
  start: {
    description:
      'For a course or Specialization: the launch or enrolment day when it came after the payment. May be after today; never before the payment.',
    schema: date,
  },
  accessed: {
    description:
      'The paid content of this purchase was opened or unlocked (graded items, content behind the paywall).',
    schema: yesNo('yes or no'),
  },
  region: {
    description: 'Where the buyer lives, for the EU or UK statutory withdrawal period.',
    schema: { type: 'string', enum: [...regions], default: 'other' },
  },
}

/** The 200 answer: exactly the fields publicAssessment returns. */
const answerProperties: Record<keyof PublicAssessment, Schema> = {
  verdict: {
    type: 'string',
    enum: verdicts,
    description: verdicts.map((v) => `${v}: ${verdictMeaning[v]}`).join(' '),
  },
  deadline: { ...dateOrNull, description: 'Last day on the most generous published reading.' },
  safeDeadline: {
    ...dateOrNull,
    description: 'Last day on the strictest reading; null where that reading gives no refund.',
  },
  daysLeft: {
    type: ['integer', 'null'],
    description: 'deadline minus today (for a trial: lastFreeDay minus today).',
  },
  requestAt: {
    type: ['string', 'null'],
    enum: [...requestAts, null],
    description: 'Who decides a refund; null for a trial.',
  },
  statutoryDeadline: {
    ...dateOrNull,
    description: 'Last day of the EU or UK statutory withdrawal period, where it may apply.',
  },
  lastFreeDay: { ...dateOrNull, description: 'For a trial: the last day without a charge.' },
  firstCharge: { ...dateOrNull, description: 'For a trial: the day of the first charge.' },
  sources: {
    type: 'array',
    items: { type: 'string', enum: [...sourceIds] },
    description: 'Ids of the sources behind the answer, as listed in /api/policy.',
  },
  rulesVersion: { type: 'string', description: 'Version of the rule table that answered.' },
}

const refundAnswer: Schema = {
  type: 'object',
  required: Object.keys(answerProperties),
  additionalProperties: false,
  properties: answerProperties,
}

/** A 400's body: one entry per bad field, each naming one of `fieldNames`. */
function errorList(fieldNames: readonly string[]): Schema {
  return {
    type: 'object',
    required: ['errors'],
    additionalProperties: false,
    properties: {
      errors: {
        type: 'array',
        minItems: 1,
        items: {
          type: 'object',
          required: ['field', 'message'],
          additionalProperties: false,
          properties: {
            field: { type: 'string', enum: [...fieldNames] },
            message: { type: 'string', description: 'What is wrong and how to fix it, in words.' },
          },
        },
      },
    },
  }
}

const fieldErrors = errorList([...fields, 'lang'])

/** GET /api/search: at most 10 places, best first (lib/search/engine.ts). */
const searchAnswer: Schema = {
  type: 'object',
  required: ['query', 'lang', 'results'],
  additionalProperties: false,
  properties: {
    query: { type: 'string', description: 'The query as read: q without its outer spaces.' },
    lang: { type: 'string', enum: [...languages] },
    results: {
      type: 'array',
      maxItems: maxResults,
      description: 'Best first.',
      items: {
        type: 'object',
        required: ['url', 'title', 'section', 'snippet', 'marks'],
        additionalProperties: false,
        properties: {
          url: {
            type: 'string',
            pattern: '^/',
            description:
              'The exact place: a page, or a step, section, FAQ question or item on it (/cancel/web#open-my-purchases).',
          },
          title: { type: 'string', description: "The page's title." },
          section: {
            type: 'string',
            description: 'The step, section or question title; empty for a whole page.',
          },
          snippet: { type: 'string', description: 'Plain text around the matched words.' },
          marks: {
            type: 'array',
            description:
              'Where the matched words are in snippet: [start, end) in UTF-16 code units, in order, not overlapping.',
            items: {
              type: 'array',
              prefixItems: [
                { type: 'integer', minimum: 0 },
                { type: 'integer', minimum: 1 },
              ],
              minItems: 2,
              maxItems: 2,
            },
          },
        },
      },
    },
  },
}

const searchErrors = errorList(['q', 'lang'])

const licenceSchema: Schema = {
  type: 'object',
  required: Object.keys(licence),
  additionalProperties: false,
  description: licence.covers,
  properties: {
    id: { type: 'string', const: licence.id, description: 'SPDX licence identifier.' },
    name: { type: 'string' },
    url: { type: 'string', format: 'uri' },
    covers: { type: 'string', description: 'What the licence covers: our own data.' },
    excludes: {
      type: 'string',
      description: "What it does not cover: quoted clauses of Coursera's and others' texts.",
    },
  } satisfies Record<keyof typeof licence, Schema>,
}

const apisSchema: Schema = {
  type: 'object',
  required: Object.keys(apiAddresses),
  additionalProperties: false,
  properties: {
    policy: { type: 'string', format: 'uri', description: 'This document: /api/policy.' },
    refundCheck: { type: 'string', format: 'uri', description: 'The refund check as JSON.' },
    openapi: { type: 'string', format: 'uri', description: 'The OpenAPI description.' },
  } satisfies Record<keyof typeof apiAddresses, Schema>,
}

/** A row with an id, a title and sources: the common core of rules, trial and upgrades. */
const ruleRow: Schema = {
  type: 'object',
  required: ['id', 'title', 'summary', 'sources'],
  properties: {
    id: { type: 'string' },
    title: { type: 'string' },
    summary: { type: 'string' },
    sources: { type: 'array', items: { type: 'string', enum: [...sourceIds] } },
  },
}

const policySource: Schema = {
  type: 'object',
  required: ['id', 'title', 'url', 'stored', 'storedNote', 'reviewed', 'trust', 'trustLabel'],
  additionalProperties: false,
  properties: {
    id: { type: 'string', enum: [...sourceIds] },
    title: { type: 'string' },
    url: { type: ['string', 'null'], format: 'uri' },
    stored: { ...dateOrNull, description: 'When our copy was recorded or the page checked.' },
    storedNote: { type: 'string' },
    reviewed: {
      ...date,
      description:
        'When our fact base last reviewed what we take from it; not a check of the live page.',
    },
    trust: { type: 'string', enum: trusts },
    trustLabel: { type: 'string' },
  },
}

const policy: Schema = {
  type: 'object',
  required: [
    'schemaVersion',
    'licence',
    'apis',
    'rulesVersion',
    'reviewed',
    'rules',
    'trial',
    'statutory',
    'upgrades',
    'caveats',
    'requestPlaces',
    'sources',
  ],
  additionalProperties: false,
  properties: {
    schemaVersion: {
      type: 'string',
      const: schemaVersion,
      description: 'Raised only when a field is removed, renamed or changes meaning.',
    },
    licence: { $ref: '#/components/schemas/Licence' },
    apis: { $ref: '#/components/schemas/ApiAddresses' },
    rulesVersion: { type: 'string' },
    reviewed: { ...date, description: 'When the fact base was last reviewed.' },
    rules: { type: 'array', items: ruleRow, description: 'The refund rule table.' },
    trial: ruleRow,
    statutory: {
      type: 'object',
      additionalProperties: ruleRow,
      description: 'EU and UK statutory withdrawal rules, by region.',
    },
    upgrades: { type: 'array', items: ruleRow },
    caveats: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        required: ['id', 'text', 'sources'],
        properties: {
          id: { type: 'string' },
          text: { type: 'string' },
          sources: { type: 'array', items: { type: 'string', enum: [...sourceIds] } },
        },
      },
    },
    requestPlaces: {
      type: 'object',
      required: requestAts,
      additionalProperties: false,
      properties: Object.fromEntries(
        requestAts.map((r) => [
          r,
          {
            type: 'object',
            required: ['who', 'name', 'how', 'url', 'sources'],
            properties: {
              who: { type: 'string' },
              name: { type: 'string' },
              how: { type: 'string' },
              howOneTime: { type: 'string', description: 'For a purchase paid once.' },
              url: { type: ['string', 'null'], format: 'uri' },
              sources: { type: 'array', items: { type: 'string', enum: [...sourceIds] } },
            },
          },
        ]),
      ),
    },
    sources: { type: 'array', items: { $ref: '#/components/schemas/Source' } },
  },
}

const jsonHeaders = {
  'Access-Control-Allow-Origin': { schema: { type: 'string', const: '*' } },
  'Cache-Control': { schema: { type: 'string' } },
}

/** The whole document. Plain JSON: built once per build by the force-static route. */
export function openApiDocument() {
  return {
    openapi: '3.1.1',
    info: {
      title: `${siteName} open data`,
      version: schemaVersion,
      summary: "Coursera's refund rules as data, and a refund deadline check.",
      description: `Both APIs are free to use without a key. The data is under ${licence.name}: ${licence.covers} ${licence.excludes} The change log is an Atom feed at ${new URL(openDataPaths.changes, siteOrigin).href}.`,
      license: { name: licence.name, identifier: licence.id },
    },
    servers: [{ url: siteOrigin.origin }],
    paths: {
      [openDataPaths.refundCheck]: {
        get: {
          operationId: 'refundCheck',
          summary: 'The refund check: deadlines and who decides, for one payment or trial.',
          description:
            'The same answer as the page /refunds/check for the same query. Bad input is a 400 naming each bad field, never a 500.',
          parameters: [
            ...fields.map((name) => ({
              name,
              in: 'query',
              required: queryParameters[name].required ?? false,
              description: queryParameters[name].description,
              schema: queryParameters[name].schema,
            })),
            {
              name: 'lang',
              in: 'query',
              required: false,
              description:
                'The language of the error messages in a 400. Nothing else in the response depends on it. Any other value is itself a field error.',
              schema: { type: 'string', enum: [...fieldErrorLangs], default: 'en' },
            },
          ],
          responses: {
            '200': {
              description: 'The answer.',
              headers: {
                ...jsonHeaders,
                'X-Rules-Version': {
                  description: 'The rules version that answered (also in the body).',
                  schema: { type: 'string' },
                },
              },
              content: {
                'application/json': { schema: { $ref: '#/components/schemas/RefundAnswer' } },
              },
            },
            '400': {
              description: 'One entry per bad field, in the order of the contract.',
              content: {
                'application/json': { schema: { $ref: '#/components/schemas/FieldErrors' } },
              },
            },
          },
        },
      },
      [openDataPaths.search]: {
        get: {
          operationId: 'search',
          summary: 'Search the guides of one edition: the places that answer a question.',
          description:
            'The same results as the page /search (or /fr/recherche) for the same q. Bad input is a 400 naming each bad field, never a 500. Answers change only with a new deploy: browsers may keep them 5 minutes, shared caches until the deploy purges them.',
          parameters: [
            {
              name: 'q',
              in: 'query',
              required: true,
              description: `What the reader asks, in their words: 1 to ${maxQueryLength} characters once trimmed.`,
              schema: { type: 'string', minLength: 1, maxLength: maxQueryLength },
            },
            {
              name: 'lang',
              in: 'query',
              required: false,
              description:
                'The edition searched, and the language of the error messages. Any other value is itself a field error.',
              schema: { type: 'string', enum: [...languages], default: 'en' },
            },
          ],
          responses: {
            '200': {
              description: 'The results, best first.',
              headers: jsonHeaders,
              content: {
                'application/json': { schema: { $ref: '#/components/schemas/SearchAnswer' } },
              },
            },
            '400': {
              description: 'One entry per bad field.',
              content: {
                'application/json': { schema: { $ref: '#/components/schemas/SearchErrors' } },
              },
            },
          },
        },
      },
      [openDataPaths.policy]: {
        get: {
          operationId: 'policy',
          summary: 'The whole rule table as open data, with its sources and licence.',
          responses: {
            '200': {
              description: 'The rule table.',
              headers: jsonHeaders,
              content: {
                'application/json': { schema: { $ref: '#/components/schemas/Policy' } },
              },
            },
          },
        },
      },
    },
    components: {
      schemas: {
        RefundAnswer: refundAnswer,
        FieldErrors: fieldErrors,
        SearchAnswer: searchAnswer,
        SearchErrors: searchErrors,
        Policy: policy,
        Licence: licenceSchema,
        ApiAddresses: apisSchema,
        Source: policySource,
      },
    },
  }
}
