import type { Lang } from '@/lib/site'

/**
 * Every interface string of the frame and the components, in one place per language, so a
 * French edition is a second object of the same shape. Guide text lives in content/.
 */
const en = {
  lang: 'en',
  siteTagline: 'Cancel, get a refund, delete your account: sourced and dated steps.',
  skipToContent: 'Skip to main content',
  nav: {
    label: 'Main',
    home: 'Home',
    cancel: 'Cancel',
    refunds: 'Refunds',
    check: 'Refund check',
    delete: 'Delete account',
    faq: 'FAQ',
  },
  breadcrumbsLabel: 'Breadcrumbs',
  footer: {
    disclaimer:
      'An independent guide. Not affiliated with, endorsed by or sponsored by Coursera, Apple or Google. Not legal advice: the binding texts are the ones we cite.',
    reviewed: 'Facts last checked against their sources on',
    sources: 'Sources and change log',
    contentsLabel: 'Footer',
  },
  guide: {
    inShort: 'In short',
    reviewed: 'Reviewed',
    sources: 'Sources for this page',
    sourceStored: 'stored',
    related: 'Related guides',
    onThisPage: 'On this page',
    effort: 'How hard is it?',
    effortDifficulty: { easy: 'Easy', medium: 'Medium', hard: 'Hard' },
    minutes: (n: number) => `about ${n} minute${n === 1 ? '' : 's'}`,
    basis: 'Based on',
  },
  steps: {
    copyLink: 'Copy link to this step',
    copied: 'Link copied',
    copyFailed: 'Could not copy. The link is now in the address bar.',
    stepLabel: (n: number) => `Step ${n}`,
  },
  notFound: {
    title: 'Page not found',
    lead: 'There is no page at this address. It may have been typed wrong, or the link that brought you here was cut short.',
    guidesHeading: 'Guides on this site',
  },
} as const

type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : { readonly [K in keyof T]: Widen<T[K]> }

export type Messages = Widen<typeof en>

const messages: Record<Lang, Messages> = { en }

export function getMessages(lang: Lang): Messages {
  return messages[lang]
}
