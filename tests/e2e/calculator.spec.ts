import { expect, test, type Locator } from '@playwright/test'
import { blockPageScripts } from './no-scripts'
import {
  answerCases,
  errorCases,
  fillQuickCheck,
  fillRefundForm,
  onePerVerdict,
  questionsAnswered,
  typeDate,
  formCases,
  queryString,
  type RefundCase,
} from './refund-cases'

// Every worked case goes through the API route and the page in-process
// (tests/unit/refund-answers.test.ts). The browser takes one case per verdict in each mode,
// each mode preferring other questions, so that between them they answer every one.
const answerForms = formCases.filter((c) => !c.expect.error)
const modes = {
  'without JavaScript': onePerVerdict(formCases, ['upgrade', 'renewal', 'accessed', 'trialStart']),
  'with JavaScript': onePerVerdict(answerForms, ['start', 'certificate', 'accessed', 'region']),
  'quick check': onePerVerdict(
    answerForms.filter((c) => !c.query.start), // the quick check asks no start day
    ['region', 'renewal', 'accessed', 'trialStart'],
  ),
}

test('between them, the browser modes answer every question the form asks', () => {
  const asked = new Set(answerForms.flatMap(questionsAnswered))
  const answered = new Set(Object.values(modes).flat().flatMap(questionsAnswered))
  expect([...asked].filter((q) => !answered.has(q))).toEqual([])
  for (const [mode, cases] of Object.entries(modes)) {
    const verdicts = cases.map((c) => c.expect.verdict).filter(Boolean)
    expect(new Set(verdicts).size, mode).toBe(verdicts.length)
  }
})

const dateFields = [
  'deadline',
  'safeDeadline',
  'statutoryDeadline',
  'lastFreeDay',
  'firstCharge',
] as const

/** The answer on the page shows the expected verdict and every expected date as <time>. */
async function expectAnswer(result: Locator, c: RefundCase) {
  await expect(result).toHaveAttribute('data-verdict', c.expect.verdict!)
  for (const field of dateFields) {
    const date = c.expect[field]
    if (date) await expect(result.locator(`time[datetime="${date}"]`).first()).toBeVisible()
  }
}

