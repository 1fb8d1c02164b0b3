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
    effort: 'Difficulty',
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
  checklist: {
    privacy:
      'With JavaScript on, you can tick each item as you go. Your ticks stay in this browser only (its local storage): nothing leaves your device, and you can clear them at any time.',
    total: '{total} items',
    progress: '{done} of {total} done',
    reset: 'Clear all ticks',
    resetConfirm: 'Clear every tick on this checklist?',
    notSaved: 'This browser is not saving your ticks: they will be gone when you leave.',
  },
  readyMessages: {
    textLabel: 'Message',
    blankPrefix: 'Blank, fill in:',
    copy: 'Copy message',
    copied: 'Copied',
    copyFailed: 'Could not copy. The text is selected: copy it with your device’s copy command.',
    copyWithoutScripts: 'To copy, select the text of the message.',
    dateLocale: 'en-GB',
    prefill: {
      intro:
        'Words in [brackets] are blanks for you to fill in. Coming from the refund check? With JavaScript on, the product and dates from its link are filled in for you.',
      used: 'Filled in from your link: {fields}. Check them before you send.',
      rejected: 'Some details in the link could not be used: {fields}. Fill those in yourself.',
      otherRegion: 'The withdrawal notice is for buyers in the EU and the UK only.',
      fieldNames: {
        product: 'product',
        paid: 'date paid',
        deadline: 'refund deadline',
        region: 'region',
      },
    },
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
