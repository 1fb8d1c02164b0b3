import { expect, test } from '@playwright/test'
import { blockPageScripts } from './no-scripts'
import { fillQuickCheck } from './refund-cases'

/**
 * The header's link to the other edition (issue 16): it opens the same page in the other
 * language; with JavaScript it keeps the step the address points at, without it the reader
 * lands at the top of the twin page. The refund check keeps its query, since both editions
 * take the same one.
 */
test('with JavaScript, the link keeps the step across the editions, both ways', async ({
  page,
}) => {
  await page.goto('/cancel/web#open-my-purchases')
  await page.getByRole('link', { name: 'Français' }).click()
  await expect(page).toHaveURL(/\/fr\/resilier\/site-web#ouvrir-mes-achats$/)
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
  await expect(page.locator('[id="ouvrir-mes-achats"]')).toBeInViewport()
  await page.getByRole('link', { name: 'English' }).click()
  await expect(page).toHaveURL(/\/cancel\/web#open-my-purchases$/)
  await expect(page.locator('[id="open-my-purchases"]')).toBeInViewport()
})

test('without JavaScript, the link opens the twin page at its top', async ({ page }) => {
  await blockPageScripts(page)
  await page.goto('/cancel/web#open-my-purchases')
  await page.getByRole('link', { name: 'Français' }).click()
  await expect(page).toHaveURL(/\/fr\/resilier\/site-web$/)
  await expect(page.locator('h1')).toBeInViewport()
})

test('the refund check keeps its answer across the editions', async ({ page }) => {
  const query = 'product=course&channel=web&paid=2026-11-20&today=2026-11-25'
  await page.goto(`/refunds/check?${query}`)
  const english = await page.locator('#result time').first().getAttribute('datetime')
  await page.getByRole('link', { name: 'Français' }).click()
  await expect(page).toHaveURL(new RegExp(`/fr/remboursements/verifier\\?${query}$`))
  await expect(page.locator('#result time').first()).toHaveAttribute('datetime', english!)
  await expect(page.locator('#result')).toContainText('2026')
})

test('nothing redirects by the browser language: a shared link opens what was shared', async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: 'fr-FR' })
  const page = await context.newPage()
  const response = await page.goto('/cancel/web')
  expect(response?.url()).toMatch(/\/cancel\/web$/)
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await context.close()
})

test('the French quick check answers in French: dates, colon and the API’s words', async ({
  page,
}) => {
  await page.goto('/fr/remboursements')
  const quick = page.locator('.quick-check')
  await fillQuickCheck(quick, {
    product: 'course',
    channel: 'web',
    paid: '2026-11-20',
    today: '2026-11-25',
    accessed: 'no',
    certificate: 'no',
  })
  const answer = quick.getByRole('status')
  await expect(answer.locator('time[datetime="2026-11-27"]').first()).toHaveText(
    /vendredi 27 novembre 2026/,
  )
  await expect(answer).toContainText('\u00a0: ')
  await expect(answer.getByRole('link').first()).toHaveAttribute(
    'href',
    /^\/fr\/remboursements\/verifier\?.*#result$/,
  )
})

test('the header’s first row keeps its height: the edition link is a 44 px target on it', async ({
  page,
}) => {
  // A layout shift of the edition link failed one CI run on /messages at 390 px; the row's
  // two boxes now have a fixed height, so a font that loads late cannot move the link.
  await page.setViewportSize({ width: 390, height: 844 })
  for (const url of ['/messages', '/fr/messages']) {
    await page.goto(url)
    const name = await page.locator('.site-name').boundingBox()
    const link = await page.locator('.other-edition').boundingBox()
    expect(link!.height, url).toBeGreaterThanOrEqual(44)
    expect(Math.abs(name!.height - link!.height), url).toBeLessThan(1)
    expect(Math.abs(name!.y - link!.y), url).toBeLessThan(1)
  }
})
