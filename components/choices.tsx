import type { ReactNode } from 'react'
import { ArrowIcon } from './doors'

/**
 * A question answered by tapping what you see: each answer is one plain link, full width,
 * to the page that helps. No script: it works the same with JavaScript off (the channel
 * finder on /cancel).
 */
export function Choices({ children }: { children?: ReactNode }) {
  return (
    <ul className="choices not-prose" role="list">
      {children}
    </ul>
  )
}

export function Choice({
  href,
  go,
  children,
}: {
  href: string
  /** Where the link leads, in a few words: "Cancel with Apple". */
  go: string
  /** What the reader sees, e.g. "The line names Apple". */
  children?: ReactNode
}) {
  return (
    <li>
      <a href={href} className="choice">
        <div className="choice-when">{children}</div>
        <div className="choice-go">
          {go}
          <ArrowIcon size={18} />
        </div>
      </a>
    </li>
  )
}
