import type { Messages } from '@/lib/i18n/messages'
import { siteName } from '@/lib/site'

export function SiteHeader({ t }: { t: Messages }) {
  // The four things readers come for first, then the tools: at 390 px each group fills
  // one row (globals.css), where another order left "FAQ" alone on a third.
  const links = [
    { href: '/cancel', label: t.nav.cancel },
    { href: '/refunds', label: t.nav.refunds },
    { href: '/charges', label: t.nav.charges },
    { href: '/messages', label: t.nav.messages },
    { href: '/refunds/check', label: t.nav.check },
    { href: '/delete-account', label: t.nav.delete },
    { href: '/faq', label: t.nav.faq },
  ]
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <a href="/" className="site-name">
          <svg aria-hidden="true" viewBox="0 0 32 32" width="28" height="28" className="site-logo">
            <rect width="32" height="32" rx="7" fill="currentColor" />
            <path
              d="M12 9h-2a1 1 0 0 0-1 1v12a1 1 0 0 0 1 1h2M17 11l5 5-5 5M22 16H12"
              fill="none"
              stroke="var(--logo-ink)"
              strokeWidth="2.4"
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          </svg>
          <span>{siteName}</span>
        </a>
        <nav aria-label={t.nav.label} className="site-nav">
          <ul role="list">
            {links.map((l) => (
              <li key={l.href}>
                <a href={l.href}>{l.label}</a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  )
}
