// Unit tests run before any build, so there is no .enhance/manifest.json to read: built
// files get fixed test addresses instead (vitest.config.ts).
export type Enhancer =
  'site' | 'search' | 'checklist' | 'copy-message' | 'message-fill' | 'quick-check' | 'refund-form'

export function assetPath(name: Enhancer | 'site.css'): string {
  return name === 'site.css' ? '/styles/site.test.css' : `/enhance/${name}.test.js`
}