test.describe('the JSON API', () => {
  test('returns exactly the documented fields', async ({ request }) => {
    const body = await (
      await request.get(`/api/refund-check?${queryString(answerCases[0]!.query)}`)
    ).json()
    expect(Object.keys(body)).toEqual([
      'verdict',
      'deadline',
      'safeDeadline',
      'daysLeft',
      'requestAt',
      'statutoryDeadline',
      'lastFreeDay',
      'firstCharge',
      'sources',
      'rulesVersion',
    ])
  })

  test('serves the rule table as open data', async ({ request }) => {
    const body = await (await request.get('/api/policy')).json()
    expect(body.rules.length).toBeGreaterThan(5)
    expect(body.sources.find((s: { id: string }) => s.id === 'coursera-terms')).toMatchObject({
      url: 'https://www.coursera.org/about/terms',
      stored: '2026-07-03',
      trust: 'official-binding',
    })
    expect(body.reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })
})

test('a shared link with a mistake, without JavaScript: an error summary that links to the field', async ({
  page,
}) => {
  const c = errorCases[0]!
  await blockPageScripts(page)
  const response = await page.goto(`/refunds/check?${queryString(c.query)}`)
  expect(response?.status()).toBe(200)
  const summary = page.locator('.error-summary')
  await expect(summary.getByRole('heading', { name: 'There is a problem' })).toBeVisible()
  await expect(page).toHaveTitle(/^Error: /)
  for (const field of c.expect.error!) {
    const link = summary.locator(`a[href^="#${field}"]`)
    await expect(link).toBeVisible()
    const target = (await link.getAttribute('href'))!.slice(1)
    await expect(page.locator(`[id="${target}"]`)).toHaveCount(1)
  }
  await expect(page.locator('#result[data-verdict]')).toHaveCount(0)
})

test.describe('the form, submitted without JavaScript, agrees with a case of every verdict', () => {
  for (const c of modes['without JavaScript']) {
    test(c.name, async ({ page }) => {
      await blockPageScripts(page)
      await page.goto('/refunds/check')
      await fillRefundForm(page, c.query)
      await page.getByRole('button', { name: 'Check my refund' }).click()
      await page.waitForURL(/\/refunds\/check\?/)
      if (c.expect.error) {
        await expect(page.locator('.error-summary')).toBeVisible()
        await expect(page).toHaveTitle(/^Error: /)
        for (const field of c.expect.error)
          await expect(page.locator(`#${field}-error`)).toBeVisible()
        return
      }
      await expectAnswer(page.locator('#result'), c)
    })
  }
})

test.describe('a date typed as the reader typed it', () => {
  for (const locale of ['en-GB', 'en-US', 'fr-FR']) {
    test.describe(locale, () => {
      test.use({ locale })
      test('30 February is refused, as typed, with and without JavaScript', async ({
        page,
        browser,
      }) => {
        for (const scripts of [true, false]) {
          const context = await browser.newContext({ locale, javaScriptEnabled: scripts })
          const p = await context.newPage()
          await p.goto('/refunds/check')
          await fillRefundForm(p, {
            product: 'course',
            channel: 'web',
            paid: '2026-03-01',
            today: '2026-03-10',
          })
          await typeDate(p.locator('#refund-form'), 'paid', '2026-02-30')
          await p.getByRole('button', { name: 'Check my refund' }).click()
          await expect(p.locator('#paid-error')).toContainText('2026-02-30 does not exist')
          await expect(p.locator('#result[data-verdict]')).toHaveCount(0)
          // What the reader typed stays in the boxes.
          await expect(p.locator('#paid-day')).toHaveValue('30')
          await expect(p.locator('#paid-month')).toHaveValue('2')
          await context.close()
        }
        void page
      })
    })
  }
})

test('a form submission with a question left unanswered gets a field error, a link does not', async ({
  page,
}) => {
  await blockPageScripts(page)
  await page.goto(
    '/refunds/check?kind=paid&product=course&channel=web&paid-day=2&paid-month=11&paid-year=2026&today=2026-11-04',
  )
  for (const field of ['certificate', 'startAfter', 'accessed', 'region'])
    await expect(page.locator(`#${field}-error`)).toBeVisible()
  await page.goto('/refunds/check?product=course&channel=web&paid=2026-11-02&today=2026-11-04')
  await expect(page.locator('#result')).toHaveAttribute('data-verdict', 'eligible')
})

test.describe('with JavaScript, the answer follows the form as the reader types', () => {
  for (const c of modes['with JavaScript']) {
    test(c.name, async ({ page }) => {
      await page.goto('/refunds/check')
      await fillRefundForm(page, c.query)
      const result = page.locator('#result')
      await expectAnswer(result, c)
      // The address bar now reproduces the answer: open it fresh and land on the same one.
      await expect(page).toHaveURL(/\?.*product=.*#result$/)
      // Keeping the address in step does not scroll the field the reader is in off screen.
      await expect(page.locator(':focus')).toBeInViewport()
      const shared = page.url()
      const again = await page.context().newPage()
      await again.goto(shared)
      await expectAnswer(again.locator('#result'), c)
      await expect(again.locator('#result')).toBeInViewport()
      await again.close()
    })
  }
})

test('with JavaScript, fixing a field clears its error and brings the answer, without moving the reader', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL })
  const bad =
    'kind=trial&product=course&channel=web&trialStart=2026-11-01&trialDays=500&region=other&today=2026-11-08'
  await page.goto(`/refunds/check?${bad}`)
  const days = page.locator('#trialDays')
  await expect(page.locator('.error-summary')).toBeVisible()
  await expect(days).toHaveAttribute('aria-invalid', 'true')

  await days.fill('7')
  const result = page.locator('#result.result')
  await expect(result).toHaveAttribute('data-verdict', /.+/)
  await expect(page.locator('.error-summary')).toHaveCount(0)
  await expect(page.locator('#trialDays-error')).toHaveCount(0)
  await expect(days).not.toHaveAttribute('aria-invalid', /.*/)
  await expect(days).toHaveAttribute('aria-describedby', 'trialDays-hint')
  await expect(page).toHaveURL(/trialDays=7.*#result$/)
  await expect(page).not.toHaveTitle(/^Error: /)
  await expect(days).toBeFocused()
  // Screen readers hear the new answer's headline.
  await expect(page.locator('[data-live-answer]')).toHaveText(
    (await result.locator('.result-headline').textContent())!.trim(),
  )
  // The answer arrived after the page loaded; its copy button works all the same.
  await result.getByRole('link', { name: /Copy a link to this answer/ }).click()
  await expect(result.getByRole('status').last()).toHaveText('Link copied')
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url())

  // A value the server refuses takes the answer away and says what is wrong.
  await days.fill('500')
  await expect(page.locator('.error-summary')).toBeVisible()
  await expect(result).toHaveCount(0)
  await expect(page.locator('#trialDays-error')).toBeVisible()
  await expect(days).toHaveAttribute('aria-invalid', 'true')
  await expect(days).toHaveAttribute('aria-describedby', 'trialDays-hint trialDays-error')
  await expect(page).toHaveTitle(/^Error: /)
  await expect(days).toBeFocused()
})

