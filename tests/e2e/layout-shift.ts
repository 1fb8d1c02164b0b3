import type { Page } from '@playwright/test'

/**
 * The layout shifts the page has recorded so far (and in the next half second), as the
 * elements that moved. Shifts inside `ignoreInside` (a selector) are left out.
 */
export async function layoutShifts(page: Page, ignoreInside?: string): Promise<string[]> {
  return page.evaluate(
    (ignore) =>
      new Promise<string[]>((resolve) => {
        const moved: string[] = []
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            const sources = (entry as PerformanceEntry & { sources?: { node?: Node }[] }).sources
            for (const source of sources ?? []) {
              const node = source.node
              const el = node instanceof Element ? node : node?.parentElement
              if (el && !(ignore && el.closest(ignore))) moved.push(el.outerHTML.slice(0, 80))
            }
          }
        }).observe({ type: 'layout-shift', buffered: true })
        setTimeout(() => resolve(moved), 500)
      }),
    ignoreInside,
  )
}
