import type { Messages } from '@/lib/i18n/messages'
import { factsReviewed } from '@/lib/policy/version'
import { DateText } from './date-text'

export function SiteFooter({ t }: { t: Messages }) {
  return (
    <footer className="site-footer">
      <div className="site-footer-inner">
        <p>{t.footer.disclaimer}</p>
        <p>
          {t.footer.reviewed} <DateText date={factsReviewed} />.{' '}
          <a href="/sources">{t.footer.sources}</a>
        </p>
      </div>
    </footer>
  )
}
