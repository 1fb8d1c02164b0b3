import { readFileSync } from 'node:fs'
import path from 'node:path'
import { NextResponse, type NextRequest } from 'next/server'
import { pageContentSecurityPolicy } from './lib/security/headers.mjs'

/**
 * Content-Security-Policy for pages, without 'unsafe-inline' and with static generation
 * kept. A prerendered page gets the hashes of its own inline scripts (computed after the
 * build by scripts/csp-hashes.mjs); a page rendered on demand (the refund check) gets a
 * fresh nonce, which Next.js puts on its scripts. Unknown addresses get a nonce plus the
 * hashes of the prerendered 404 page, which is what they are answered with.
 */

type HashMap = Record<string, string[]>
let hashes: HashMap | null = null

function loadHashes(): HashMap {
  if (hashes) return hashes
  try {
    hashes = JSON.parse(
      readFileSync(path.join(process.cwd(), '.next', 'csp-hashes.json'), 'utf8'),
    ) as HashMap
  } catch {
    // Without the file (a build that skipped scripts/csp-hashes.mjs, or `next dev`) static
    // pages still read fully; their scripts are blocked until the hashes exist.
    if (process.env.NODE_ENV === 'production') {
      console.error('proxy: .next/csp-hashes.json is missing; run `npm run build`, which writes it')
    }
    hashes = {}
  }
  return hashes
}

export function proxy(request: NextRequest) {
  const dev = process.env.NODE_ENV === 'development'
  const map = loadHashes()
  const pathname = request.nextUrl.pathname.replace(/(.)\/$/, '$1')
  const known = map[pathname]
  if (known) {
    const response = NextResponse.next()
    response.headers.set('Content-Security-Policy', pageContentSecurityPolicy(known, { dev }))
    return response
  }
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64')
  const policy = pageContentSecurityPolicy([`'nonce-${nonce}'`, ...(map['/_not-found'] ?? [])], {
    dev,
  })
  const requestHeaders = new Headers(request.headers)
  requestHeaders.set('Content-Security-Policy', policy)
  const response = NextResponse.next({ request: { headers: requestHeaders } })
  response.headers.set('Content-Security-Policy', policy)
  return response
}

export const config = {
  matcher: [
    {
      // Pages only: not the API (it has its own policy), not static files or RSC prefetches.
      source:
        '/((?!api/|refunds/check/calendar|enhance/|_next/static|_next/image|icon.svg|robots.txt|sitemap.xml|og(?:/|$)|.*\\.png$).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
}
