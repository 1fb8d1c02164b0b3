import { isRealDate } from '@/lib/policy/browser-dates'
import { isProduct, regions, type Product, type Region } from '@/lib/policy/products'

/**
 * The link from a refund-check result to /messages:
 *   /messages?product=<id>&paid=YYYY-MM-DD&deadline=YYYY-MM-DD&region=eu|uk|other#<message-id>
 * Each value is checked on its own, and only a value that passes is ever shown: anything
 * else (a bad date, an unknown product, markup, a repeated parameter) is dropped and
 * reported by field name, never echoed. Pure and light enough for the browser: no Temporal,
 * and `today` comes in as an argument.
 */
export const prefillFields = ['product', 'paid', 'deadline', 'region'] as const
export type PrefillField = (typeof prefillFields)[number]

export interface Prefill {
  product?: Product
  /** The payment date, YYYY-MM-DD, not after today. */
  paid?: string
  /** The last day to ask for a refund, YYYY-MM-DD, not before `paid`. */
  deadline?: string
  region?: Region
  /** Fields the link carried whose values could not be used, in `prefillFields` order. */
  rejected: PrefillField[]
}

/**
 * Reads the prefill values from a query string (`location.search`, with or without "?").
 * `today` is the reader's calendar date, YYYY-MM-DD. ISO dates compare correctly as text.
 */
export function parsePrefill(search: string, today: string): Prefill {
  const params = new URLSearchParams(search)
  const result: Prefill = { rejected: [] }
  /** The single value of a field, or null when absent; undefined when repeated (tampered). */
  const single = (field: PrefillField): string | null | undefined => {
    const all = params.getAll(field)
    return all.length === 0 ? null : all.length === 1 ? all[0] : undefined
  }

  const product = single('product')
  if (product !== null) {
    if (product !== undefined && isProduct(product)) result.product = product
    else result.rejected.push('product')
  }

  const paid = single('paid')
  if (paid !== null) {
    if (paid !== undefined && isRealDate(paid) && paid <= today) result.paid = paid
    else result.rejected.push('paid')
  }

  const deadline = single('deadline')
  if (deadline !== null) {
    const afterPaid = result.paid === undefined || (deadline ?? '') >= result.paid
    if (deadline !== undefined && isRealDate(deadline) && afterPaid) result.deadline = deadline
    else result.rejected.push('deadline')
  }

  const region = single('region')
  if (region !== null) {
    if (region !== undefined && (regions as readonly string[]).includes(region)) {
      result.region = region as Region
    } else result.rejected.push('region')
  }

  return result
}

/** True when the link carried any prefill field at all, usable or not. */
export function hasPrefill(prefill: Prefill): boolean {
  return prefill.rejected.length > 0 || prefillFields.some((field) => prefill[field] !== undefined)
}
