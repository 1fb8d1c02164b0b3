import type { Messages } from '@/lib/i18n/messages'
import { getSource } from '@/lib/policy/sources'
import { DateText } from './date-text'
import { Kept, type FragmentCache } from './fragment-cache'

/**
 * The footer dates what we can stand by: when our copies of Coursera's binding texts were
 * stored. It never implies a fresher check of Coursera's live pages than we made; each page
 * says when we reviewed it.
 */
export function SiteFooter({ t, cache }: { t: Messages; cache?: FragmentCache }) {
  const terms = getSource('coursera-terms').stored
  const privacy = getSource('coursera-privacy').stored
  return (
    <footer className="site-footer">
      <Kept cache={cache} cacheKey="footer" className="site-footer-inner">
        <>
          <p>{t.footer.disclaimer}</p>
          <p>
            {terms ? (
              <>
                {t.footer.termsStored} <DateText date={terms} locale={t.locale} />
                {' · '}
              </>
            ) : null}
            {privacy ? (
              <>
                {t.footer.privacyStored} <DateText date={privacy} locale={t.locale} />.{' '}
              </>
            ) : null}
            {t.footer.pageReviewed} <a href={t.paths.sources}>{t.footer.sources}</a>
          </p>
        </>
      </Kept>
    </footer>
  )
}
