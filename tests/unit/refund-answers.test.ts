// @time-zones: every worked case, in dates, through the API and the page.
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { GET } from '@/app/api/refund-check/route'
import cases from '../fixtures/refund-cases.json' with { type: 'json' }
import { toText } from './reader-text'
import { readRefundPage } from '../shared/read-refund-page'
import { renderRefundPage } from './refund-page'

/**
 * What a reader of the refund check sees, rendered in-process the way the server renders the
 * page: every worked case through the page and the API route handler, and the answers of
 * issue 12 read as text (points 1, 2, 3, 4, 6, 12, 13, 14, 15, 17).
 */
async function page(query: Record<string, string>): Promise<{ html: string; text: string }> {
  const { status, html } = await renderRefundPage(query)
  expect(status).toBe(200)
  return { html, text: toText(html) }
}

interface Case {
  name: string
  query: Record<string, string>
  expect: Record<string, unknown> & { error?: string[] }
}

describe(`every worked case through the API route and the page, in-process (TZ=${process.env.TZ ?? 'unset'})`, () => {
  it.each((cases as unknown as Case[]).map((c) => [c.name, c] as const))('%s', async (_n, c) => {
    const response = GET(
      new Request(`http://x/api/refund-check?${new URLSearchParams(c.query).toString()}`),
    )
    const body = (await response.json()) as Record<string, unknown>
    const shown = readRefundPage((await page(c.query)).html)
    expect(shown.unreadable).toEqual([])
    if (c.expect.error) {
      expect(response.status).toBe(400)
      expect(response.headers.get('cache-control')).toBe('no-store')
      const errors = body.errors as { field: string; message: string }[]
      expect(errors.map((e) => e.field)).toEqual(c.expect.error)
      // The page shows the same problems, in the same words, in its summary and at each field.
      expect(shown.answer).toBeNull()
      expect(shown.errors).toEqual(errors)
      expect(shown.fieldErrors).toEqual(Object.fromEntries(errors.map((e) => [e.field, e.message])))
      return
    }
    expect(response.status).toBe(200)
    const { sources, rulesVersion, ...fields } = body
    expect(fields).toEqual(c.expect)
    expect((sources as string[]).length).toBeGreaterThan(0)
    // The query names its day, so the answer never changes for this rules version.
    expect(response.headers.get('cache-control')).toContain('immutable')
    expect(response.headers.get('x-rules-version')).toBe(rulesVersion)
    // The page shows the same answer: verdict, every date, days left, where to ask, sources.
    expect(shown.errors).toBeNull()
    expect(shown.answer).toEqual(body)
  })
})

const web = { channel: 'web', today: '2026-11-10' }

