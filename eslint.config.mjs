import { defineConfig, globalIgnores } from 'eslint/config'
import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // Links are plain anchors on purpose: the guides are served without Next's client
      // router (scripts/static-pages.mjs), so every link is a document load, and next/link
      // would only add its chunk to the calculator, the one page that keeps the runtime.
      '@next/next/no-html-link-for-pages': 'off',
    },
  },
  globalIgnores([
    '.next/**',
    'out/**',
    'reports/**',
    'test-results/**',
    'playwright-report/**',
    'next-env.d.ts',
    // Built from components/enhance/ by scripts/build-enhance.mjs.
    'public/enhance/**',
    '.enhance/**',
  ]),
])
