import { expect, test } from '@playwright/test'
import { layoutShifts } from './layout-shift'
import { blockPageScripts } from './no-scripts'

/** The reader's clock, fixed so "paid not after today" does not depend on the test day. */
const now = new Date('2026-11-26T12:00:00')

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(now)
})

const valid = '/messages?product=plus-annual&paid=2026-11-20&deadline=2026-12-04&region=eu'

test('a valid link from the refund check fills the product and the dates', async ({ page }) => {
  await page.goto(`${valid}#refund-request`)
  const refund = page.locator('#refund-request-text')
  await expect(refund.getByRole('listitem').nth(0)).toHaveText('Product: Coursera Plus, annual')
  await expect(refund.getByRole('listitem').nth(1)).toHaveText('Date paid: 20 November 2026')
  // Point 3: what the current Terms give for this product, never a deadline as "the refund period".
  await expect(refund).toContainText(
    "Coursera's Terms of Use allow a refund of the first payment of an annual plan within 14 days.",
  )
  await expect(refund).not.toContainText('within the refund period')
  // What the link cannot know stays a blank, announced as one.
  await expect(refund.locator('mark.blank').filter({ hasText: 'email' })).toHaveText(
    'Blank, fill in: [your account email]',
  )
  await expect(
    page.getByText(
      'Filled in from your link: product, date paid, region. Check them before you send.',
      { exact: true },
    ),
  ).toBeVisible()
  await expect(page.getByText('Words in [brackets] are blanks')).toBeHidden()
  await expect(page.locator('#withdrawal-notice-text')).toContainText(
    'under the right of withdrawal in EU consumer law (Directive 2011/83/EU)',
  )
  await expect(page.locator('#refund-request')).toBeInViewport()
})

test('a tampered link is refused value by value, with a plain note and nothing echoed', async ({
  page,
}) => {
  const dialogs: string[] = []
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message())
    await dialog.dismiss()
  })
  const product = encodeURIComponent('<script>alert(1)</script>')
  await page.goto(`/messages?product=${product}&paid=2026-02-30&deadline=2026-12-04&region=uk`)
  const note = page.getByText(
    'Some details in the link could not be used: product, date paid. Fill those in yourself.',
  )
  await expect(note).toBeVisible()
  await expect(page.locator('.prefill-status')).toHaveClass(/prefill-status-warn/)
  const refund = page.locator('#refund-request-text')
  await expect(refund).toContainText('[the product you paid for]')
  await expect(refund).toContainText('[the date you paid]')
  await expect(page.locator('#withdrawal-notice-text')).toContainText(
    'the right to cancel in the UK Consumer Contracts Regulations 2013',
  )
  const main = await page.locator('main').innerHTML()
  expect(main).not.toContain('alert(1)')
  expect(main).not.toContain('2026-02-30')
  // The only script elements in main are the page's structured data and our own enhancers
  // (module scripts from /enhance/), never one from the link.
  expect(
    main
      .replace(/<script type="application\/ld\+json">[^<]*<\/script>/, '')
      .replace(/<script type="module" src="\/enhance\/[\w.-]+\.js"><\/script>/g, ''),
  ).not.toContain('<script')
  expect(dialogs).toEqual([])
})

test('point 18: only the messages that fit the answer are filled', async ({ page }) => {
  // A single course is not a subscription, and "anywhere else" is not the EU or the UK.
  await page.goto('/messages?product=course&paid=2026-11-20&region=other#refund-request')
  await expect(page.locator('#refund-request-text')).toContainText(
    "Coursera's Terms of Use allow a refund within 7 days of payment",
  )
  await expect(page.locator('#cancel-request-text')).toContainText('[the subscription to cancel]')
  await expect(page.locator('#withdrawal-notice-text')).toContainText('[the product you bought]')
  await expect(page.locator('#withdrawal-notice-text')).toContainText('[the date you paid]')
  await expect(page.locator('#withdrawal-notice-text')).toContainText('[EU or UK consumer law]')
  // Coursera Plus monthly: no refund period in the current Terms, older pages only as such.
  await page.goto('/messages?product=plus-monthly&paid=2026-11-20&region=eu#refund-request')
  await expect(page.locator('#refund-request-text')).toContainText(
    'Older Coursera pages offered a refund within 14 days',
  )
  await expect(page.locator('#cancel-request-text')).toContainText('Coursera Plus, monthly')
})

test('a payment date after today is not used', async ({ page }) => {
  await page.goto('/messages?paid=2026-11-27')
  await expect(page.getByText(/Some details in the link could not be used/)).toBeVisible()
  await expect(page.locator('#refund-request-text')).toContainText('[the date you paid]')
})

test('copy puts the filled message on the clipboard and says Copied', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL })
  await page.goto(valid)
  const section = page.locator('#refund-request')
  await section.getByRole('button', { name: /^Copy message\s*: Ask for a refund$/ }).click()
  await expect(section.getByRole('status')).toHaveText('Copied')
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  expect(copied).toBe(
    [
      'Hello,',
      'I am asking for a refund of this payment to Coursera:',
      [
        '- Product: Coursera Plus, annual',
        '- Date paid: 20 November 2026',
        '- Amount: [amount and currency]',
        '- Account email: [your account email]',
      ].join('\n'),
      "Coursera's Terms of Use allow a refund of the first payment of an annual plan within 14 days.",
      'Please confirm in writing whether the refund is approved, and when I can expect it.',
      'Thank you,',
      '[your name]',
    ].join('\n\n'),
  )
})

test('without a link, the blanks stay and copying keeps them', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL })
  await page.goto('/messages')
  await expect(page.getByText('Words in [brackets] are blanks')).toBeVisible()
  const section = page.locator('#deletion-request')
  await section.getByRole('button', { name: /Copy message/ }).click()
  await expect(section.getByRole('status')).toHaveText('Copied')
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  expect(copied).toContain('- Account email: [your account email]')
  expect(copied).not.toContain('Blank, fill in')
})

test('without JavaScript the messages are readable, with a hint instead of a dead button', async ({
  page,
}) => {
  await blockPageScripts(page)
  await page.goto(valid)
  await expect(page.getByRole('button', { name: /Copy message/ })).toHaveCount(0)
  await expect(page.getByText('To copy, select the text of the message.')).toHaveCount(4)
  await expect(page.locator('#refund-request-text')).toContainText('[the product you paid for]')
})

for (const [name, query] of [
  ['no link', ''],
  ['a valid link', valid.replace('/messages', '')],
  ['a tampered link', '?product=%3Cb%3Ex&paid=2026-02-30&region=uk'],
] as const) {
  for (const width of [390, 1280]) {
    test(`the status box does not move the page (${name}, ${width} px)`, async ({ page }) => {
      // Tall enough that the status box and the first message are on screen.
      await page.setViewportSize({ width, height: 1800 })
      await page.goto(`/messages${query}`)
      await expect(page.getByRole('button', { name: /Copy message/ })).toHaveCount(4)
      // Filled values may re-wrap their own message; nothing else moves.
      expect(await layoutShifts(page, '.message-text')).toEqual([])
    })
  }
}