test.describe('the quick check in the refund guide agrees with a case of every verdict', () => {
  for (const c of modes['quick check']) {
    test(c.name, async ({ page }) => {
      await page.goto('/refunds')
      const quick = page.locator('.quick-check')
      await fillQuickCheck(quick, c.query)
      const answer = quick.getByRole('status')
      await expect(answer).toHaveAttribute('data-verdict', c.expect.verdict!)
      for (const field of dateFields) {
        const date = c.expect[field]
        if (date) await expect(answer.locator(`time[datetime="${date}"]`).first()).toBeVisible()
      }
      // Point 16: each last day says how far away it is.
      if (c.expect.deadline || c.expect.lastFreeDay)
        await expect(answer).toContainText(/days? left|last day|passed \d+ days? ago/)
      await expect(answer.getByRole('link', { name: /full answer/ })).toHaveAttribute(
        'href',
        /\/refunds\/check\?.*#result$/,
      )
    })
  }
})

test('bad input of every kind gets a message, never a crash or echoed markup', async ({
  page,
  request,
}) => {
  const evil = '<script>alert(1)</script>'
  const queries = [
    `product=${encodeURIComponent(evil)}&channel=web&paid=2026-11-01`,
    'product=course&channel=web&paid=2026-02-30',
    'product=course&channel=web&paid=2999-01-01',
    'product=course&channel=web&trialStart=2026-11-01&trialDays=500',
    'product=course&channel=web&paid=2026-11-01&trialStart=2026-11-01',
    'product=course&product=degree&channel=web&paid=2026-11-01',
    `product=course&channel=web&paid=${encodeURIComponent('"><img src=x onerror=alert(1)>')}`,
    'product=course&channel=web&paid=2026-11-01&today=not-a-date',
    '%E0%A4%A=broken&product=',
  ]
  for (const q of queries) {
    const api = await request.get(`/api/refund-check?${q}`)
    expect(api.status(), q).toBe(400)
    expect((await api.json()).errors.length, q).toBeGreaterThan(0)
    const response = await page.goto(`/refunds/check?${q}`)
    expect(response?.status(), q).toBe(200)
    const html = await response!.text()
    expect(html).not.toContain('<script>alert(1)')
    expect(html).not.toContain('<img src=x')
    await expect(page.locator('.error-summary')).toBeVisible()
  }
})

test('the timeline is a labelled picture with a text alternative', async ({ page }) => {
  await page.goto(
    `/refunds/check?${queryString(answerCases.find((c) => c.name.includes('Saturday rolls'))!.query)}`,
  )
  const picture = page.getByRole('img', { name: 'Timeline' })
  await expect(picture).toBeVisible()
  const description = await picture.locator('desc').textContent()
  expect(description).toContain('Legal withdrawal period: until Monday, 23 November 2026')
  // On a phone the picture fits the screen.
  await page.setViewportSize({ width: 390, height: 844 })
  const box = await picture.boundingBox()
  expect(box!.width).toBeLessThanOrEqual(390)
})

test('the deadline goes into a calendar file with a reminder the day before', async ({
  page,
  request,
}) => {
  const c = answerCases.find((x) => x.expect.verdict === 'eligible')!
  await page.goto(`/refunds/check?${queryString(c.query)}`)
  const href = await page
    .getByRole('link', { name: /Add the deadline to my calendar/ })
    .getAttribute('href')
  const response = await request.get(href!)
  expect(response.headers()['content-type']).toContain('text/calendar')
  const ics = await response.text()
  expect(ics).toContain(`DTSTART;VALUE=DATE:${c.expect.safeDeadline!.replaceAll('-', '')}`)
  expect(ics).toContain('BEGIN:VALARM')
  expect(ics).toMatch(/TRIGGER:-PT15H/)
  const bad = await request.get('/refunds/check/calendar?product=netflix')
  expect(bad.status()).toBe(400)
})

test.describe('the same answer in every time zone', () => {
  const c = answerCases.find((x) => x.name.includes('Saturday rolls'))!
  for (const timezoneId of ['Pacific/Apia', 'America/Los_Angeles', 'Asia/Kolkata']) {
    test.describe(timezoneId, () => {
      test.use({ timezoneId })
      test('live form and quick check', async ({ page }) => {
        await page.goto('/refunds/check')
        await fillRefundForm(page, c.query)
        await expectAnswer(page.locator('#result'), c)
        await expect(page.locator('#result')).toContainText('Monday, 23 November 2026')

        await page.goto('/refunds')
        const quick = page.locator('.quick-check')
        await fillQuickCheck(quick, c.query)
        const answer = quick.getByRole('status')
        await expect(answer).toHaveAttribute('data-verdict', c.expect.verdict!)
        await expect(answer.locator(`time[datetime="${c.expect.statutoryDeadline}"]`)).toHaveText(
          'Monday, 23 November 2026',
        )
      })
    })
  }
})
