import { products as allProducts, type Channel, type Product } from './products'
import type { SourceId } from './sources'
import type { CalendarDate } from './dates'

/**
 * The rule table: every refund rule the site states, as data: ids, days, dates and sources,
 * and no words. Each rule's title, summary and readings, each caveat and each place to ask
 * are said in the message catalogues (lib/i18n/policy-texts.ts), keyed by these ids; a
 * reading by its place in its rule's list. Pages, the calculator and the
 * JSON API all read these rows; no policy fact is typed anywhere else. Every row cites its
 * sources and the day it was last checked against them (shared/policy-facts.md).
 *
 * Day 0 is the payment date; "within N days" means up to and including day 0 + N, in
 * calendar days (policy-facts.md, "Refunds from Coursera").
 */

/** Who decides a refund, and where to ask. */
export type RequestAt = 'coursera' | 'apple' | 'google' | 'university' | 'organization'

/** One source's reading of a rule. When sources disagree a rule has several readings. */
export interface Reading {
  /** Days after the payment date within which this reading allows a refund; null: no refund. */
  windowDays: number | null
  sources: readonly SourceId[]
  /** binding: the current Terms or the law; stale: superseded or out of date; other: the rest. */
  standing: 'binding' | 'stale' | 'other'
  /** Since when this reading has held, where the fact base dates it. */
  since?: CalendarDate
}

export type CaveatId =
  | 'may-deny'
  | 'premium-content'
  | 'cancel-is-not-refund'
  | 'check-my-purchases'
  | 'refund-unenrols'
  | 'refund-time'
  | 'certificate-ends-window'
  | 'trial-counts-toward-window'
  | 'apple-pending'
  | 'apple-trial-access'
  | 'apple-24-hours'
  | 'google-after-48h'
  | 'statutory-may-be-forfeited'
  | 'uk-extension'
  | 'holidays-not-counted'

export interface Caveat {
  id: CaveatId
  sources: readonly SourceId[]
}

export const caveats: Readonly<Record<CaveatId, Caveat>> = {
  'may-deny': {
    id: 'may-deny',
    sources: ['coursera-terms'],
  },
  'premium-content': {
    id: 'premium-content',
    sources: ['coursera-terms'],
  },
  'cancel-is-not-refund': {
    id: 'cancel-is-not-refund',
    sources: ['coursera-terms', 'coursera-help-cancel'],
  },
  'check-my-purchases': {
    id: 'check-my-purchases',
    sources: ['coursera-help-refunds'],
  },
  'refund-unenrols': {
    id: 'refund-unenrols',
    sources: ['coursera-help-refunds'],
  },
  'refund-time': {
    id: 'refund-time',
    sources: ['coursera-terms'],
  },
  'certificate-ends-window': {
    id: 'certificate-ends-window',
    sources: ['coursera-terms'],
  },
  'trial-counts-toward-window': {
    id: 'trial-counts-toward-window',
    sources: ['coursera-terms'],
  },
  'apple-pending': {
    id: 'apple-pending',
    sources: ['apple-refund'],
  },
  'apple-trial-access': {
    id: 'apple-trial-access',
    sources: ['apple-cancel-3p'],
  },
  'apple-24-hours': {
    id: 'apple-24-hours',
    sources: ['apple-cancel-3p'],
  },
  'google-after-48h': {
    id: 'google-after-48h',
    sources: ['google-play-refund', 'coursera-terms'],
  },
  'statutory-may-be-forfeited': {
    id: 'statutory-may-be-forfeited',
    sources: ['coursera-terms', 'eu-crd'],
  },
  'uk-extension': {
    id: 'uk-extension',
    sources: ['uk-ccr'],
  },
  'holidays-not-counted': {
    id: 'holidays-not-counted',
    sources: ['eu-time-limits'],
  },
}

export interface RefundRule {
  /** Stable id, part of /api/policy. */
  id: string
  products: readonly Product[]
  /** Payment channel the rule applies to. */
  channel: Channel
  /** Which payment: the first one, a renewal, or either. */
  payment: 'first' | 'renewal' | 'any'
  /** Applies only when a certificate has (true) or has not (false) been earned; undefined: either. */
  certificate?: boolean
  /** Applies only to the first payment of a plan upgraded to (true) or not (false); undefined: either. */
  upgrade?: boolean
  /** Counts from the launch or enrolment day when it came after the payment (policy-facts.md). */
  countsFromStart?: boolean
  /**
   * Why no reading is safe while the generous one still refunds: older pages promised a
   * window the current Terms removed, or the current Terms' window may have been used up by
   * a free trial. Lets an answer name who says what.
   */
  contested?: 'older-pages-longer' | 'trial-may-use-window'
  requestAt: RequestAt
  /** Days after payment, on the strictest reading; null when that reading gives no refund. */
  safeDays: number | null
  /** Days after payment, on the most generous published reading; null when none gives one. */
  deadlineDays: number | null
  readings: readonly Reading[]
  caveats: readonly CaveatId[]
  sources: readonly SourceId[]
  reviewed: CalendarDate
}

