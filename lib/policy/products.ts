/**
 * The values of the public contract (query parameters of /refunds/check and
 * /api/refund-check). Never rename or remove one: shared links and API clients use them.
 * Their names for readers are in the catalogues (lib/i18n/policy-texts.ts).
 */
export const products = [
  'plus-monthly',
  'plus-annual',
  'specialization-monthly',
  'course',
  'guided-project',
  'degree',
  'organization',
  'lite',
] as const
export type Product = (typeof products)[number]

/** Who took the money: only they can refund it or stop the next charge. */
export const channels = ['web', 'apple', 'google'] as const
export type Channel = (typeof channels)[number]

export const regions = ['eu', 'uk', 'other'] as const
export type Region = (typeof regions)[number]

/** Plans that renew: only these have renewals, upgrades and a next charge to stop. */
export const subscriptionProducts: readonly Product[] = [
  'plus-monthly',
  'plus-annual',
  'lite',
  'specialization-monthly',
]

export function isProduct(value: string): value is Product {
  return (products as readonly string[]).includes(value)
}
