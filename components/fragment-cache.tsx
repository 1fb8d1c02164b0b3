import type { AllHTMLAttributes, ReactElement } from 'react'

/** At most this many parts are kept: a guard, since the keys come from a short list of states. */
const defaultLimit = 400

/**
 * Parts of a page rendered per request that look the same for many readers (on the refund
 * check: a radio question with one option chosen, an empty date field, the rule behind an
 * answer, the header's links; on the results page, the frame), rendered by React once and
 * then served as the HTML React made for them. A part is kept only when its look depends on a short list
 * of states, never on what a reader typed, so every reader gains, not only one who asks the
 * same question twice (docs/decisions/runtime-free-pages.md, "Speed").
 *
 * Nothing is rendered inside another render: a part that is not kept yet is rendered in place
 * as usual and noted (`want`); the route handler renders what was noted once its own render
 * is done (`fill`). One cache per edition, so a key need not name the language.
 */
export class FragmentCache {
  readonly #html = new Map<string, string>()
  readonly #wanted = new Map<string, ReactElement>()
  readonly #limit: number

  constructor(limit = defaultLimit) {
    this.#limit = limit
  }

  /** The HTML kept for this key, if any. */
  get(key: string): string | undefined {
    return this.#html.get(key)
  }

  /** Notes a part to keep, unless the cache is full. */
  want(key: string, element: ReactElement): void {
    if (this.#html.size + this.#wanted.size < this.#limit) this.#wanted.set(key, element)
  }

  /** Renders and keeps every part noted since the last call. */
  fill(render: (element: ReactElement) => string): void {
    for (const [key, element] of this.#wanted) this.#html.set(key, render(element))
    this.#wanted.clear()
  }

  get size(): number {
    return this.#html.size
  }
}

/**
 * An element whose content looks the same for every request with the same key: rendered as
 * usual the first time, then as the HTML React made for it, inside the same element. The key
 * must name everything the content depends on. Without a cache, a plain element.
 */
export function Kept({
  cache,
  cacheKey,
  as: Tag = 'div',
  children,
  ...host
}: AllHTMLAttributes<HTMLElement> & {
  cache: FragmentCache | undefined
  /** Names everything the content depends on, e.g. "rule course-one-time". */
  cacheKey: string
  /** The element that holds the content (a div unless said). */
  as?: 'div' | 'nav' | 'form'
  children: ReactElement
} & Partial<Record<`data-${string}`, string>>) {
  const kept = cache?.get(cacheKey)
  if (kept !== undefined) return <Tag {...host} dangerouslySetInnerHTML={{ __html: kept }} />
  cache?.want(cacheKey, children)
  return <Tag {...host}>{children}</Tag>
}
