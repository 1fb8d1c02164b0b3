import { expect, test } from '@playwright/test'
import { getMessages } from '../../lib/i18n/messages'
import { langOfPath } from '../../lib/site'
import { pageUrls, publishedPages } from './site-map'

/** The catalogue of a page's edition: French under /fr, English elsewhere. */
const wordsOf = (url: string) => getMessages(langOfPath(url))

test.describe('every published page renders', () => {
  for (const url of pageUrls) {
    test(`${url} has a title, a heading, the frame and no errors`, async ({ page }) => {
      const errors: string[] = []
      page.on('pageerror', (e) => errors.push(e.message))
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
      const response = await page.goto(url)
      expect(response?.status()).toBe(200)
      await expect(page.locator('h1')).toHaveCount(1)
      await expect(page.locator('h1')).toBeVisible()
      await expect(page).toHaveTitle(/Leaving Coursera|Coursera/)
      const t = wordsOf(url)
      await expect(page.locator('html')).toHaveAttribute('lang', t.lang)
      await expect(page.getByRole('navigation', { name: t.nav.label })).toBeVisible()
      await expect(page.getByRole('contentinfo')).toContainText(t.footer.disclaimer.slice(0, 30))
      // Every page links to its twin in the other edition, named in that edition's language.
      const other = page.locator('a.other-edition')
      await expect(other).toHaveAttribute('hreflang', t.otherEdition.lang)
      expect((await page.request.get((await other.getAttribute('href'))!)).status()).toBe(200)
      // And declares both editions to search engines, English for readers of neither.
      const alternates = await page
        .locator('link[rel="alternate"][hreflang]')
        .evaluateAll((links) => links.map((l) => l.getAttribute('hreflang')))
      expect(alternates.sort()).toEqual(['en', 'fr', 'x-default'])
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href')
      expect(canonical).toMatch(new RegExp(`^https?://[^/]+${url === '/' ? '/?' : url}$`))
      expect(errors).toEqual([])
    })
  }
})

test.describe('shared links land on their step', () => {
  for (const [url, anchors] of Object.entries(publishedPages)) {
    if (anchors.length === 0) continue
    test(`every anchor of ${url}`, async ({ page }) => {
      for (const [i, id] of anchors.entries()) {
        // The first anchor arrives with a fresh page load, as a shared link does; the others
        // by changing the fragment, which moves the reader and :target the same way.
        if (i === 0) await page.goto(`${url}#${id}`)
        else await page.evaluate((hash) => (window.location.hash = hash), id)
        await expect(page.locator(`[id="${id}"]`), id).toHaveCount(1)
        // The anchor (or the step an alias points into) is on screen after arrival.
        const landed = page.locator(`.step:has(> [id="${id}"]), [id="${id}"]`).first()
        await expect(landed, id).toBeInViewport()
        // Exactly the step reached is highlighted, when the anchor is a step or its alias.
        const highlighted = await page.evaluate(() =>
          [...document.querySelectorAll('li.step')]
            .filter((el) => getComputedStyle(el).backgroundColor !== 'rgba(0, 0, 0, 0)')
            .map((el) => el.id),
        )
        const step = await page
          .locator(`li.step[id="${id}"], li.step:has(> .anchor-alias[id="${id}"])`)
          .evaluateAll((els) => els.map((el) => el.id))
        expect(highlighted, `${url}#${id}`).toEqual(step)
      }
    })
  }
})

test('the copy-link control puts the full address of the step on the clipboard', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL })
  await page.goto('/cancel/web')
  const step = page.locator('li.step').nth(1)
  const id = await step.getAttribute('id')
  const control = step.getByRole('link', { name: /Copy link to this step/ })
  await expect(control).toHaveAttribute('href', `#${id}`)
  await control.click()
  await expect(step.getByRole('status')).toHaveText('Link copied')
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  expect(copied).toBe(`${baseURL}/cancel/web#${id}`)
  // Copying does not move the reader.
  expect(page.url()).toBe(`${baseURL}/cancel/web`)
})

test('an unknown address is a real 404 that leads back to the guides', async ({ page }) => {
  const response = await page.goto('/cancel/nowhere')
  expect(response?.status()).toBe(404)
  await expect(page.locator('h1')).toHaveText('Page not found')
  await expect(
    page.getByRole('link', { name: /Cancel a Coursera subscription on the website/ }),
  ).toBeVisible()
})
