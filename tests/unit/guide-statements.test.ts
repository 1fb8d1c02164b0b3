// @time-zones: guides load through the frontmatter schema, which checks dates.
import { describe, expect, it, vi } from 'vitest'
import { listGuides } from '@/lib/content/guides.server'
import { policyTextsEn } from '@/lib/i18n/policy-texts'
import { footerText, guideText } from './reader-text'

// Widget scripts come from a build step; their tags carry no text a reader sees.
vi.mock('@/components/enhance-script', () => ({ EnhanceScript: () => null }))

/**
 * What a reader sees, page by page: each guide rendered on the server as its page renders it,
 * then read as text. Issue 12, points 1, 5, 8, 9, 11, 12, 19 and 20.
 */
// /messages is left out: its ready-to-send messages are widgets of their own.
const slugs = (await listGuides('en')).map((g) => g.slug).filter((s) => s !== '/messages')
const text = new Map(await Promise.all(slugs.map(async (s) => [s, await guideText(s)] as const)))
const page = (slug: string) => text.get(slug) ?? ''

const shortNames = Object.values(policyTextsEn.sources)
  .map((s) => s.short)
  .sort((a, b) => b.length - a.length)
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const sourceRun = new RegExp(`^(?:\\s*Source: (?:${shortNames.map(escape).join('|')}))+`)

/** The sources cited right after a sentence, as the reader sees them ("Source: …"). */
function citedAfter(body: string, sentenceEnd: number): string[] {
  const run = sourceRun.exec(body.slice(sentenceEnd))?.[0] ?? ''
  return shortNames.filter((n) => run.includes(`Source: ${n}`))
}

describe('point 5: the certificate condition is for courses and Specializations only', () => {
  it('no page says refunds are never given after a certificate, for everything', () => {
    for (const [slug, body] of text) expect(body, slug).not.toMatch(/never after a certificate/i)
  })

  it('/refunds says so in its "In short", and that the Terms set none for Coursera Plus', () => {
    const inShort = /In short (.*?) On this page/.exec(page('/refunds'))?.[1] ?? ''
    expect(inShort).toMatch(
      /course or Specialization is not refunded once you have earned its certificate/,
    )
    expect(inShort).toMatch(/no such condition for Coursera Plus/)
  })
})

describe('point 8: charges after deleting rest on the Chargeback guide, not on ReSubs', () => {
  const pages = [
    '/',
    '/cancel/apple',
    '/cancel/google',
    '/charges',
    '/delete-account',
    '/delete-account/checklist',
    '/faq',
  ]

  it.each(pages)('%s cites the Chargeback guide for it, and never ReSubs', (slug) => {
    const body = page(slug)
    const sentences = [...body.matchAll(/[^.?!]*\bcharges\b[^.?!]*\bdelet[^.?!]*[.?!]/gi)]
    const cited = sentences
      .map((m) => ({ s: m[0].trim(), by: citedAfter(body, (m.index ?? 0) + m[0].length) }))
      .filter((c) => c.by.length > 0)
    expect(cited.length, slug).toBeGreaterThan(0)
    for (const c of cited) {
      expect(c.by, c.s).toContain(policyTextsEn.sources['seed-chargeback'].short)
      expect(c.by, c.s).not.toContain(policyTextsEn.sources['seed-resubs'].short)
    }
  })

  it('no page says "readers report charges after deleting" any more', () => {
    for (const [slug, body] of text) expect(body, slug).not.toMatch(/readers report charges/i)
  })
})

describe('point 1: Google Play after its 48 hours', () => {
  it.each(['/cancel/google', '/refunds'])('%s shows both readings and the advice', (slug) => {
    const body = page(slug)
    expect(body).toMatch(/48 hours from the time you bought/)
    expect(body).toMatch(/developer (then )?decides/)
    expect(body).toMatch(/Coursera does not process marketplace refunds|store alone handles/)
    expect(body).toMatch(/Ask Google Play first, with its refund request form/i)
    expect(body).toMatch(/ask Coursera's support/)
    expect(body).toMatch(/in writing/)
    expect(body).not.toMatch(/after that, the developer decides/i)
  })
})

describe('point 9: dates we can stand by', () => {
  it('the footer gives the stored dates of the Terms and the Privacy Notice, not a fresh check', () => {
    const footer = footerText()
    expect(footer).toContain("Coursera's Terms of Use as stored on 3 July 2026")
    expect(footer).toContain('Privacy Notice as stored on 12 May 2026')
    expect(footer).not.toMatch(/last checked against their sources/i)
  })

  it('/sources shows, per source, how it is dated and when we reviewed it', () => {
    const body = page('/sources')
    expect(body).toMatch(
      /Dated copy recorded 2026-07-03 Reviewed in our fact base 29 November 2026/,
    )
    expect(body).toMatch(/Dated the page shows no date Reviewed in our fact base/)
  })

  it("each page's source list gives the stored copy and our review", () => {
    expect(page('/delete-account')).toMatch(
      /Official, binding; copy recorded 2026-05-12; reviewed 29 November 2026; id coursera-privacy/,
    )
  })
})

describe('point 11: how long Coursera keeps data after deletion', () => {
  it('/delete-account says it, cited to the Privacy Notice', () => {
    const body = page('/delete-account')
    expect(body).toMatch(/no longer than necessary\. .*? Source: Coursera Privacy Notice/)
    expect(body).toMatch(/within 2 years of collection\. Source: Coursera Privacy Notice/)
    expect(body).toMatch(/no source says how long it takes/)
  })
})

describe('point 12: access after cancelling, and subscribing again', () => {
  it.each(['/', '/faq', '/cancel'])('%s gives the Apple free-trial exception', (slug) => {
    expect(page(slug)).toMatch(
      /cancelling during (an Apple free trial|a free trial) may end (your )?access at once|cancel during a free trial, third-party copies of Apple's help say your access may end at once/,
    )
  })

  it('the hub answers "Usually not", with the exception', () => {
    expect(page('/')).toMatch(/Do I lose access as soon as I cancel\? Usually not\./)
  })

  it('/faq says a cancelled subscription can be reactivated, labelled third party', () => {
    const body = page('/faq')
    expect(body).toMatch(
      /A third-party guide, not Coursera, says you can reactivate a cancelled subscription at any time, and go back into your courses in audit mode\. Source: Chargeback guide/,
    )
    expect(body).not.toMatch(/do not describe subscribing again/)
  })
})

describe('point 19: certificates before deleting', () => {
  it('the checklist says to download certificates, not to write down their links', () => {
    const body = page('/delete-account/checklist')
    expect(body).not.toMatch(/write down its verification link/i)
    expect(body).toMatch(/download it as a PDF/)
    expect(body).toMatch(/verification link stops working once the account is deleted/)
    expect(body).toMatch(/cancel and keep the account/)
  })

  it('/delete-account puts "cancel, do not delete" in its "In short"', () => {
    const inShort = /In short (.*?) On this page/.exec(page('/delete-account'))?.[1] ?? ''
    expect(inShort).toMatch(/To keep them verifiable, cancel and keep your account instead/)
  })
})

describe('point 20: a charge from a stranger', () => {
  it('/charges sends a reader with no account to the card issuer, labelled general advice', () => {
    const body = page('/charges')
    expect(body).toMatch(/You have no Coursera account/)
    expect(body).toMatch(/may not be yours at all/)
    expect(body).toMatch(/General advice, not a Coursera fact/)
    expect(body).toMatch(/Go to your card issuer first/)
    expect(body).toMatch(/for Coursera's own customers/)
  })
})
