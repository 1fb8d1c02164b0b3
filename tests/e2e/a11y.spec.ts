import { readdirSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { enhancerRoots, enhancers } from '../../components/widget-registry.mjs'
import { blockPageScripts } from './no-scripts'
import { pageUrls } from './site-map'

/**
 * axe on every route in one colour scheme and one JavaScript mode (light, JavaScript on), and
 * on a fixed sample of pages that between them show every component, in the other scheme
 * (dark) and the other mode (JavaScript off, light and dark).
 */
const answer =
  '/refunds/check?product=course&channel=web&paid=2026-11-07&today=2026-11-08&region=eu'
const mistake = '/refunds/check?product=netflix&paid=2026-02-30'
const filledMessages = '/messages?product=plus-annual&paid=2026-11-20&deadline=2026-12-04&region=eu'
// Search results in both editions, with the refund check offered; nothing found.
const searchResults = '/search?q=refund+after+10+days'
const searchResultsFr = '/fr/recherche?q=rembourser+10+jours'
const searchNothing = '/fr/recherche?q=zzzzqqq'

const routes = [
  ...pageUrls,
  // The calculator with an answer, with errors, and a trial; a message page filled by a link.
  answer,
  '/refunds/check?product=plus-monthly&channel=web&trialStart=2026-11-01&trialDays=7&today=2026-11-05&region=uk',
  mistake,
  filledMessages,
  '/this-page-does-not-exist',
  searchResults,
  searchResultsFr,
  searchNothing,
]

/**
 * What shows each file of components/ on a page. A new file there fails the check below until
 * it is listed here, and a page of the sample is chosen to show it.
 */
const shownBy: Record<string, readonly string[]> = {
  'breadcrumbs.tsx': ['.breadcrumbs'],
  'checklist.tsx': ['.checklist'],
  'choices.tsx': ['.choices'],
  'copy-link.tsx': ['.copy-link'],
  'copy-message.tsx': ['.copy-bar'],
  'date-text.tsx': ['time[datetime]'],
  'doors.tsx': ['.doors'],
  'enhance-script.tsx': ['script[src^="/enhance/"]'],
  'error-summary.tsx': ['.error-summary'],
  'guide-article.tsx': ['article.guide', '.in-short', '.toc', '.effort', '.page-sources'],
  'guide-page.tsx': ['article.guide'],
  'guide-route.tsx': ['article.guide', 'html[lang="fr"]'],
  'html-document.tsx': ['html[lang]'],
  'json-ld.tsx': ['script[type="application/ld+json"]'],
  'mdx-parts.tsx': ['.callout', '.quote'],
  'message-fill.tsx': ['.prefill-status'],
  'open-data.tsx': ['#open-data'],
  'policy-tables.tsx': [
    '.rule-card',
    '.stack-table',
    '.rule-grid',
    '.rule-list',
    '.source-cards',
    '.conflicts',
    '.change-log',
  ],
  'readings.tsx': ['.readings'],
  'ready-message.tsx': ['.message-letter'],
  // The parts kept between requests: the form's questions, an answer's rule and sources.
  'fragment-cache.tsx': ['#refund-form', '.result-sources-block'],
  'refund-check-page.tsx': ['.calculator'],
  'refund-check-response.tsx': ['.calculator'],
  'refund-form.tsx': ['#refund-form'],
  'refund-quick-check.tsx': ['.quick-check'],
  'refund-result.tsx': ['#result[data-verdict]', '.result-block.statutory'],
  'refund-timeline.tsx': ['.timeline'],
  'refund-widgets.tsx': ['.quick-check'],
  'share-image.tsx': [], // the picture a shared link shows (an image route), not on a page
  'search-page.tsx': ['.search-results', 'mark', '.search-offer', '.search-none'],
  'search-response.tsx': ['.search-page', 'form.site-search input[value]'],
  'site-footer.tsx': ['.site-footer'],
  'site-frame.tsx': ['.skip-link', 'main#main'],
  'site-header.tsx': ['.site-header', 'a.other-edition[hreflang]'],
  'steps.tsx': ['.steps', '.step'],
  'widgets.tsx': [], // the MDX widgets by name: each is listed under its own file
}

/** The fixed sample, and what each of its pages shows (checked on the page as it loads). */
const sample: Record<string, readonly string[]> = {
  '/': [
    'html[lang]',
    '.skip-link',
    'main#main',
    '.site-header',
    '.site-footer',
    '.doors',
    'article.guide',
    '.in-short',
    '.page-sources',
  ],
  '/cancel': ['.choices', '.toc', '.quote'],
  '/cancel/web': ['.steps', '.step', '.copy-link', '.callout', '.effort'],
  // The French edition: the same components in French words (longer), its own root layout.
  '/fr/remboursements': ['html[lang="fr"]', 'a.other-edition[hreflang]', '.quick-check'],
  '/refunds': ['.quick-check', '.stack-table', '.rule-grid', '.rule-list', '.readings'],
  '/sources': ['.rule-card', '.source-cards', '.conflicts', '.change-log', '#open-data'],
  '/delete-account/checklist': ['.checklist', 'script[type="application/ld+json"]'],
  [filledMessages]: ['.message-letter', '.copy-bar', '.prefill-status'],
  [answer]: [
    '.calculator',
    '.breadcrumbs',
    '#refund-form',
    '#result[data-verdict]',
    '.result-block.statutory',
    '.result-sources-block',
    '.timeline',
    'time[datetime]',
    'script[src^="/enhance/"]',
  ],
  [mistake]: ['.error-summary'],
  [searchResults]: ['.search-page', '.search-results', 'mark', '.search-offer'],
  [searchResultsFr]: ['html[lang="fr"]', '.search-results', 'form.site-search input[value]'],
  [searchNothing]: ['.search-none', '.doors'],
}

async function violations(page: Page) {
  // Violations come back in full; passes and the rest with one node each, which spares axe
  // building a selector for every node of a long page.
  const results = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze()
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
  }))
}

