import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { blockPageScripts } from './no-scripts'
import { pageUrls } from './site-map'

/**
 * The search (issue 17) as a reader uses it: the header's form on every page, the results
 * page without and with JavaScript, in both languages, and results as you type.
 */

test.describe('without JavaScript', () => {
  test.beforeEach(async ({ page }) => {
    await blockPageScripts(page)
  })

  test('the header form leads to results that land on the exact step', async ({ page }) => {
    await page.goto('/')
    const box = page.getByRole('searchbox', { name: 'Search the guides' })
    await box.fill('delete account keep certificate')
    await box.press('Enter')
    await expect(page).toHaveURL(/\/search\?q=delete\+account\+keep\+certificate$/)
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Results for “delete account keep certificate”',
    )
    const results = page.getByRole('list', { name: 'Results' }).getByRole('listitem')
    expect(await results.count()).toBeGreaterThan(2)
    await expect(results.first().locator('mark').first()).toBeVisible()
    // The query stays in the box, and the page is not for search engines.
    await expect(box).toHaveValue('delete account keep certificate')
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex, follow')
    // A result is a link to the place itself, which opens highlighted.
    const checklist = page.locator('a[href="/delete-account/checklist#download-certificates"]')
    await checklist.click()
    await expect(page).toHaveURL(/\/delete-account\/checklist#download-certificates$/)
    await expect(page.locator('[id="download-certificates"]')).toBeInViewport()
  })

  test('in French, from a French page, to the French edition, with the refund check offered', async ({
    page,
  }) => {
    await page.goto('/fr/remboursements')
    const box = page.getByRole('searchbox', { name: 'Chercher dans les guides' })
    await box.fill('rembourser 10 jours')
    await page.getByRole('button', { name: 'Chercher' }).click()
    await expect(page).toHaveURL(/\/fr\/recherche\?q=rembourser\+10\+jours$/)
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
    const links = page.getByRole('list', { name: 'Résultats' }).getByRole('link')
    for (const href of await links.evaluateAll((a) => a.map((x) => x.getAttribute('href'))))
      expect(href).toMatch(/^\/fr(\/|#|$)/)
    await page.getByRole('link', { name: /Vérifiez vos dates/ }).click()
    await expect(page).toHaveURL(/\/fr\/remboursements\/verifier$/)
  })

  test('nothing found: it says so, keeps the query and offers the three ways in', async ({
    page,
  }) => {
    await page.goto('/search?q=zzzzqqq')
    await expect(page.getByText('Nothing on this site matches “zzzzqqq”.')).toBeVisible()
    await expect(page.getByRole('searchbox', { name: 'Search the guides' })).toHaveValue('zzzzqqq')
    for (const name of ['Stop paying', 'Get money back', 'Delete everything'])
      await expect(page.getByRole('link', { name })).toBeVisible()
  })

  test('a hostile query is shown as text, and a long one is explained', async ({ page }) => {
    const dialogs: string[] = []
    page.on('dialog', async (d) => {
      dialogs.push(d.message())
      await d.dismiss()
    })
    await page.goto(`/search?q=${encodeURIComponent('<img src=x onerror=alert(1)> refund')}`)
    await expect(page.getByRole('heading', { level: 1 })).toContainText('<img src=x')
    expect(await page.locator('main img').count()).toBe(0)
    await page.goto(`/search?q=${'a'.repeat(201)}`)
    await expect(page.getByRole('alert')).toHaveText(
      'Search words must be at most 200 characters; these have 201.',
    )
    expect(dialogs).toEqual([])
  })
})

test('every page has the search form, reached by keyboard before the page itself', async ({
  page,
}) => {
  test.setTimeout(120_000)
  for (const url of pageUrls) {
    await page.goto(url)
    const form = page.locator('header form[role="search"][method="get"]')
    await expect(form, url).toHaveCount(1)
    // Tab from the top of the page: the box comes within the header's own stops.
    await page.locator('body').focus()
    let reached = false
    for (let i = 0; i < 16 && !reached; i++) {
      await page.keyboard.press('Tab')
      reached = await page.evaluate(() => document.activeElement?.getAttribute('name') === 'q')
    }
    expect(reached, `${url}: the search box by Tab`).toBe(true)
  }
})

test.describe('with JavaScript', () => {
  test('the script comes on first focus, not with the page; results come as you type', async ({
    page,
  }) => {
    const scripts: string[] = []
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname)
    })
    await page.goto('/cancel/web')
    await page.waitForLoadState('load')
    expect(scripts.filter((s) => s.startsWith('/enhance/search.'))).toEqual([])
    const box = page.getByRole('searchbox', { name: 'Search the guides' })
    await box.focus()
    await expect.poll(() => scripts.filter((s) => s.startsWith('/enhance/search.')).length).toBe(1)
    // A typo in a longer word is forgiven.
    await box.pressSequentially('certficate', { delay: 20 })
    const live = page.locator('.site-search-live')
    await expect(live.getByRole('status')).toHaveText(/^\d+ results?$/)
    const links = live.getByRole('link')
    await expect(links.first()).toBeVisible()
    expect(await links.count()).toBeGreaterThan(1)
    // Arrow keys walk the results; Escape closes them and goes back to the box.
    await box.press('ArrowDown')
    await expect(links.first()).toBeFocused()
    await page.keyboard.press('ArrowDown')
    await expect(links.nth(1)).toBeFocused()
    await page.keyboard.press('ArrowUp')
    await page.keyboard.press('ArrowUp')
    await expect(box).toBeFocused()
    const axe = await new AxeBuilder({ page }).include('.site-header').analyze()
    expect(axe.violations.map((v) => v.id)).toEqual([])
    await page.keyboard.press('Escape')
    await expect(links).toHaveCount(0)
    await expect(box).toBeFocused()
    // Enter still submits the form to the results page.
    await box.press('Enter')
    await expect(page).toHaveURL(/\/search\?q=certficate$/)
    await expect(
      page.getByRole('list', { name: 'Results' }).getByRole('listitem').first(),
    ).toBeVisible()
  })

  test('a result as you type opens the place it names', async ({ page }) => {
    await page.goto('/fr')
    const box = page.getByRole('searchbox', { name: 'Chercher dans les guides' })
    await box.focus()
    await box.pressSequentially('resilier abonnement', { delay: 20 })
    const first = page.locator('.site-search-live').getByRole('link').first()
    await expect(first).toBeVisible()
    const href = await first.getAttribute('href')
    expect(href).toMatch(/^\/fr/)
    await first.click()
    await expect(page).toHaveURL(new RegExp(`${href!.replace(/[?#]/g, '\\$&')}$`))
  })
})