const reviewed = '2026-11-29'

/** What the Terms say of every app-store purchase, whichever store (coursera-terms, sec. 6). */
const marketplaceReading: Reading = {
  windowDays: null,
  sources: ['coursera-terms'],
  standing: 'binding',
}

/** What the current Terms say of every subscription plan's refunds (coursera-terms, sec. 2). */
const plansNotRefundedReading: Reading = {
  windowDays: null,
  sources: ['coursera-terms'],
  standing: 'binding',
  since: '2025-10-01',
}

export const refundRules = [
  {
    id: 'plus-annual-first',
    products: ['plus-annual'],
    channel: 'web',
    payment: 'first',
    requestAt: 'coursera',
    safeDays: 14,
    deadlineDays: 14,
    readings: [
      {
        windowDays: 14,
        sources: ['coursera-terms', 'seed-cancelatlas', 'seed-resubs'],
        standing: 'binding',
      },
    ],
    caveats: [
      'may-deny',
      'premium-content',
      'cancel-is-not-refund',
      'check-my-purchases',
      'refund-time',
    ],
    sources: ['coursera-terms', 'seed-cancelatlas', 'seed-resubs'],
    reviewed,
  },
  {
    id: 'plus-annual-renewal',
    products: ['plus-annual'],
    channel: 'web',
    payment: 'renewal',
    requestAt: 'coursera',
    safeDays: null,
    deadlineDays: null,
    readings: [
      {
        windowDays: null,
        sources: ['coursera-terms'],
        standing: 'binding',
        since: '2026-06-30',
      },
      {
        windowDays: null,
        sources: ['seed-cancelatlas', 'seed-resubs'],
        standing: 'other',
      },
    ],
    caveats: ['cancel-is-not-refund'],
    sources: ['coursera-terms', 'seed-cancelatlas', 'seed-resubs'],
    reviewed,
  },
  {
    id: 'subscription-upgrade',
    products: ['plus-monthly', 'lite'],
    channel: 'web',
    payment: 'first',
    upgrade: true,
    requestAt: 'coursera',
    safeDays: 7,
    deadlineDays: 14,
    readings: [
      {
        windowDays: 7,
        sources: ['coursera-terms'],
        standing: 'binding',
        since: '2025-10-01',
      },
      {
        windowDays: 14,
        sources: ['coursera-terms-2025'],
        standing: 'stale',
      },
    ],
    caveats: ['may-deny', 'premium-content', 'cancel-is-not-refund', 'refund-time'],
    sources: ['coursera-terms', 'coursera-terms-2025'],
    reviewed,
  },
  {
    id: 'specialization-subscription-upgrade',
    products: ['specialization-monthly'],
    channel: 'web',
    payment: 'first',
    certificate: false,
    upgrade: true,
    requestAt: 'coursera',
    safeDays: 7,
    deadlineDays: 7,
    readings: [
      {
        windowDays: 7,
        sources: ['coursera-terms'],
        standing: 'binding',
        since: '2025-10-01',
      },
    ],
    caveats: [
      'certificate-ends-window',
      'may-deny',
      'premium-content',
      'cancel-is-not-refund',
      'refund-time',
    ],
    sources: ['coursera-terms'],
    reviewed,
  },
  {
    id: 'lite',
    products: ['lite'],
    channel: 'web',
    payment: 'any',
    upgrade: false,
    contested: 'older-pages-longer',
    requestAt: 'coursera',
    safeDays: null,
    deadlineDays: 14,
    readings: [
      plansNotRefundedReading,
      {
        windowDays: 14,
        sources: ['coursera-terms-2025'],
        standing: 'stale',
      },
    ],
    caveats: ['may-deny', 'premium-content', 'cancel-is-not-refund', 'refund-time'],
    sources: ['coursera-terms', 'coursera-terms-2025'],
    reviewed,
  },
  {
    id: 'plus-monthly',
    products: ['plus-monthly'],
    channel: 'web',
    payment: 'any',
    upgrade: false,
    contested: 'older-pages-longer',
    requestAt: 'coursera',
    safeDays: null,
    deadlineDays: 14,
    readings: [
      plansNotRefundedReading,
      {
        windowDays: 14,
        sources: ['coursera-help-refunds', 'coursera-terms-2025', 'seed-chargeback', 'seed-resubs'],
        standing: 'stale',
      },
    ],
    caveats: ['may-deny', 'premium-content', 'cancel-is-not-refund', 'refund-time'],
    sources: [
      'coursera-terms',
      'coursera-help-refunds',
      'coursera-terms-2025',
      'seed-chargeback',
      'seed-resubs',
    ],
    reviewed,
  },
  {
    id: 'specialization-subscription-first',
    products: ['specialization-monthly'],
    channel: 'web',
    payment: 'first',
    certificate: false,
    upgrade: false,
    countsFromStart: true,
    contested: 'trial-may-use-window',
    requestAt: 'coursera',
    safeDays: null,
    deadlineDays: 7,
    readings: [
      {
        windowDays: 7,
        sources: ['coursera-terms'],
        standing: 'binding',
        since: '2026-06-30',
      },
      {
        windowDays: null,
        sources: ['coursera-terms-2025'],
        standing: 'stale',
      },
    ],
    caveats: [
      'trial-counts-toward-window',
      'certificate-ends-window',
      'may-deny',
      'premium-content',
      'cancel-is-not-refund',
      'refund-time',
    ],
    sources: ['coursera-terms', 'coursera-terms-2025'],
    reviewed,
  },
  {
    id: 'specialization-subscription-renewal',
    products: ['specialization-monthly'],
    channel: 'web',
    payment: 'renewal',
    requestAt: 'coursera',
    safeDays: null,
    deadlineDays: null,
    readings: [
      {
        windowDays: null,
        sources: ['coursera-terms'],
        standing: 'binding',
      },
    ],
    caveats: ['cancel-is-not-refund'],
    sources: ['coursera-terms'],
    reviewed,
  },
  {
    id: 'one-time-purchase',
    products: ['course'],
    channel: 'web',
    payment: 'any',
    certificate: false,
    countsFromStart: true,
    requestAt: 'coursera',
    safeDays: 7,
    deadlineDays: 14,
    readings: [
      {
        windowDays: 7,
        sources: ['coursera-terms'],
        standing: 'binding',
        since: '2025-10-01',
      },
      {
        windowDays: 14,
        sources: ['coursera-help-refunds', 'coursera-terms-2025', 'seed-resubs'],
        standing: 'stale',
      },
    ],
    caveats: [
      'certificate-ends-window',
      'may-deny',
      'premium-content',
      'check-my-purchases',
      'refund-unenrols',
      'refund-time',
    ],
    sources: ['coursera-terms', 'coursera-help-refunds', 'coursera-terms-2025', 'seed-resubs'],
    reviewed,
  },
  {
    id: 'certificate-earned',
    products: ['course', 'specialization-monthly'],
    channel: 'web',
    payment: 'any',
    certificate: true,
    requestAt: 'coursera',
    safeDays: null,
    deadlineDays: null,
    readings: [
      {
        windowDays: null,
        sources: ['coursera-terms'],
        standing: 'binding',
      },
    ],
    caveats: ['cancel-is-not-refund'],
    sources: ['coursera-terms'],
    reviewed,
  },
  {
    id: 'guided-project',
    products: ['guided-project'],
    channel: 'web',
    payment: 'any',
    requestAt: 'coursera',
    safeDays: null,
    deadlineDays: null,
    readings: [
      {
        windowDays: null,
        sources: ['coursera-terms'],
        standing: 'binding',
      },
    ],
    caveats: [],
    sources: ['coursera-terms'],
    reviewed,
  },
  {
    id: 'degree',
    products: ['degree'],
    channel: 'web',
    payment: 'any',
    requestAt: 'university',
    safeDays: null,
    deadlineDays: null,
    readings: [
      {
        windowDays: null,
        sources: ['coursera-terms'],
        standing: 'binding',
      },
      {
        windowDays: null,
        sources: ['coursera-help-degree'],
        standing: 'other',
      },
    ],
    caveats: [],
    sources: ['coursera-terms', 'coursera-help-degree'],
    reviewed,
  },
  {
    id: 'organization',
    products: ['organization'],
    channel: 'web',
    payment: 'any',
    requestAt: 'organization',
    safeDays: null,
    deadlineDays: null,
    readings: [
      {
        windowDays: null,
        sources: ['coursera-help-org'],
        standing: 'other',
      },
    ],
    caveats: [],
    sources: ['coursera-help-org'],
    reviewed,
  },
  {
    id: 'apple',
    products: allProducts,
    channel: 'apple',
    payment: 'any',
    requestAt: 'apple',
    safeDays: null,
    deadlineDays: null,
    readings: [
      marketplaceReading,
      {
        windowDays: null,
        sources: ['apple-refund'],
        standing: 'other',
      },
    ],
    caveats: ['apple-pending', 'cancel-is-not-refund'],
    sources: ['coursera-terms', 'apple-refund'],
    reviewed,
  },
  {
    id: 'google',
    products: allProducts,
    channel: 'google',
    payment: 'any',
    requestAt: 'google',
    safeDays: 1,
    deadlineDays: 2,
    readings: [
      marketplaceReading,
      {
        windowDays: 2,
        sources: ['google-play-refund'],
        standing: 'other',
      },
    ],
    caveats: ['google-after-48h', 'cancel-is-not-refund'],
    sources: ['coursera-terms', 'google-play-refund'],
    reviewed,
  },
] as const satisfies readonly RefundRule[]

