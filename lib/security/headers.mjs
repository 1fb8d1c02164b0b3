// Security headers, in one place for next.config.mjs (every route). Plain JavaScript so
// next.config.mjs can import it.

/** Headers every response carries. */
export const securityHeaders = [
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains; preload' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  {
    key: 'Permissions-Policy',
    value:
      'accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), microphone=(), payment=(), usb=(), browsing-topics=()',
  },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Cross-Origin-Resource-Policy', value: 'same-site' },
]

/** The API answers JSON and calendar files: nothing in them may run or be framed. */
export const apiContentSecurityPolicy =
  "default-src 'none'; object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"

/**
 * The policy for pages. `scripts` are extra script sources (none in production). No
 * 'unsafe-inline' and no 'unsafe-eval' (development adds eval for React's error overlay).
 * @param {string[]} scripts
 * @param {{ dev?: boolean }} [options]
 */
export function pageContentSecurityPolicy(scripts, { dev = false } = {}) {
  const directives = [
    "default-src 'self'",
    ['script-src', "'self'", ...scripts, ...(dev ? ["'unsafe-eval'"] : [])].join(' '),
    dev ? "style-src 'self' 'unsafe-inline'" : "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ]
  return directives.join('; ')
}

/**
 * The policy of every page: scripts from our own origin only (the widget scripts in
 * /enhance/), no inline script at all, since no page keeps Next's client runtime (see
 * scripts/static-pages.mjs and app/refunds/check/route.tsx). `next dev` serves pages with
 * Next's inline development scripts, so there the policy allows those.
 * @param {{ dev?: boolean }} [options]
 */
export function staticPageContentSecurityPolicy({ dev = false } = {}) {
  return pageContentSecurityPolicy(dev ? ["'unsafe-inline'"] : [], { dev })
}
