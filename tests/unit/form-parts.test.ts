// @time-zones: reading a request works out dates (today, the deadlines shown with the form).
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it, vi } from 'vitest'
import { FragmentCache } from '@/components/fragment-cache'
import { RefundCheckDocument } from '@/components/refund-check-response'
import { searchResponse } from '@/components/search-response'
import { languages, type Lang } from '@/lib/site'
import { makeCases } from '../shared/refund-fuzz'

// The results page reads the search index the build makes; unit tests build their own.
vi.mock('@/lib/search/index.server', async () => {
  const { testIndexes } = await import('./search-index')
  const indexes = await testIndexes()
  return { searchIndex: (lang: Lang) => indexes[lang] }
})

/**
 * The refund check keeps parts of its page as rendered HTML between requests (the header's
 * links, the form's questions, the rule behind an answer: components/fragment-cache.tsx). A
 * kept part must give the reader exactly the page a fresh render gives: the chosen option,
 * the error and its message, the answer's rule and sources, in the right language.
 */
const clockToday = '2026-11-20'
const queries = [
  '',
  'product=course&channel=web&paid=2026-11-07&today=2026-11-08&region=eu',
  'product=plus-monthly&channel=apple&kind=trial&trialStart=2026-11-01&trialDays=7',
  // A form sent with nothing chosen, then one with a date that does not exist.
  'paid-day=&paid-month=&paid-year=&trialDays=7',
  'product=lite&channel=google&kind=paid&paid-day=31&paid-month=2&paid-year=2026&renewal=yes',
  ...makeCases(20261205, 400).map((c) => c.q),
]

function page(lang: Lang, q: string, cache?: FragmentCache): string {
  const url = new URL(`http://127.0.0.1/refunds/check?${q}`)
  return renderToStaticMarkup(createElement(RefundCheckDocument, { url, lang, clockToday, cache }))
}

describe('kept parts of the refund check', () => {
  for (const lang of languages) {
    it(`give the same page as a fresh render, ${queries.length} queries (${lang})`, () => {
      const cache = new FragmentCache()
      const differ: string[] = []
      for (const q of queries) {
        const fresh = page(lang, q)
        // First while the questions are being kept, then from what was kept.
        const filling = page(lang, q, cache)
        cache.fill(renderToStaticMarkup)
        const kept = page(lang, q, cache)
        if (filling !== fresh || kept !== fresh) differ.push(q)
      }
      expect(differ).toEqual([])
      // Nine radio questions with a few states each, the four date fields when empty, the
      // rules behind the answers, their caveats and sources, and the frame's parts.
      expect(cache.size).toBeGreaterThan(60)
    })
  }

  it('keep no more than their limit', () => {
    const cache = new FragmentCache(5)
    for (const q of queries.slice(0, 50)) {
      page('en', q, cache)
      cache.fill(renderToStaticMarkup)
    }
    expect(cache.size).toBe(5)
    // A full cache still renders every question, fresh.
    expect(page('en', queries[1] ?? '', cache)).toBe(page('en', queries[1] ?? ''))
  })
})

describe('kept parts of the search results page', () => {
  for (const lang of languages) {
    it(`give the same page as the first, fresh render (${lang})`, async () => {
      const path = lang === 'en' ? '/search' : '/fr/recherche'
      const questions = ['cancel iphone', 'remboursement', '', 'x'.repeat(201), '<b>refund</b>']
      for (const q of questions) {
        const get = () =>
          searchResponse(
            new Request(`http://127.0.0.1${path}?q=${encodeURIComponent(q)}`),
            lang,
          ).then((r) => r.text())
        const first = await get()
        expect(await get(), q).toBe(first)
        expect(first).toContain('class="site-nav"')
      }
    })
  }
})
