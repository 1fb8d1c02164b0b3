import manifest from '../fixtures/published-anchors.json' with { type: 'json' }

/** Every published page and its anchors, from the manifest that never loses entries. */
export const publishedPages = manifest.pages as Record<string, string[]>
export const pageUrls = Object.keys(publishedPages)
