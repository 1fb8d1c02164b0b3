/** The search contract's limits: the API, the page and the OpenAPI document share them. */
export const maxResults = 10
export const maxQueryLength = 200
