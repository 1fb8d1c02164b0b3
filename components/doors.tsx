import type { ReactNode } from 'react'

/**
 * The hub's ways in, one per intent. Server-rendered links: the whole card is the tap target
 * (the link's ::after covers it), while the heading keeps the card findable by heading.
 */
export function Doors({ children }: { children?: ReactNode }) {
  return (
    <ul className="doors not-prose" role="list">
      {children}
    </ul>
  )
}

export function Door({
  id,
  href,
  title,
  children,
}: {
  /** Written by hand: the hub's published anchors (/#stop-paying). */
  id: string
  href: string
  title: string
  children?: ReactNode
}) {
  return (
    <li id={id} className="door">
      <h2 className="door-title">
        <a href={href} className="door-link">
          {title}
        </a>
      </h2>
      <div className="door-text">{children}</div>
      <ArrowIcon className="door-arrow" size={20} />
    </li>
  )
}

/** The arrow of a link that leads on: decoration only, the link text says where. */
export function ArrowIcon({ className, size }: { className?: string; size: number }) {
  return (
    <svg className={className} aria-hidden="true" viewBox="0 0 20 20" width={size} height={size}>
      <path
        d="M4 10h11M11 5l5 5-5 5"
        fill="none"
        stroke="currentColor"
        strokeWidth="2.2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  )
}
