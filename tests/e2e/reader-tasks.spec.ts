import { expect, test, type Page } from '@playwright/test'
import { blockPageScripts } from './no-scripts'

/**
 * The five tasks of issue 14, each as a new reader does it on a 390 px phone: from the page
 * they start on, by what they tap, to what they must see. Each runs with JavaScript on and
 * off. A tap is a click on what a reader would tap, found by its visible name.
 */
test.use({ viewport: { width: 390, height: 844 }, hasTouch: true })

/** The calendar date `days` before today in UTC, as the server's clock reads it. */
function daysAgo(days: number): { iso: string; day: string; month: string; year: string } {
  const date = new Date()
  date.setUTCDate(date.getUTCDate() - days)
  const iso = date.toISOString().slice(0, 10)
  const [year, month, day] = iso.split('-') as [string, string, string]
  return { iso, day: String(Number(day)), month: String(Number(month)), year }
}

/** The date `days` after an ISO date. */
function plusDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

for (const scripts of ['on', 'off'] as const) {
  test.describe(`JavaScript ${scripts}`, () => {
    test.beforeEach(async ({ page }) => {
      if (scripts === 'off') await blockPageScripts(page)
    })

    test('stop paying through an iPhone: two taps from the home page to the steps', async ({
      page,
    }) => {
      await page.goto('/')
      await page.getByRole('link', { name: 'Stop paying' }).click()
      await expect(page).toHaveURL(/\/cancel$/)
      // The whole card is the target: the reader taps the words that describe them.
      await page
        .locator('.choice')
        .filter({ hasText: /iPhone or iPad, and Apple charged you/ })
        .click()
      await expect(page).toHaveURL(/\/cancel\/apple$/)
      await expect(page.locator('h1')).toHaveText(/billed by Apple/)
      // The steps an iPhone user follows, in order, each readable.
      const titles = page.locator('#open-settings, #open-subscriptions, #cancel-subscription')
      await expect(titles).toHaveCount(3)
      for (const step of await titles.all()) await expect(step).toBeVisible()
    })

    test('a course bought 9 days ago: whether, until when, and where to ask', async ({ page }) => {
      const paid = daysAgo(9)
      await page.goto('/')
      await page.getByRole('link', { name: 'Get money back' }).click()
      await expect(page).toHaveURL(/\/refunds$/)
      // "Which did you buy?" leads, with a link to each product's rules; the quick check
      // follows it, within the first two screens.
      await expect(
        page.getByRole('link', { name: 'A single course or Specialization, paid once' }),
      ).toHaveAttribute('href', '#single-courses-and-specializations-paid-once')
      const top = await page
        .locator('.quick-check')
        .evaluate((el) => el.getBoundingClientRect().top)
      expect(top).toBeLessThan(2 * 844)

      const quick = page.locator('.quick-check')
      await quick.getByLabel('What did you pay for?').selectOption('course')
      await quick.getByLabel('Who charged you?').selectOption('web')
      await quick.getByLabel('Day').first().fill(paid.day)
      await quick.getByLabel('Month').first().fill(paid.month)
      await quick.getByLabel('Year').first().fill(paid.year)
      await quick.getByLabel(/opened graded assignments/).selectOption('no')
      await quick.getByLabel('Where do you live?').selectOption('other')
      await quick.getByLabel(/earned a certificate/).selectOption('no')

      // Coursera's current Terms give 7 days, older pages 14: the answer names the later day.
      const deadline = plusDays(paid.iso, 14)
      if (scripts === 'on') {
        // The quick check answers as the reader types, then leads to the full answer.
        const answer = quick.locator('.quick-answer')
        await expect(answer).toContainText('Maybe')
        await expect(answer.locator(`time[datetime="${deadline}"]`).first()).toBeVisible()
        await answer.getByRole('link', { name: /full answer/i }).click()
      } else {
        // Without scripts, Check opens the full check, which asks the one question the quick
        // check leaves out, with an error summary that says so.
        await quick.getByRole('button', { name: 'Check' }).click()
        await expect(page.locator('.error-summary')).toContainText('started after you paid')
        await page.getByText('No, it had started').click()
        await page.getByRole('button', { name: 'Check my refund' }).click()
      }
      await expect(page).toHaveURL(/\/refunds\/check\?/)
      const result = page.locator('#result')
      await expect(result).toHaveAttribute('data-verdict', 'contested')
      await expect(result.locator(`time[datetime="${deadline}"]`).first()).toBeVisible()
      // How to ask: the place, as a link.
      await expect(
        result.getByRole('link', { name: /My Purchases on coursera\.org/ }).first(),
      ).toHaveAttribute('href', 'https://www.coursera.org/my-purchases')
    })

    test('delete the account but keep the certificates', async ({ page }) => {
      await page.goto('/')
      await page.getByRole('link', { name: 'Delete everything' }).click()
      await expect(page).toHaveURL(/\/delete-account$/)
      // The warning comes before the steps, and says why.
      await expect(page.locator('main')).toContainText('cannot be accessed, verified or reissued')
      await page.getByRole('link', { name: 'Download every certificate' }).first().click()
      await expect(page).toHaveURL(/\/delete-account\/checklist#download-certificates$/)
      const item = page.locator('#download-certificates')
      await expect(item).toBeInViewport()
      await expect(item).toContainText('PDF')
      if (scripts === 'on') {
        // Tapping the item's title ticks it.
        const box = item.getByRole('checkbox')
        await item.getByText('Download every certificate').first().click()
        await expect(box).toBeChecked()
      }
    })

    test('an unknown "COURSERA*PLUS" charge: from the navigation to the right steps', async ({
      page,
    }) => {
      await page.goto('/')
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Charges' })
        .click()
      await expect(page).toHaveURL(/\/charges$/)
      // The name as it is printed on a statement, with nothing around it to copy by mistake.
      const name = page.locator('main code', { hasText: 'COURSERA*PLUS' })
      await expect(name).toHaveText('COURSERA*PLUS')
      await expect(name).toBeVisible()
      await page
        .locator('.choice')
        .filter({ hasText: /Coursera bills you/ })
        .click()
      await expect(page).toHaveURL(/\/cancel\/web$/)
      await expect(page.locator('h1')).toHaveText(/on the website/)
    })

    test('share one exact step: the friend lands on it and sees which guide it is', async ({
      page,
      context,
      baseURL,
    }) => {
      await page.goto('/cancel/web')
      const step = page.locator('li.step').nth(1)
      const id = await step.getAttribute('id')
      const control = step.getByRole('link', { name: /Copy link to this step/ })
      let shared: string
      if (scripts === 'on') {
        await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL })
        await control.click()
        await expect(step.getByRole('status')).toHaveText('Link copied')
        shared = await page.evaluate(() => navigator.clipboard.readText())
      } else {
        // Without scripts the control is the step's own link: the address bar holds it.
        await control.click()
        shared = page.url()
      }
      expect(shared).toBe(`${baseURL}/cancel/web#${id}`)

      const friend: Page = await context.newPage()
      if (scripts === 'off') await blockPageScripts(friend)
      await friend.goto(shared)
      const landed = friend.locator(`li.step[id="${id}"]`)
      await expect(landed).toBeInViewport()
      const where = landed.locator('.step-where')
      await expect(where).toBeVisible()
      await expect(where).toHaveText(/on the website · step 2 of \d+/)
      await expect(where).toBeInViewport()
    })
  })
}
