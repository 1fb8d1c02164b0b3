import { defineConfig, globalIgnores } from 'eslint/config'
import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // Links are plain anchors on purpose: no page carries Next's client runtime
      // (scripts/static-pages.mjs, app/refunds/check/route.tsx), so every link is a
      // document load and next/link would have nothing to work with.
      '@next/next/no-html-link-for-pages': 'off',
    },
  },
  globalIgnores([
    '.next/**',
    '.next-standalone/**',
    'out/**',
    'reports/**',
    'test-results/**',
    'playwright-report/**',
    'next-env.d.ts',
    // Built from components/enhance/ by scripts/build-enhance.mjs.
    'public/enhance/**',
    'public/styles/**',
    '.enhance/**',
  ]),
])
