import { getMDXComponent, type MDXContentProps } from 'mdx-bundler/client'
import type { ComponentType, ReactNode } from 'react'
import type { Guide } from '@/lib/content/types'
import type { Messages } from '@/lib/i18n/messages'
import { sourceIn } from '@/lib/i18n/policy-view'
import { Breadcrumbs, type Crumb } from './breadcrumbs'
import { GuideJsonLd } from './json-ld'
import { DateText } from './date-text'
import { Anchor, Step, Steps } from './steps'
import { Callout, Quote } from './mdx-parts'

/** getMDXComponent evaluates code with `new Function`: do it once per guide. */
const evaluated = new Map<string, ComponentType<MDXContentProps>>()
function mdxComponentFor(code: string) {
  let component = evaluated.get(code)
  if (!component) {
    component = getMDXComponent(code)
    evaluated.set(code, component)
  }
  return component
}

/** Addresses outside content/ that guides may link to as related pages. */
function extraPage(href: string, t: Messages): { label: string; description: string } | undefined {
  if (href === t.paths.check)
    return { label: t.calculator.navTitle, description: t.calculator.description }
  return undefined
}

/** This page's id for an English anchor: itself in English, its chosen twin in another edition. */
function anchorFor(guide: Guide, english: string): string {
  const map = guide.anchorMap ?? {}
  return Object.keys(map).find((id) => map[id] === english) ?? english
}

export function guideLabel(guide: Guide): string {
  return guide.frontmatter.navTitle ?? guide.frontmatter.title
}

export function breadcrumbTrail(guide: Guide, all: Guide[]): Crumb[] {
  const parts = guide.slug.split('/').filter(Boolean)
  const trail: Crumb[] = []
  for (let i = 0; i <= parts.length; i++) {
    const href = '/' + parts.slice(0, i).join('/')
    const found = all.find((g) => g.slug === href)
    if (found) trail.push({ href, label: guideLabel(found) })
  }
  return trail
}

/**
 * A longer list of sections is folded: open, it filled most of a phone screen before the
 * page's own first words (on /refunds, whose opening list of products leads instead).
 */
const foldedTocFrom = 14

interface Props {
  guide: Guide
  all: Guide[]
  t: Messages
  /** Widgets and page-specific parts a guide may place in its MDX. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each widget has its own props
  widgets?: Record<string, ComponentType<any>>
}

export function GuideArticle({ guide, all, t, widgets = {} }: Props) {
  const { frontmatter: fm } = guide
  // Cached per guide in a module map, so the same component is returned on every render.
  const Content = mdxComponentFor(guide.code)
  const trail = breadcrumbTrail(guide, all)
  const related = fm.related.map((href) => {
    const target = all.find((g) => g.slug === href)
    const extra = extraPage(href, t)
    const label = target ? guideLabel(target) : extra?.label
    if (!label) throw new Error(`${guide.file}: related page "${href}" does not exist`)
    return { href, label, description: target?.frontmatter.description ?? extra?.description }
  })

  const tocList = (
    <ul role="list">
      {guide.headings.map((h) => (
        <li key={h.id}>
          <a href={`#${h.id}`}>{h.text}</a>
        </li>
      ))}
    </ul>
  )

  return (
    <article className="guide" aria-labelledby="page-title">
      <GuideJsonLd guide={guide} trail={trail} />
      <Breadcrumbs trail={trail} label={t.breadcrumbsLabel} />
      <h1 id="page-title" className="page-title">
        {fm.title}
      </h1>
      <p className="page-meta">
        {t.guide.reviewed} <DateText date={fm.reviewed} locale={t.locale} />
        {' · '}
        {/* The sources page lists every source itself, under a published anchor. */}
        <a href={fm.topic === 'sources' ? `#${anchorFor(guide, 'every-source')}` : '#sources'}>
          {t.guide.sources}
        </a>
      </p>

      {fm.summary ? (
        <section className="in-short" aria-labelledby="in-short-title">
          <h2 id="in-short-title" className="in-short-title">
            {t.guide.inShort}
          </h2>
          <p>{fm.summary}</p>
        </section>
      ) : null}

      {fm.effort ? (
        <dl className="effort">
          <div>
            <dt>{t.guide.effort}</dt>
            <dd>
              {t.guide.effortDifficulty[fm.effort.difficulty]}, {t.guide.minutes(fm.effort.minutes)}
            </dd>
          </div>
          <div>
            <dt>{t.guide.basis}</dt>
            <dd>{fm.effort.basis}</dd>
          </div>
        </dl>
      ) : null}

      {guide.headings.length >= 4 ? (
        <nav className="toc" aria-labelledby="toc-title">
          {guide.headings.length > foldedTocFrom ? (
            <details>
              <summary id="toc-title" className="toc-title">
                {t.guide.onThisPage}
              </summary>
              {tocList}
            </details>
          ) : (
            <>
              <h2 id="toc-title" className="toc-title">
                {t.guide.onThisPage}
              </h2>
              {tocList}
            </>
          )}
        </nav>
      ) : null}

      <div className="prose guide-body">
        {/* eslint-disable-next-line react-hooks/static-components -- cached by mdxComponentFor */}
        <Content
          components={{
            Steps: ({ children }: { children?: ReactNode }) => (
              <Steps t={t.steps} guideTitle={fm.title}>
                {children}
              </Steps>
            ),
            Step,
            Anchor,
            Callout: (props: Omit<Parameters<typeof Callout>[0], 't'>) => (
              <Callout {...props} t={t} />
            ),
            Quote: (props: Omit<Parameters<typeof Quote>[0], 't'>) => <Quote {...props} t={t} />,
            ...widgets,
          }}
        />
      </div>

      {fm.topic === 'sources' ? null : (
        <section id="sources" className="page-sources" aria-labelledby="sources-title">
          <h2 id="sources-title">{t.guide.sources}</h2>
          <ul role="list">
            {fm.sources.map((id) => {
              const s = sourceIn(t.policyTexts, id)
              return (
                <li key={id} id={`source-${id}`}>
                  {s.url ? <a href={s.url}>{s.title}</a> : <span>{s.title}</span>}
                  <span className="source-meta">
                    {' '}
                    ({t.policyTexts.trust[s.trust]}; {s.storedNote}; {t.guide.sourceReviewed}{' '}
                    <DateText date={s.reviewed} locale={t.locale} />; id <code>{s.id}</code>)
                  </span>
                </li>
              )
            })}
          </ul>
          <p>
            <a href={t.paths.sources}>{t.guide.allSources}</a>
          </p>
        </section>
      )}

      {related.length > 0 ? (
        <nav className="related" aria-labelledby="related-title">
          <h2 id="related-title">{t.guide.related}</h2>
          <ul role="list">
            {related.map((r) => (
              <li key={r.href}>
                <a href={r.href}>{r.label}</a>
                {r.description ? <p>{r.description}</p> : null}
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </article>
  )
}
