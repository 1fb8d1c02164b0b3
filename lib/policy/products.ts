/**
 * The values of the public contract (query parameters of /refunds/check and
 * /api/refund-check). Never rename or remove one: shared links and API clients use them.
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

export const productLabels: Readonly<Record<Product, string>> = {
  'plus-monthly': 'Coursera Plus, monthly',
  'plus-annual': 'Coursera Plus, annual',
  lite: 'Coursera Lite',
  'specialization-monthly': 'A course or Specialization subscription (monthly)',
  course: 'A single course or Specialization, paid once',
  'guided-project': 'A Guided Project',
  degree: 'A degree or University Certificate',
  organization:
    'Paid by an employer, university or government (Coursera for Business, Campus, Government)',
}

/** Who took the money: only they can refund it or stop the next charge. */
export const channels = ['web', 'apple', 'google'] as const
export type Channel = (typeof channels)[number]

export const channelLabels: Readonly<Record<Channel, string>> = {
  web: 'Coursera itself (paid on coursera.org, or in the Coursera app when Coursera bills you)',
  apple: 'Apple (App Store, on an iPhone, iPad or Mac)',
  google: 'Google Play (on an Android device)',
}

export const regions = ['eu', 'uk', 'other'] as const
export type Region = (typeof regions)[number]

export const regionLabels: Readonly<Record<Region, string>> = {
  eu: 'European Union',
  uk: 'United Kingdom',
  other: 'Anywhere else',
}

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
