import { NextResponse, type NextRequest } from 'next/server'
import { pageContentSecurityPolicy } from './lib/security/headers.mjs'

/**
 * The Content-Security-Policy of the refund check, the one page rendered per request and the
 * one that keeps Next's client runtime: a fresh nonce each time, which Next.js puts on its
 * scripts, and no 'unsafe-inline'. Every other page is static, runs no inline script, and
 * gets one fixed policy from next.config.mjs, so the proxy does not run for it at all.
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64')
  const policy = pageContentSecurityPolicy([`'nonce-${nonce}'`], {
    dev: process.env.NODE_ENV === 'development',
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
      // The page only: not its calendar file (it has the API's policy), not RSC prefetches.
      source: '/refunds/check',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
}
