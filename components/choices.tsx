import type { ReactNode } from 'react'
import { ArrowIcon } from './doors'

/**
 * A question answered by tapping what you see: each answer is a card, full width, with one
 * plain link to the page that helps, stretched over the whole card (the link's ::after covers
 * it), so a tap anywhere on the card follows it while the link's name stays "Cancel with
 * Apple". No script: it works the same with JavaScript off (the channel finder on /cancel).
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
    <li className="choice">
      <div className="choice-when">{children}</div>
      <a href={href} className="choice-go">
        {go}
        <ArrowIcon size={18} />
      </a>
    </li>
  )
}
