import { PHASE_DEVELOPMENT_SERVER } from 'next/constants.js'
import {
  apiContentSecurityPolicy,
  securityHeaders,
  staticPageContentSecurityPolicy,
} from './lib/security/headers.mjs'

/**
 * @param {string} phase
 * @returns {import('next').NextConfig}
 */
export default function nextConfig(phase) {
  const dev = phase === PHASE_DEVELOPMENT_SERVER
  const staticPolicy = [
    { key: 'Content-Security-Policy', value: staticPageContentSecurityPolicy({ dev }) },
  ]
  return {
    reactStrictMode: true,
    poweredByHeader: false,
    async headers() {
      return [
        { source: '/:path*', headers: securityHeaders },
        // No page runs an inline script: the build takes Next's runtime out of the guides
        // (scripts/static-pages.mjs) and the server out of the refund check
        // (scripts/start.mjs). One fixed policy, cached with the page.
        { source: '/', headers: staticPolicy },
        { source: '/:path((?!api/).+)', headers: staticPolicy },
        {
          source: '/api/:path*',
          headers: [{ key: 'Content-Security-Policy', value: apiContentSecurityPolicy }],
        },
        {
          // Page enhancers: the content hash is in the file name (scripts/build-enhance.mjs).
          source: '/enhance/:file*',
          headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }],
        },
        {
          source: '/refunds/check/calendar',
          headers: [{ key: 'Content-Security-Policy', value: apiContentSecurityPolicy }],
        },
      ]
    },
  }
}
