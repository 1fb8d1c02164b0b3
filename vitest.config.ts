import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    alias: {
      '@/lib/assets.server': fileURLToPath(new URL('./tests/unit/assets-stub.ts', import.meta.url)),
      '@/': fileURLToPath(new URL('./', import.meta.url)),
      // Next enforces this marker at build time; in unit tests it is just a module.
      'server-only': fileURLToPath(new URL('./tests/unit/server-only-stub.ts', import.meta.url)),
    },
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
})