test('the sample shows every component', () => {
  const files = readdirSync('components').filter((f) => f.endsWith('.tsx'))
  expect(
    files.filter((f) => !(f in shownBy)),
    'components with nothing listed that shows them',
  ).toEqual([])
  const shown = new Set(Object.values(sample).flat())
  const unseen = Object.entries(shownBy).flatMap(([file, selectors]) =>
    selectors.filter((s) => !shown.has(s)).map((s) => `${file}: ${s}`),
  )
  expect(unseen, 'components no page of the sample shows').toEqual([])
})

test.describe('light, JavaScript on', () => {
  for (const url of routes) {
    test(`axe finds no violations on ${url}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'light' })
      await page.goto(url)
      expect(await violations(page)).toEqual([])
      if (url in sample) {
        // The dark theme follows the system setting: switching it restyles the same page.
        await page.emulateMedia({ colorScheme: 'dark' })
        expect(await violations(page), 'dark').toEqual([])
      }
    })
  }
})

test.describe('the sample, JavaScript off, light and dark', () => {
  for (const [url, selectors] of Object.entries(sample)) {
    test(`axe finds no violations on ${url}`, async ({ page }) => {
      await blockPageScripts(page)
      await page.emulateMedia({ colorScheme: 'light' })
      await page.goto(url)
      for (const selector of selectors)
        expect(await page.locator(selector).count(), `${url} shows ${selector}`).toBeGreaterThan(0)
      // No page loads Next's runtime; the only scripts are our widget enhancers. A page
      // without one is the same document with JavaScript on or off, checked in both schemes
      // with JavaScript on.
      if ((await page.locator('script[src^="/enhance/"]').count()) === 0) return
      expect(await violations(page), 'light').toEqual([])
      await page.emulateMedia({ colorScheme: 'dark' })
      expect(await violations(page), 'dark').toEqual([])
    })
  }
})

test('each page of the sample shows the root of every enhancer it loads', async ({ page }) => {
  await blockPageScripts(page)
  for (const url of Object.keys(sample)) {
    await page.goto(url)
    const loaded = await page
      .locator('script[src^="/enhance/"]')
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('src') ?? ''))
    for (const name of enhancers.filter((e) =>
      loaded.some((src) => src.startsWith(`/enhance/${e}.`)),
    ))
      expect(await page.locator(enhancerRoots[name]!).count(), `${url}: ${name}`).toBeGreaterThan(0)
  }
})

test('the sample loads every widget script the widget registry names', async ({ request }) => {
  const found = new Set<string>()
  for (const url of Object.keys(sample)) {
    const html = await (await request.get(url)).text()
    for (const name of enhancers) if (html.includes(`/enhance/${name}.`)) found.add(name)
  }
  expect(enhancers.filter((name) => !found.has(name))).toEqual([])
})