export type RefundRuleId = (typeof refundRules)[number]['id']

/** Free trials: the start day is day 1 (policy-facts.md, "Free trials"). */
export const trialRule = {
  id: 'free-trial',
  defaultDays: 7,
  minDays: 1,
  maxDays: 90,
  readings: [
    {
      windowDays: null,
      sources: ['coursera-terms'],
      standing: 'binding',
      since: '2026-05-21',
    },
    {
      windowDays: 7,
      sources: ['coursera-terms-2025', 'coursera-help-trial'],
      standing: 'stale',
    },
  ],
  caveats: ['apple-trial-access', 'apple-24-hours'],
  sources: ['coursera-terms', 'coursera-terms-2025', 'coursera-help-trial'],
  reviewed,
} as const satisfies Omit<
  RefundRule,
  'products' | 'channel' | 'payment' | 'requestAt' | 'safeDays' | 'deadlineDays'
> & {
  defaultDays: number
  minDays: number
  maxDays: number
}

/**
 * Rule 4a: opened or unlocked premium content. The current Terms refuse a refund then; the
 * older Terms had no such clause. On a web purchase that a rule would refund, no reading is
 * safe any more, and the generous deadline stays as that rule gives it.
 */
export const premiumContentRule = {
  id: 'premium-content-accessed',
  readings: [
    {
      windowDays: null,
      sources: ['coursera-terms'],
      standing: 'binding',
      since: '2026-03-13',
    },
    {
      windowDays: null,
      sources: ['coursera-terms-2025'],
      standing: 'stale',
    },
  ],
  sources: ['coursera-terms', 'coursera-terms-2025'],
  reviewed,
} as const satisfies {
  id: string
  readings: readonly Reading[]
  sources: readonly SourceId[]
  reviewed: CalendarDate
}

