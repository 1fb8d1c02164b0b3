// @time-zones: the feed dates each change.
import { DOMParser, onWarningStopParsing, type Element } from '@xmldom/xmldom'
import { createElement } from 'react'
import { renderToStaticMarkup, renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { GET } from '@/app/changes.xml/route'
import { SiteBody, SiteRoot } from '@/components/site-frame'
import { OpenData } from '@/components/open-data'
import { SiteChangeLog, TermsChangeLog } from '@/components/policy-tables'
import { atomNamespace, changesFeed } from '@/lib/changes-feed'
import { getMessages } from '@/lib/i18n/messages'
import { policyTextsEn } from '@/lib/i18n/policy-texts'
import { changesIn, type SaidChange } from '@/lib/i18n/policy-view'
import {
  allChanges as changeRows,
  siteChanges as siteRows,
  termsChanges as termsRows,
} from '@/lib/policy/changes'
import { isCalendarDate } from '@/lib/policy/dates'
import { isSourceId } from '@/lib/policy/sources'
import { siteOrigin } from '@/lib/site'

/** The change log in its English words, as the feed and /sources say it. */
const allChanges = changesIn(policyTextsEn, changeRows)
const termsChanges = changesIn(policyTextsEn, termsRows)
const siteChanges = changesIn(policyTextsEn, siteRows)

/**
 * /changes.xml read as a feed reader would: a namespace-aware XML parser that stops at the
 * first warning, then the Atom elements RFC 4287 requires, checked against the change log.
 */

const atom = atomNamespace

/** Ids written out by hand: a change to how ids are made breaks every subscriber's reader. */
const expectedEntryId = (id: string) => `tag:${siteOrigin.hostname},2026:changes/${id}`

function parse(xml: string) {
  return new DOMParser({ onError: onWarningStopParsing }).parseFromString(xml, 'application/xml')
}

function children(parent: Element, name: string): Element[] {
  return Array.from(parent.childNodes).filter(
    (n): n is Element => n.nodeType === 1 && (n as Element).localName === name,
  )
}

function only(parent: Element, name: string): Element {
  const found = children(parent, name)
  expect(found, `exactly one <${name}> in <${parent.localName}>`).toHaveLength(1)
  return found[0]!
}

const text = (parent: Element, name: string) => only(parent, name).textContent ?? ''

const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/

describe('/changes.xml', async () => {
  const response = GET()
  const body = await response.text()
  const feed = parse(body).documentElement!
  const entries = children(feed, 'entry')

  it('is served as Atom, UTF-8', () => {
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8')
    expect(body.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true)
  })

  it('is a well-formed Atom 1.0 feed with the required elements', () => {
    expect(feed.localName).toBe('feed')
    expect(feed.namespaceURI).toBe(atom)
    expect(text(feed, 'id')).toBe(`tag:${siteOrigin.hostname},2026:changes`)
    expect(text(feed, 'title')).not.toBe('')
    expect(text(feed, 'updated')).toMatch(rfc3339)
    expect(text(only(feed, 'author'), 'name')).not.toBe('')
    const links = children(feed, 'link')
    const self = links.filter((l) => l.getAttribute('rel') === 'self')
    expect(self.map((l) => l.getAttribute('href'))).toEqual([
      new URL('/changes.xml', siteOrigin).href,
    ])
    expect(self[0]!.getAttribute('type')).toBe('application/atom+xml')
    expect(
      links.filter((l) => l.getAttribute('rel') === 'alternate').map((l) => l.getAttribute('href')),
    ).toEqual([new URL('/sources', siteOrigin).href])
    // Every element of the document is in the Atom namespace: no stray unprefixed tags.
    const all = Array.from(parse(body).getElementsByTagName('*'))
    expect(all.every((e) => e.namespaceURI === atom)).toBe(true)
  })

  it('has one entry per change-log entry, with stable ids made from the data ids', () => {
    const ids = entries.map((e) => text(e, 'id'))
    expect(new Set(ids).size).toBe(ids.length)
    expect([...ids].sort()).toEqual(allChanges.map((c) => expectedEntryId(c.id)).sort())
  })

  it('gives each entry its date at midnight UTC, a title, a category, text content and a link to /sources', () => {
    const byId = new Map(allChanges.map((c) => [expectedEntryId(c.id), c]))
    for (const entry of entries) {
      const change = byId.get(text(entry, 'id'))!
      expect(text(entry, 'updated')).toBe(`${change.date}T00:00:00Z`)
      expect(text(entry, 'title')).not.toBe('')
      const content = only(entry, 'content')
      expect(content.getAttribute('type')).toBe('text')
      expect(content.textContent).toContain(change.change)
      expect(content.textContent).toContain(change.forReader)
      const link = only(entry, 'link')
      expect(link.getAttribute('rel')).toBe('alternate')
      expect(link.getAttribute('href')).toBe(new URL(`/sources#${change.id}`, siteOrigin).href)
      expect(only(entry, 'category').getAttribute('term')).toBe(
        change.id.startsWith('terms-') ? 'coursera-terms' : 'site',
      )
    }
  })

  it('lists entries newest first, and the feed is as new as its newest entry', () => {
    const dates = entries.map((e) => text(e, 'updated'))
    expect(dates).toEqual([...dates].sort().reverse())
    expect(text(feed, 'updated')).toBe(dates[0])
  })

  it('escapes every text it carries', () => {
    const tricky: SaidChange = {
      id: 'site-2026-12-01-test',
      date: '2026-12-01',
      change: 'A <b>bold</b> claim & "quotes" that it\'s fine.\u0007',
      forReader: 'Nothing <script>alert(1)</script>.',
    }
    const doc = parse(changesFeed([tricky]))
    const entry = children(doc.documentElement!, 'entry')[0]!
    expect(text(entry, 'content')).toContain('A <b>bold</b> claim & "quotes" that it\'s fine.')
    expect(text(entry, 'content')).toContain('Nothing <script>alert(1)</script>.')
    expect(entry.getElementsByTagName('script')).toHaveLength(0)
  })
})

describe('the change log', () => {
  it('has ids that are unique, shaped by kind and date, and valid as anchors', () => {
    const ids = allChanges.map((c) => c.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const c of termsChanges) expect(c.id).toBe(`terms-${c.date}`)
    for (const c of siteChanges) expect(c.id.startsWith(`site-${c.date}`)).toBe(true)
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9-]*$/)
  })

  it('dates every entry with a real day, says what it changes for a reader, and cites real sources', () => {
    for (const c of allChanges) {
      expect(isCalendarDate(c.date), c.id).toBe(true)
      expect(c.change.trim(), c.id).not.toBe('')
      expect(c.forReader.trim(), c.id).not.toBe('')
      for (const s of c.sources ?? []) expect(isSourceId(s), `${c.id}: ${s}`).toBe(true)
    }
  })

  it("records only one denial reason as new on 2026-07-03 (policy-facts.md's change log)", () => {
    const entry = termsChanges.find((c) => c.id === 'terms-2026-07-03')!
    expect(entry.change).toMatch(/significant portion/)
    expect(entry.change).not.toMatch(/chargeback|repeated/i)
    const rewrite = termsChanges.find((c) => c.id === 'terms-2025-10-01')!
    expect(rewrite.change).toMatch(/chargeback/)
  })

  it('lists Coursera changes oldest first and site changes newest first', () => {
    const t = termsChanges.map((c) => c.date)
    expect(t).toEqual([...t].sort())
    const s = siteChanges.map((c) => c.date)
    expect(s).toEqual([...s].sort().reverse())
  })
})