describe('answers name who says what', () => {
  it('point 1: after Google Play’s 48 hours, the conflict and the advice, never "Coursera decides"', async () => {
    const { text } = await page({
      product: 'plus-monthly',
      channel: 'google',
      paid: '2026-11-01',
      today: '2026-11-10',
    })
    expect(text).toContain(
      "Google's help says the app's developer decides now, but Coursera's Terms say Coursera does not process app-store refunds",
    )
    expect(text).toContain('Ask Google Play first')
    expect(text).not.toMatch(/Coursera, decides|Coursera decides now/)
  })

  it('point 6: Google counts 48 hours from the time of purchase, and both days are shown', async () => {
    const { text, html } = await page({
      product: 'plus-monthly',
      channel: 'google',
      paid: '2026-11-01',
      today: '2026-11-01',
    })
    expect(text).toContain('within 48 hours from the time you bought')
    expect(text).toContain('only until the hour you bought')
    expect(html).toContain('dateTime="2026-11-02"')
    expect(html).toContain('dateTime="2026-11-03"')
  })

  it('point 2: a Specialization subscription: the current Terms allow 7 days, a trial may have used them', async () => {
    const { text } = await page({ ...web, product: 'specialization-monthly', paid: '2026-11-06' })
    expect(text).toContain("Coursera's current Terms allow a refund within 7 days of enrolling")
    expect(text).toContain('those 7 days ran out before your first payment')
    expect(text).not.toContain('Older pages allow a refund, but the current Terms may refuse it')
    expect(text).toContain('Current Terms, if no free trial used the 7 days')
  })

  it('a single course between 7 and 14 days: current Terms 7 days, older pages 14', async () => {
    const { text } = await page({ ...web, product: 'course', paid: '2026-11-01' })
    expect(text).toContain("Coursera's current Terms give 7 days: they ended on")
    expect(text).toContain('Older Coursera pages said 14 days')
    expect(text).not.toMatch(/generous reading/i)
  })

  it('point 4: a renewal gets no new EU withdrawal date', async () => {
    const { text, html } = await page({
      ...web,
      product: 'plus-monthly',
      paid: '2026-11-02',
      renewal: 'yes',
      region: 'eu',
    })
    expect(text).toContain('A renewal starts no new legal withdrawal period')
    expect(html).not.toContain('Last day of the legal withdrawal period')
  })

  it('point 14: opened paid content: no day every source agrees on, and why', async () => {
    const { text } = await page({ ...web, product: 'course', paid: '2026-11-08', accessed: 'yes' })
    expect(text).toContain(
      "You have opened paid content, and Coursera's current Terms refuse a refund after that",
    )
    expect(text).not.toContain('inside the window')
  })

  it('point 12: an Apple free trial carries the 24-hour advice', async () => {
    const { text } = await page({
      product: 'plus-monthly',
      channel: 'apple',
      trialStart: '2026-11-05',
      today: '2026-11-06',
    })
    expect(text).toContain('Cancel at least a day (24 hours) before the trial ends')
  })

  it('point 17: a single course links My Purchases, where the Get Refund button is', async () => {
    const { html } = await page({ ...web, product: 'course', paid: '2026-11-08' })
    expect(html).toContain('href="https://www.coursera.org/my-purchases"')
  })
})

describe('the form says what it asks', () => {
  it('no lead counts the questions (the form asks more or fewer as the purchase changes)', async () => {
    const { getMessages } = await import('@/lib/i18n/messages')
    const t = getMessages('en')
    const count = /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+questions?\b/i
    for (const lead of [t.calculator.lead, t.calculator.quick.lead]) expect(lead).not.toMatch(count)
  })
})

describe('the form presets nothing and reads dates as typed', () => {
  it('point 13: no answer that changes the verdict is checked before the reader checks it', async () => {
    const { html } = await page({})
    for (const name of ['region', 'renewal', 'certificate', 'upgrade', 'accessed', 'startAfter'])
      expect(html, name).not.toMatch(new RegExp(`name="${name}" value="[^"]+" checked`))
  })

  it('point 15: 30 February typed in boxes is refused as typed, and kept in the boxes', async () => {
    const { html, text } = await page({
      kind: 'paid',
      product: 'course',
      channel: 'web',
      certificate: 'no',
      startAfter: 'no',
      accessed: 'no',
      region: 'other',
      'paid-day': '30',
      'paid-month': '2',
      'paid-year': '2026',
      'today-day': '10',
      'today-month': '3',
      'today-year': '2026',
    })
    expect(text).toContain('Payment date 2026-02-30 does not exist')
    expect(html).toContain('value="30"')
    expect(html).not.toContain('data-verdict=')
  })

  it('a form submission answers from the boxes, and its link names every answer', async () => {
    const { html } = await page({
      kind: 'paid',
      product: 'course',
      channel: 'web',
      certificate: 'no',
      startAfter: 'no',
      accessed: 'no',
      region: 'other',
      'paid-day': '2',
      'paid-month': '11',
      'paid-year': '2026',
      'today-day': '5',
      'today-month': '11',
      'today-year': '2026',
    })
    expect(html).toContain('data-verdict="eligible"')
    expect(html).toContain(
      'data-query="product=course&amp;channel=web&amp;paid=2026-11-02&amp;certificate=no&amp;accessed=no&amp;region=other&amp;today=2026-11-05"',
    )
  })
})

