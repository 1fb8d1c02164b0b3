import type { Locator, Page } from '@playwright/test'
import { channels, products } from '../../lib/policy/products'
import { questionsFor } from '../../lib/policy/questions'
import cases from '../fixtures/refund-cases.json' with { type: 'json' }

export interface RefundCase {
  name: string
  query: Record<string, string>
  expect: {
    verdict?: string
    deadline?: string | null
    safeDeadline?: string | null
    daysLeft?: number | null
    requestAt?: string | null
    statutoryDeadline?: string | null
    lastFreeDay?: string | null
    firstCharge?: string | null
    error?: string[]
  }
}

export const refundCases = cases as unknown as RefundCase[]
export const answerCases = refundCases.filter((c) => !c.expect.error)
export const errorCases = refundCases.filter((c) => c.expect.error)

/**
 * Cases a person could enter in the form: an unknown product, a yes/no answer other than yes
 * or no, or an upgrade on a course (the form asks it only for plans) cannot be chosen.
 */
export const formCases = refundCases.filter(
  (c) => !c.expect.error?.some((f) => ['product', 'accessed', 'upgrade'].includes(f)),
)

export function queryString(query: Record<string, string>): string {
  return new URLSearchParams(query).toString()
}

/**
 * Every answer the form asks for this purchase: the case's own, else what a contract link
 * assumes (no, and "anywhere else"), since the form presets nothing.
 */
export function formAnswers(query: Record<string, string>): Record<string, string> {
  const yn = (v: string | undefined) => (v === 'yes' ? 'yes' : 'no')
  const asked = questionsFor({
    product: products.find((p) => p === query.product),
    channel: channels.find((c) => c === query.channel),
    kind: query.trialStart ? 'trial' : 'paid',
    renewal: yn(query.renewal),
    upgrade: yn(query.upgrade),
    certificate: yn(query.certificate),
  })
  const answers: Record<string, string> = {}
  for (const q of asked) {
    if (q === 'start') answers.startAfter = query.start ? 'yes' : 'no'
    else if (q === 'region') answers.region = query.region ?? 'other'
    else answers[q] = yn(query[q])
  }
  return answers
}

/** A date typed the GOV.UK way: day, month and year in their own boxes, as a reader types them. */
export async function typeDate(scope: Locator, prefix: string, iso: string) {
  const [year, month, day] = iso.split('-')
  await scope.locator(`[name="${prefix}-day"]`).fill(String(Number(day)))
  await scope.locator(`[name="${prefix}-month"]`).fill(String(Number(month)))
  await scope.locator(`[name="${prefix}-year"]`).fill(year!)
}

/** Answers the calculator form the way a reader would. */
export async function fillRefundForm(page: Page, query: Record<string, string>) {
  const form = page.locator('#refund-form')
  if (query.today) {
    await form.locator('summary').click()
    await typeDate(form, 'today', query.today)
  }
  await form.locator(`#product-${query.product}`).check()
  await form.locator(`#channel-${query.channel}`).check()
  const answers = formAnswers(query)
  if (query.trialStart) {
    await form.locator('#kind-trial').check()
    await form.locator('#trialDays').fill(query.trialDays ?? '7')
    if (answers.region) await form.locator(`#region-${answers.region}`).check()
    await typeDate(form, 'trialStart', query.trialStart)
  } else {
    await form.locator('#kind-paid').check()
    // In the order the form shows them, as the questions that count appear.
    for (const name of ['renewal', 'upgrade', 'certificate', 'startAfter', 'accessed', 'region']) {
      if (answers[name]) await form.locator(`#${name}-${answers[name]}`).check()
      if (name === 'startAfter' && query.start) await typeDate(form, 'start', query.start)
    }
    await typeDate(form, 'paid', query.paid ?? '')
  }
}

/** Answers the quick check in the refund guide; it asks no start day. */
export async function fillQuickCheck(quick: Locator, query: Record<string, string>) {
  await quick.locator('summary').click()
  await quick.locator('[name="product"]').selectOption(query.product!)
  await quick.locator('[name="channel"]').selectOption(query.channel!)
  const answers = formAnswers(query)
  for (const [name, value] of Object.entries(answers))
    if (name !== 'startAfter') await quick.locator(`[name="${name}"]`).selectOption(value)
  if (query.trialDays) await quick.locator('[name="trialDays"]').fill(query.trialDays)
  if (query.today) await typeDate(quick, 'today', query.today)
  if (query.trialStart) await typeDate(quick, 'trialStart', query.trialStart)
  if (query.paid) await typeDate(quick, 'paid', query.paid)
}

/** The questions a worked case answers in the form: what it asks beyond product and date. */
export function questionsAnswered(c: RefundCase): string[] {
  return ['renewal', 'upgrade', 'certificate', 'start', 'accessed', 'region', 'trialStart'].filter(
    (q) => c.query[q] !== undefined,
  )
}

/**
 * The browser checks one case per verdict (and per kind of error) in each mode: no
 * JavaScript, answer as you type, the quick check. Every case goes through the library, the
 * API route and the page render in-process (tests/unit/refund-answers.test.ts). Each mode
 * prefers, for each verdict, a case that answers the first question it can of `prefer`, so
 * that between them the modes answer every question the form asks.
 */
export function onePerVerdict(cases: RefundCase[], prefer: readonly string[] = []): RefundCase[] {
  const key = (c: RefundCase) => c.expect.verdict ?? `error:${c.expect.error?.join(',')}`
  const groups = new Map<string, RefundCase[]>()
  for (const c of cases) groups.set(key(c), [...(groups.get(key(c)) ?? []), c])
  return [...groups.values()].map((group) => {
    for (const q of prefer) {
      const found = group.find((c) => questionsAnswered(c).includes(q))
      if (found) return found
    }
    return group[0]!
  })
}