describe('where readers find the feed', () => {
  it("is linked from every page's head: the frame's <link> is hoisted into <head>", () => {
    const t = getMessages('en')
    // The frame is plain functions of its props: called as React would call them.
    const html = renderToString(SiteRoot({ t, children: SiteBody({ t, children: 'page' }) }))
    const head = html.slice(html.indexOf('<head>'), html.indexOf('</head>'))
    expect(head).toMatch(
      /<link rel="alternate" type="application\/atom\+xml" title="[^"]+" href="\/changes.xml"\/>/,
    )
    expect(html.indexOf('<head>')).toBeGreaterThan(-1)
  })

  it("sends each entry's link to an element of /sources with that id", () => {
    const html =
      renderToStaticMarkup(createElement(TermsChangeLog, { t: getMessages('en') })) +
      renderToStaticMarkup(createElement(SiteChangeLog, { t: getMessages('en') }))
    for (const c of allChanges) expect(html, c.id).toContain(`id="${c.id}"`)
  })

  it('is linked from /sources, with the APIs and the licence', () => {
    const html = renderToStaticMarkup(createElement(OpenData, { t: getMessages('en') }))
    for (const href of ['/changes.xml', '/api/policy', '/api/openapi.json'])
      expect(html).toContain(`href="${href}"`)
    expect(html).toContain('https://creativecommons.org/licenses/by/4.0/')
  })
})
