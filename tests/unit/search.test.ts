// @time-zones: it renders whole results pages, and every page shows dates.
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { GET } from '@/app/api/search/route'
import { searchResponse } from '@/components/search-response'
import {
  asksAboutRefund,
  searchPlaces,
  snippetOf,
  type LoadedIndex,
  type SearchResult,
} from '@/lib/search/engine'
import { fold, termsOf } from '@/lib/search/terms'
import { readSearchQuery } from '@/lib/search/request'
import type { Lang } from '@/lib/site'
import { readResultsPage } from '../shared/search-fuzz'
import { testIndexes } from './search-index'

vi.mock('@/lib/search/index.server', async () => {
  const { testIndexes: built } = await import('./search-index')
  const indexes = await built()
  return { searchIndex: (lang: Lang) => indexes[lang] }
})

let indexes: Record<Lang, LoadedIndex>
beforeAll(async () => {
  indexes = await testIndexes()
})

const urls = (lang: Lang, q: string) => searchPlaces(indexes[lang], q).map((r) => r.url)
const marked = (r: SearchResult) => r.marks.map(([a, b]) => r.snippet.slice(a, b))

describe('matching', () => {
  it('ignores accents and case, both ways', () => {
    expect(fold('RÉSILIER l’Abonnement')).toBe('resilier l’abonnement')
    const plain = urls('fr', 'resilier abonnement')
    expect(plain.length).toBeGreaterThan(3)
    expect(urls('fr', 'RÉSILIER ABONNEMENT')).toEqual(plain)
    expect(urls('fr', 'résilier abonnement')).toEqual(plain)
    // A result found without accents marks the accented words of the page.
    const first = searchPlaces(indexes.fr, 'resilier')[0]!
    expect(marked(first).map(fold)).toContain('resilier')
  })

  it('forgives a typo in a longer word, not in a short one', () => {
    expect(urls('en', 'certficate')).toContain('/delete-account/checklist#download-certificates')
    expect(urls('en', 'subscriptoin').length).toBeGreaterThan(0)
    expect(urls('fr', 'remboursment').some((u) => u.startsWith('/fr/remboursements'))).toBe(true)
    // "jours" must not find "cours", nor "Coursera" through its French stem.
    const days = searchPlaces(indexes.fr, 'jours')
    for (const r of days) expect(marked(r).map(fold)).not.toContain('coursera')
  })

  it('matches word forms: refunds finds refund, remboursé finds remboursement', () => {
    expect(termsOf('refunds', 'en')).toContain('refund')
    expect(termsOf('remboursé', 'fr')).toEqual(
      expect.arrayContaining(termsOf('remboursement', 'fr').slice(1)),
    )
    const refunds = searchPlaces(indexes.en, 'refunds')
    expect(refunds.some((r) => marked(r).some((w) => /^refund$/i.test(w)))).toBe(true)
    const rembourse = searchPlaces(indexes.fr, 'remboursé')
    expect(rembourse.some((r) => marked(r).some((w) => /^remboursement$/i.test(w)))).toBe(true)
  })

  it('knows the synonyms readers use', () => {
    // unsubscribe → cancel; money back → refund; se désabonner → résilier.
    expect(
      searchPlaces(indexes.en, 'unsubscribe').some((r) =>
        marked(r).some((w) => /^cancel/i.test(w)),
      ),
    ).toBe(true)
    expect(searchPlaces(indexes.en, 'money back')[0]!.url).toMatch(/refund|money-back/)
    expect(
      searchPlaces(indexes.fr, 'se désabonner').some((r) =>
        marked(r).some((w) => /^résili/i.test(w)),
      ),
    ).toBe(true)
  })

  it('opens a hub for a question that names only its topic, a channel for one that names it', () => {
    expect(urls('en', 'cancel subscription')[0]).toBe('/cancel')
    expect(urls('fr', 'résilier abonnement')[0]).toBe('/fr/resilier')
    expect(urls('en', 'cancel subscription google play')[0]).toMatch(/^\/cancel\/google/)
  })

  it('gives each language its own edition', () => {
    for (const q of ['refund', 'cancel', 'certificate', 'apple', 'coursera plus']) {
      const en = urls('en', q)
      expect(en.length).toBeGreaterThan(0)
      for (const u of en) expect(u.startsWith('/fr')).toBe(false)
    }
    for (const q of ['remboursement', 'résilier', 'certificat', 'apple']) {
      const fr = urls('fr', q)
      expect(fr.length).toBeGreaterThan(0)
      for (const u of fr) expect(u.startsWith('/fr')).toBe(true)
    }
  })

  it('gives at most 10 results, each pointing at a place on a page', () => {
    const results = searchPlaces(
      indexes.en,
      'coursera cancel refund delete account certificate apple',
    )
    expect(results).toHaveLength(10)
    for (const r of results) expect(r.url).toMatch(/^\/[a-z/-]*(#[a-z0-9-]+)?$/)
    expect(urls('en', 'zzzzqqq')).toEqual([])
    expect(urls('en', '')).toEqual([])
  })
})

describe('snippets', () => {
  it('marks whole matched words, inside the snippet, in order', () => {
    for (const [lang, q] of [
      ['en', 'refund after 10 days'],
      ['en', 'apple subscription not showing'],
      ['fr', 'remboursement coursera plus'],
    ] as const) {
      for (const r of searchPlaces(indexes[lang], q)) {
        expect(r.snippet.length).toBeLessThanOrEqual(182)
        let at = 0
        for (const [a, b] of r.marks) {
          expect(a).toBeGreaterThanOrEqual(at)
          expect(b).toBeLessThanOrEqual(r.snippet.length)
          expect(r.snippet.slice(a, b)).toMatch(/^[\p{L}\p{N}]+$/u)
          at = b
        }
      }
    }
  })

  it('cuts long text at spaces around the densest matches, with an ellipsis', () => {
    const text = `${'filler words here '.repeat(30)}the refund rules for refund requests ${'more filler '.repeat(30)}`
    const { snippet, marks } = snippetOf(text, new Set(termsOf('refund', 'en')), 'en')
    expect(snippet.startsWith('…')).toBe(true)
    expect(snippet.endsWith('…')).toBe(true)
    expect(marks.map(([a, b]) => snippet.slice(a, b))).toEqual(['refund', 'refund'])
  })
})

describe('the refund check offer', () => {
  it('comes with questions about money back or dates, not others', () => {
    expect(asksAboutRefund('can I still get a refund', 'en')).toBe(true)
    expect(asksAboutRefund('money back', 'en')).toBe(true)
    expect(asksAboutRefund('rembourser 10 jours', 'fr')).toBe(true)
    expect(asksAboutRefund('delete account keep certificate', 'en')).toBe(false)
    expect(asksAboutRefund('résilier sur iPhone', 'fr')).toBe(false)
  })
})

describe('reading q and lang', () => {
  const read = (qs: string) => readSearchQuery(new URLSearchParams(qs), 'en')
  it('accepts a query of up to 200 characters, in either language', () => {
    expect(read('q=refund')).toEqual({ ok: true, q: 'refund', lang: 'en' })
    expect(read('q=%20refund%20&lang=fr')).toEqual({ ok: true, q: 'refund', lang: 'fr' })
    expect(read(`q=${'é'.repeat(200)}`).ok).toBe(true)
  })
  it('refuses a missing, blank, too long or repeated q, and an unknown lang', () => {
    const codes = (qs: string) => {
      const r = read(qs)
      return r.ok ? [] : r.errors.map((e) => `${e.field} ${e.code}`)
    }
    expect(codes('')).toEqual(['q missing'])
    expect(codes('q=%20%20')).toEqual(['q missing'])
    expect(codes(`q=${'a'.repeat(201)}`)).toEqual(['q too-long'])
    expect(codes('q=a&q=b')).toEqual(['q repeated'])
    expect(codes('q=a&lang=de')).toEqual(['lang not-listed'])
    expect(codes('q=a&lang=en&lang=fr')).toEqual(['lang repeated'])
  })
})

describe('GET /api/search', () => {
  const get = async (qs: string) => {
    const response = GET(new Request(`http://127.0.0.1/api/search?${qs}`))
    return { response, body: JSON.parse(await response.text()) }
  }

  it('answers with the query, the language and at most 10 results, cached', async () => {
    const { response, body } = await get('q=cancel+iphone')
    expect(response.status).toBe(200)
    expect(body.query).toBe('cancel iphone')
    expect(body.lang).toBe('en')
    expect(body.results.length).toBeGreaterThan(0)
    expect(body.results.length).toBeLessThanOrEqual(10)
    expect(Object.keys(body.results[0]).sort()).toEqual([
      'marks',
      'section',
      'snippet',
      'title',
      'url',
    ])
    expect(response.headers.get('cache-control')).toBe('public, max-age=300, s-maxage=31536000')
    const fr = await get('q=r%C3%A9silier&lang=fr')
    expect(fr.body.lang).toBe('fr')
    expect(fr.body.results[0].url.startsWith('/fr/')).toBe(true)
  })

  it('refuses bad input with 400 and a message per field, in the asked language', async () => {
    const missing = await get('')
    expect(missing.response.status).toBe(400)
    expect(missing.body).toEqual({
      errors: [
        {
          field: 'q',
          message: 'Type what you are looking for, for example: refund after 10 days.',
        },
      ],
    })
    expect(missing.response.headers.get('cache-control')).toBe('no-store')
    const long = await get(`q=${'a'.repeat(201)}&lang=fr`)
    expect(long.body.errors[0].field).toBe('q')
    expect(long.body.errors[0].message).toContain('200')
    expect(long.body.errors[0].message).toContain('caractères')
    const lang = await get('q=refund&lang=de')
    expect(lang.response.status).toBe(400)
    expect(lang.body.errors).toEqual([
      { field: 'lang', message: 'Choose the language of the results: en, fr.' },
    ])
  })

  it('never sends markup back, even in the query it repeats', async () => {
    const { response, body } = await get(
      `q=${encodeURIComponent('<script>alert(1)</script> refund')}`,
    )
    const text = await GET(new Request(`http://127.0.0.1/api/search?q=%3Cb%3Erefund`)).text()
    expect(text).not.toContain('<b>')
    expect(JSON.parse(text).query).toBe('<b>refund')
    expect(response.status).toBe(200)
    expect(body.query).toBe('<script>alert(1)</script> refund')
  })
})

describe('the results page', () => {
  const render = async (qs: string, lang: Lang = 'en') => {
    const path = lang === 'en' ? '/search' : '/fr/recherche'
    const response = await searchResponse(new Request(`http://127.0.0.1${path}?${qs}`), lang)
    return { response, html: await response.text() }
  }

  it('lists the API’s results in order, as links to the places, with marked words', async () => {
    const { html, response } = await render('q=delete+account+keep+certificate')
    expect(response.status).toBe(200)
    const api = searchPlaces(indexes.en, 'delete account keep certificate')
    const shown = readResultsPage(html)!
    expect(shown.urls).toEqual(api.map((r) => r.url))
    expect(shown.marks).toBe(api.reduce((n, r) => n + r.marks.length, 0))
    expect(html).toContain('<meta name="robots" content="noindex, follow"/>')
    expect(html).toContain('value="delete account keep certificate"')
  })

  it('offers the refund check for money and date questions, in both languages', async () => {
    const offer = /<p class="search-offer">[^]*?<a href="([^"]+)"/
    expect(offer.exec((await render('q=can+I+still+get+a+refund')).html)?.[1]).toBe(
      '/refunds/check',
    )
    expect(offer.exec((await render('q=rembourser+10+jours', 'fr')).html)?.[1]).toBe(
      '/fr/remboursements/verifier',
    )
    expect((await render('q=delete+account')).html).not.toContain('search-offer')
  })

  it('with nothing found, says so, keeps the query and offers the three ways in', async () => {
    const { html } = await render('q=zzzzqqq')
    expect(html).toContain('Nothing on this site matches “zzzzqqq”.')
    expect(html).toContain('value="zzzzqqq"')
    for (const href of ['/cancel', '/refunds', '/delete-account'])
      expect(html).toContain(`href="${href}" class="door-link"`)
  })

  it('escapes the query everywhere it shows it, and explains a bad one', async () => {
    const { html } = await render(`q=${encodeURIComponent('"><img src=x onerror=alert(1)>')}`)
    expect(html).not.toContain('<img src=x')
    const long = await render(`q=${'a'.repeat(201)}`)
    expect(long.response.status).toBe(200)
    expect(long.html).toContain('Search words must be at most 200 characters; these have 201.')
    const blank = await render('q=')
    expect(blank.html).toContain('Type what you are looking for, in your own words.')
  })
})
