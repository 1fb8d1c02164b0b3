import { siteOrigin } from './site'

/**
 * The terms under which /api/policy, /api/refund-check and the change feed are published,
 * and where they live. Why this licence: docs/decisions/open-data-licence.md.
 */

/**
 * Version of the /api/policy response shape. Raise it when a field is removed, renamed or
 * changes meaning; adding a field is not a new version. Unrelated to rulesVersion, which
 * changes with the rules.
 */
export const schemaVersion = '1'

/** Shown in the API response and on /sources. It never claims Coursera's words as ours. */
export const licence = {
  id: 'CC-BY-4.0',
  name: 'Creative Commons Attribution 4.0 International',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  covers:
    'Our own data: the rule table, the readings and our summaries of them, the source list with its dates and trust levels, the change log and the answers of the refund check. Reuse it freely if you name "Leaving Coursera" and link to where you took it from.',
  excludes:
    "Clauses quoted from Coursera's Terms, Privacy Notice and help pages, and from any other source, are not ours to license: they remain under their owners' terms. So do names and trademarks.",
} as const

const paths = {
  policy: '/api/policy',
  refundCheck: '/api/refund-check',
  search: '/api/search',
  openapi: '/api/openapi.json',
  changes: '/changes.xml',
} as const

/** Absolute addresses of the APIs and their description, from the configured origin. */
export const apiAddresses = {
  policy: new URL(paths.policy, siteOrigin).href,
  refundCheck: new URL(paths.refundCheck, siteOrigin).href,
  openapi: new URL(paths.openapi, siteOrigin).href,
} as const

/** Site-relative paths, for links on our own pages. */
export const openDataPaths = paths
