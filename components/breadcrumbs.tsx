export interface Crumb {
  href: string
  label: string
}

/** The trail to the current page; the last crumb is the page itself and is not a link. */
export function Breadcrumbs({ trail, label }: { trail: Crumb[]; label: string }) {
  if (trail.length < 2) return null
  return (
    <nav aria-label={label} className="breadcrumbs">
      <ol role="list">
        {trail.map((crumb, i) =>
          i === trail.length - 1 ? (
            <li key={crumb.href} aria-current="page">
              {crumb.label}
            </li>
          ) : (
            <li key={crumb.href}>
              <a href={crumb.href}>{crumb.label}</a>
            </li>
          ),
        )}
      </ol>
    </nav>
  )
}
