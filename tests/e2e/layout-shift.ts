import type { Page } from '@playwright/test'

/**
 * The layout shifts the page has recorded so far (and in the next half second), as the
 * elements that moved, each with its box before and after. Shifts inside `ignoreInside` (a selector) are left out.
 */
export async function layoutShifts(page: Page, ignoreInside?: string): Promise<string[]> {
  return page.evaluate(
    (ignore) =>
      new Promise<string[]>((resolve) => {
        const moved: string[] = []
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            type Source = {
              node?: Node
              previousRect: DOMRectReadOnly
              currentRect: DOMRectReadOnly
            }
            const sources = (entry as PerformanceEntry & { sources?: Source[] }).sources
            for (const source of sources ?? []) {
              const node = source.node
              const el = node instanceof Element ? node : node?.parentElement
              // What moved, and from where to where, so a failure says how it moved.
              const at = (r: DOMRectReadOnly) =>
                `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`
              if (el && !(ignore && el.closest(ignore)))
                moved.push(
                  `${el.outerHTML.slice(0, 80)} from ${at(source.previousRect)} to ${at(source.currentRect)}`,
                )
            }
          }
        }).observe({ type: 'layout-shift', buffered: true })
        setTimeout(() => resolve(moved), 500)
      }),
    ignoreInside,
  )
}
