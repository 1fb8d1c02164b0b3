import { expect, test } from '@playwright/test'
import { blockPageScripts } from './no-scripts'

const answers: [name: RegExp, path: string, heading: RegExp][] = [
  [/The line names Apple/, '/cancel/apple', /billed by Apple/],
  [/The line names Google/, '/cancel/google', /billed by Google Play/],
  [/The line names Coursera/, '/cancel/web', /on the website/],
  [/On coursera\.org/, '/cancel/web', /on the website/],
  // In the app, who charged you tells the three apart (issue 14): the name on the statement.
  [/iPhone or iPad, and Apple charged you/, '/cancel/apple', /billed by Apple/],
  [/Android, and Google Play charged you/, '/cancel/google', /billed by Google Play/],
  [/Coursera app, but Coursera charged you/, '/cancel/app', /Coursera app/],
]

for (const scripts of ['on', 'off'] as const) {
  test.describe(`channel finder, JavaScript ${scripts}`, () => {
    for (const [name, path, heading] of answers) {
      test(`"${name.source}" leads to ${path}`, async ({ page, baseURL }) => {
        if (scripts === 'off') await blockPageScripts(page)
        await page.goto('/cancel#who-bills-you')
        // The answer's card is tapped: the whole card follows its one link.
        await page.locator('.choice').filter({ hasText: name }).click()
        await expect(page).toHaveURL(`${baseURL}${path}`)
        await expect(page.locator('h1')).toHaveText(heading)
      })
    }
  })
}

test('the hub doors are plain links to the three intents', async ({ page }) => {
  await blockPageScripts(page)
  await page.goto('/')
  await expect(page.getByRole('link', { name: 'Stop paying' })).toHaveAttribute('href', '/cancel')
  await expect(page.getByRole('link', { name: 'Get money back' })).toHaveAttribute(
    'href',
    '/refunds',
  )
  await expect(page.getByRole('link', { name: 'Delete everything' })).toHaveAttribute(
    'href',
    '/delete-account',
  )
  // The whole card is the tap target, not just its title.
  const card = page.locator('#delete-everything')
  const box = await card.boundingBox()
  if (!box) throw new Error('no card')
  await page.mouse.click(box.x + box.width - 10, box.y + box.height - 10)
  await expect(page).toHaveURL(/\/delete-account$/)
})
