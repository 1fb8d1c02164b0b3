import { PHASE_DEVELOPMENT_SERVER } from 'next/constants.js'
import { distDir, standalone } from './lib/build-output.mjs'
import { siteOriginHref } from './lib/site-origin.mjs'
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
    // Each edition has its own root layout, for <html lang> (app/(en), app/(fr)); an address
    // that matches no route then needs a 404 of its own, outside both (app/global-not-found).
    experimental: { globalNotFound: true },
    distDir,
    // The standalone build is the same code as the main build, which `npm run typecheck` and
    // `npm run build` type-check: it skips a third pass (about 30 s of CI).
    ...(standalone ? { output: 'standalone', typescript: { ignoreBuildErrors: true } } : {}),
    // Read once, at build time: every canonical address, prerendered or not, uses the same.
    env: { SITE_ORIGIN: siteOriginHref },
    // The built files' map (lib/assets.server.ts reads it at run time) and the search indexes
    // (lib/search/index.server.ts) go with the standalone output.
    outputFileTracingIncludes: { '/*': ['./.enhance/manifest.json', './.search/*.json'] },
    async headers() {
      return [
        { source: '/:path*', headers: securityHeaders },
        // No page runs an inline script: the build takes Next's runtime out of the guides
        // (scripts/static-pages.mjs), and the refund check is a route handler that renders
        // plain HTML (app/refunds/check/route.tsx). One fixed policy, cached with the page.
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
          // The stylesheet: the content hash is in the file name too.
          source: '/styles/:file*',
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
