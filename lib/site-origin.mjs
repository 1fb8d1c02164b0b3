// The site's origin, configured once: SITE_ORIGIN at build time. Plain JavaScript, so the
// build steps (next.config.mjs, scripts/build-enhance.mjs) read it as it is; lib/site.ts
// gives the app the same value.

/** The origin every absolute address of the site starts with, without a trailing slash. */
export const siteOriginHref = new URL(process.env.SITE_ORIGIN ?? 'https://leavingcoursera.example')
  .origin
