// Where `next build` writes, shared by next.config.mjs and the build steps in scripts/.
// `npm run build` makes the build that `npm start` (`next start`) serves, in .next.
// `npm run build:standalone` makes Next's standalone output, in its own folder so both builds
// can sit side by side: .next-standalone/standalone/server.js (Next does not support
// `next start` on a standalone build). docs/decisions/deployment.md.
export const standalone = process.env.BUILD_STANDALONE === '1'
export const distDir = standalone ? '.next-standalone' : '.next'
