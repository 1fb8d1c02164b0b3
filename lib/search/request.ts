import type { Messages } from '@/lib/i18n/messages'
import { languages, type Lang } from '@/lib/site'
import { maxQueryLength } from './limits'

/** What is wrong with one field of a search query, as data; lib/i18n words it. */
export type SearchProblem =
  | { field: 'q'; code: 'missing' }
  | { field: 'q'; code: 'too-long'; max: number; given: number }
  | { field: 'q' | 'lang'; code: 'repeated' }
  | { field: 'lang'; code: 'not-listed'; allowed: readonly string[] }

export type SearchRequest =
  | { ok: true; q: string; lang: Lang }
  | { ok: false; errors: SearchProblem[]; lang: Lang; q: string }

/**
 * Reads `q` and `lang` from a query string, for the API and the results page alike. `q` is
 * trimmed; blank is missing; more than 200 characters (code points) is too long. `lang`
 * defaults to `fallback`; where it is wrong, messages use `fallback`. Other names are ignored.
 */
export function readSearchQuery(params: URLSearchParams, fallback: Lang): SearchRequest {
  const errors: SearchProblem[] = []
  const qs = params.getAll('q')
  const q = (qs[0] ?? '').trim()
  if (qs.filter((v) => v.trim()).length > 1) errors.push({ field: 'q', code: 'repeated' })
  else if (!q) errors.push({ field: 'q', code: 'missing' })
  else {
    const given = [...q].length
    if (given > maxQueryLength)
      errors.push({ field: 'q', code: 'too-long', max: maxQueryLength, given })
  }
  let lang = fallback
  const langs = params.getAll('lang').map((v) => v.trim())
  if (langs.length > 1) errors.push({ field: 'lang', code: 'repeated' })
  else if (langs[0] !== undefined && langs[0] !== '') {
    if ((languages as readonly string[]).includes(langs[0])) lang = langs[0] as Lang
    else errors.push({ field: 'lang', code: 'not-listed', allowed: languages })
  }
  return errors.length ? { ok: false, errors, lang, q } : { ok: true, q, lang }
}

/** One problem in a language's words. */
export function searchProblemMessage(t: Messages['search'], problem: SearchProblem): string {
  switch (problem.code) {
    case 'missing':
      return t.errors.missing
    case 'too-long':
      return t.errors.tooLong(problem.max, problem.given)
    case 'repeated':
      return t.errors.repeated(problem.field)
    case 'not-listed':
      return t.errors.lang(problem.allowed)
  }
}