describe('the quick check presets nothing either', () => {
  it('point 13: every choice of the quick check starts blank, region included', async () => {
    const { QuickCheck } = await import('@/components/refund-widgets')
    const { getMessages } = await import('@/lib/i18n/messages')
    const html = renderToStaticMarkup(QuickCheck({ t: getMessages('en') }))
    const selects = html.match(/<select[^>]*>[\s\S]*?<\/select>/g) ?? []
    expect(selects.map((s) => /name="(\w+)"/.exec(s)?.[1])).toEqual(
      expect.arrayContaining([
        'product',
        'channel',
        'accessed',
        'region',
        'renewal',
        'upgrade',
        'certificate',
      ]),
    )
    for (const select of selects) {
      expect(select).toMatch(/<option value="" selected="">/)
      expect(select.match(/selected=""/g)).toHaveLength(1)
    }
    // Dates are three boxes, not a date control that rewrites what is typed.
    expect(html).not.toContain('type="date"')
  })
})

describe('lang on the API: the language of the error messages, and nothing else', () => {
  const ask = async (query: string) => {
    const response = GET(new Request(`http://x/api/refund-check?${query}`))
    return { status: response.status, body: (await response.json()) as Record<string, unknown> }
  }
  const bad = 'product=course&channel=web&paid=2026-02-30&certificate=maybe&today=2026-11-10'
  const good = 'product=course&channel=web&paid=2026-11-05&today=2026-11-10'

  it('says the same problems on the same fields in French with lang=fr', async () => {
    const en = await ask(bad)
    const fr = await ask(`${bad}&lang=fr`)
    expect(fr.status).toBe(400)
    const enErrors = en.body.errors as { field: string; message: string }[]
    const frErrors = fr.body.errors as { field: string; message: string }[]
    expect(frErrors.map((e) => e.field)).toEqual(enErrors.map((e) => e.field))
    expect(frErrors.map((e) => e.message)).toEqual([
      'La date de paiement 2026-02-30 n’existe pas. Vérifiez le jour et le mois.',
      'Certificat obtenu\u00a0: répondez yes ou no.',
    ])
    expect(enErrors[0]!.message).toBe(
      'Payment date 2026-02-30 does not exist. Check the day and the month.',
    )
  })

  it('answers a good query the same whatever the language', async () => {
    const plain = await ask(good)
    expect(plain.status).toBe(200)
    expect((await ask(`${good}&lang=fr`)).body).toEqual(plain.body)
    expect((await ask(`${good}&lang=en`)).body).toEqual(plain.body)
  })

  it('refuses a language it has no messages in, as a field error, without echoing it', async () => {
    const r = await ask(`${good}&lang=<b>de</b>`)
    expect(r.status).toBe(400)
    expect(r.body.errors).toEqual([
      { field: 'lang', message: 'Choose the language of the messages: en, fr.' },
    ])
    const twice = await ask(`${bad}&lang=fr&lang=en`)
    const fields = (twice.body.errors as { field: string }[]).map((e) => e.field)
    expect(fields).toEqual(['paid', 'certificate', 'lang'])
  })
})

describe(`every worked case through the French refund check (TZ=${process.env.TZ ?? 'unset'})`, () => {
  it.each((cases as unknown as Case[]).map((c) => [c.name, c] as const))('%s', async (_n, c) => {
    const english = readRefundPage((await renderRefundPage(c.query)).html)
    const { status, html } = await renderRefundPage(c.query, 'fr')
    expect(status).toBe(200)
    expect(html).toContain('<html lang="fr">')
    const french = readRefundPage(html, 'fr')
    expect(french.unreadable).toEqual([])
    // The same verdict, dates, days left, place to ask and sources: only the words differ.
    expect(french.answer).toEqual(english.answer)
    if (c.expect.error) {
      // Field errors in French, the words the API gives with lang=fr, on the same fields.
      const api = GET(
        new Request(
          `http://x/api/refund-check?${new URLSearchParams({ ...c.query, lang: 'fr' }).toString()}`,
        ),
      )
      const errors = ((await api.json()) as { errors: { field: string; message: string }[] }).errors
      expect(french.errors).toEqual(errors)
      expect(french.errors).not.toEqual(english.errors)
    }
  })
})
