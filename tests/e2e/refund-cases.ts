import type { Page } from '@playwright/test'
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

/** Cases a person could enter in the form (an unknown product cannot be chosen). */
export const formCases = refundCases.filter((c) => !c.expect.error?.includes('product'))

export function queryString(query: Record<string, string>): string {
  return new URLSearchParams(query).toString()
}

/** Answers the calculator form the way a reader would. */
export async function fillRefundForm(page: Page, query: Record<string, string>) {
  const form = page.locator('#refund-form')
  if (query.today) {
    await form.locator('summary').click()
    await form.locator('#today').fill(query.today)
  }
  await form.locator(`#product-${query.product}`).check()
  await form.locator(`#channel-${query.channel}`).check()
  await form.locator(`#region-${query.region ?? 'other'}`).check()
  if (query.trialStart) {
    await form.locator('#kind-trial').check()
    await form.locator('#trialDays').fill(query.trialDays ?? '7')
    await form.locator('#trialStart').fill(query.trialStart)
  } else {
    await form.locator('#kind-paid').check()
    await form.locator(`#renewal-${query.renewal ?? 'no'}`).check()
    await form.locator(`#certificate-${query.certificate ?? 'no'}`).check()
    await form.locator('#paid').fill(query.paid ?? '')
  }
}
