/** The page without Next.js's client runtime; throws on an unknown or non-Next page. */
export function withoutFramework(html: string): { html: string; removed: number }