/** Statutory withdrawal: 14 days, counted from the day after the contract is made. */
export const statutoryRules = {
  eu: {
    id: 'statutory-eu',
    days: 14,
    rollWeekend: true,
    caveats: ['statutory-may-be-forfeited', 'holidays-not-counted'],
    sources: ['coursera-terms', 'eu-crd', 'eu-time-limits'],
    reviewed,
  },
  uk: {
    id: 'statutory-uk',
    days: 14,
    rollWeekend: false,
    caveats: ['statutory-may-be-forfeited', 'uk-extension'],
    sources: ['coursera-terms', 'uk-ccr'],
    reviewed,
  },
} as const

export type StatutoryRule = (typeof statutoryRules)[keyof typeof statutoryRules]

/** Upgrades between plans have refund rules of their own (coursera-terms, "Refunds for Upgrades"). */
export const upgradeRules = [
  {
    id: 'upgrade-to-plus-monthly',
    sources: ['coursera-terms'],
    reviewed,
  },
  {
    id: 'upgrade-monthly-to-annual',
    sources: ['coursera-terms'],
    reviewed,
  },
] as const satisfies readonly {
  id: string
  sources: readonly SourceId[]
  reviewed: CalendarDate
}[]

/** Where to ask for a refund, by who decides (policy-facts.md, "Requesting a refund"). */
export const requestPlaces: Readonly<
  Record<
    RequestAt,
    {
      url: string | null
      /** Where the Get Refund button of a purchase paid once is. */
      purchasesUrl?: string
      sources: readonly SourceId[]
    }
  >
> = {
  coursera: {
    url: 'https://www.coursera.support/s/learner-help-center?language=en_US',
    purchasesUrl: 'https://www.coursera.org/my-purchases',
    sources: ['coursera-help-refunds', 'coursera-terms'],
  },
  apple: {
    url: 'https://reportaproblem.apple.com',
    sources: ['apple-refund'],
  },
  google: {
    url: 'https://support.google.com/googleplay/answer/2479637',
    sources: ['google-play-refund'],
  },
  university: {
    url: null,
    sources: ['coursera-terms', 'coursera-help-degree'],
  },
  organization: {
    url: null,
    sources: ['coursera-help-org'],
  },
}
