import { describe, expect, it } from 'vitest'
import {
  brokenLinks,
  extractIds,
  extractLinks,
  groupExternal,
  linkProblem,
  mediaType,
  resolveLink,
  type Fetched,
  type Target,
} from '@/scripts/lib/links.mjs'

const server = 'http://127.0.0.1:4952'
const site = 'https://leavingcoursera.example'
const origins = [server, site]

function internal(href: string, page = `${server}/refunds`): Target {
  const r = resolveLink(href, page, origins)
  if (r.type !== 'internal') throw new Error(`${href} is ${r.type}`)
  return r
}

describe('extractLinks and extractIds', () => {
  const html = `<html><head>
    <link rel="canonical" href="https://leavingcoursera.example/cancel/web">
    <link rel="stylesheet" href="/_next/static/chunks/a.css">
  </head><body>
    <a href="/refunds/check?product=course&amp;channel=web">check</a>
    <a>no href</a>
    <a name="old-anchor"></a>
    <!-- <a href="/commented-out">x</a> -->
    <h2 id="ask-coursera">Ask</h2><li id="caf&#233;"></li>
  </body></html>`

  it('finds anchors and the canonical link, with entities decoded', () => {
    expect(extractLinks(html)).toEqual([
      { href: 'https://leavingcoursera.example/cancel/web', kind: 'canonical' },
      { href: '/refunds/check?product=course&channel=web', kind: 'a' },
    ])
  })

  it('finds ids and old-style named anchors', () => {
    expect([...extractIds(html)].sort()).toEqual(['ask-coursera', 'café', 'old-anchor'])
  })
})

describe('resolveLink', () => {
  it('keeps the public origin and the test server on the site', () => {
    expect(resolveLink(`${site}/cancel/web`, `${server}/`, origins)).toEqual({
      type: 'internal',
      key: '/cancel/web',
      path: '/cancel/web',
      fragment: null,
    })
    expect(internal('#sign-in', `${server}/cancel/web`)).toMatchObject({
      key: '/cancel/web',
      fragment: 'sign-in',
    })
    expect(internal('check?x=1#r')).toMatchObject({ key: '/check?x=1', fragment: 'r' })
  })

  it('decodes fragments, and rejects broken percent-encoding', () => {
    expect(internal('/faq#caf%C3%A9').fragment).toBe('café')
    expect(resolveLink('/faq#%E0%A4%A', `${server}/`, origins).type).toBe('invalid')
  })

  it('lists other origins as external and ignores mailto and friends', () => {
    expect(resolveLink('https://www.coursera.org/about/terms', `${server}/`, origins)).toEqual({
      type: 'external',
      url: 'https://www.coursera.org/about/terms',
    })
    expect(resolveLink('mailto:a@b.example', `${server}/`, origins).type).toBe('ignored')
    expect(resolveLink('http://[bad', `${server}/`, origins).type).toBe('invalid')
  })
})

describe('linkProblem', () => {
  const page: Fetched = { status: 200, type: 'text/html', ids: new Set(['steps']) }

  it('accepts a page that answers 200 and has the anchor', () => {
    expect(linkProblem(internal('/cancel/web#steps'), page)).toBeNull()
    expect(linkProblem(internal('/cancel/web'), page)).toBeNull()
    expect(linkProblem(internal('/cancel/web#top'), page)).toBeNull()
  })

  it('reports a missing page, a missing anchor and a redirect', () => {
    expect(linkProblem(internal('/faq'), { status: 404, type: 'text/html' })).toBe('answers 404')
    expect(linkProblem(internal('/cancel/web#nowhere'), page)).toBe(
      'has no element with id="nowhere"',
    )
    expect(linkProblem(internal('/old'), { status: 308, type: '', location: '/new' })).toBe(
      'answers 308 (redirects to /new)',
    )
  })

  it('holds known files to their content type', () => {
    expect(
      linkProblem(internal('/api/policy'), { status: 200, type: 'application/json' }),
    ).toBeNull()
    expect(linkProblem(internal('/api/policy'), { status: 200, type: 'text/html' })).toBe(
      'answers 200 as text/html, expected application/json',
    )
    expect(
      linkProblem(internal('/refunds/check/calendar?product=course'), {
        status: 404,
        type: 'text/plain',
      }),
    ).toBe('answers 404')
  })

  it('checks only the anchor of a link into the page it is on', () => {
    const notFound: Fetched = { status: 404, type: 'text/html', ids: new Set(['main']) }
    expect(linkProblem(internal('#main', `${server}/x`), notFound, { samePage: true })).toBeNull()
    expect(linkProblem(internal('#gone', `${server}/x`), notFound, { samePage: true })).toBe(
      'has no element with id="gone"',
    )
  })
})

describe('brokenLinks', () => {
  it('lists each broken link once per page, with the page it is on', () => {
    const pages = new Map<string, Fetched>([
      ['/sources', { status: 200, type: 'text/html', ids: new Set(['every-source']) }],
      ['/faq', { status: 404, type: 'text/html', ids: new Set() }],
    ])
    const link = (from: string, href: string) => ({
      from,
      href,
      target: internal(href, `${server}${from}`),
    })
    const broken = brokenLinks(
      [
        link('/sources', '#sources'),
        link('/sources', '#every-source'),
        link('/refunds', '/faq'),
        link('/refunds', '/faq'),
        link('/', '/faq'),
      ],
      pages,
    )
    expect(broken).toEqual([
      { from: '/', href: '/faq', target: '/faq', problem: 'answers 404' },
      { from: '/refunds', href: '/faq', target: '/faq', problem: 'answers 404' },
      {
        from: '/sources',
        href: '#sources',
        target: '/sources',
        problem: 'has no element with id="sources"',
      },
    ])
  })
})

describe('groupExternal and mediaType', () => {
  it('groups external URLs with the pages that use them', () => {
    expect(
      groupExternal([
        { url: 'https://b.example/', from: '/refunds' },
        { url: 'https://a.example/', from: '/sources' },
        { url: 'https://b.example/', from: '/' },
        { url: 'https://b.example/', from: '/refunds' },
      ]),
    ).toEqual([
      { url: 'https://a.example/', pages: ['/sources'] },
      { url: 'https://b.example/', pages: ['/', '/refunds'] },
    ])
  })

  it('reads the media type of a Content-Type header', () => {
    expect(mediaType('text/html; charset=utf-8')).toBe('text/html')
    expect(mediaType(null)).toBe('')
  })
})
