import type { ReactNode } from 'react'
import type { Lang } from '@/lib/site'
import { licence } from '@/lib/open-data'
import { fieldErrorsEn } from './field-errors'
import { messagesFr } from './messages-fr'
import { policyTextsEn } from './policy-texts'

/**
 * Every interface string of the frame and the components, in one place per language, so a
 * French edition is a second object of the same shape. Guide text lives in content/.
 */
const en = {
  lang: 'en',
  /** The locale dates are spelled in (Intl), and the one share cards declare (Open Graph). */
  locale: 'en-GB',
  ogLocale: 'en_GB',
  /** A colon as the language writes it before what follows. */
  colon: ': ',
  /** The change feed's name, in every page's head. */
  feedTitle: 'change log',
  /** This edition's addresses of the pages every page links to. */
  paths: {
    home: '/',
    cancel: '/cancel',
    refunds: '/refunds',
    charges: '/charges',
    messages: '/messages',
    check: '/refunds/check',
    deleteAccount: '/delete-account',
    faq: '/faq',
    sources: '/sources',
    /** Where to cancel, by who bills. */
    cancelWeb: '/cancel/web',
    cancelApple: '/cancel/apple',
    cancelGoogle: '/cancel/google',
    /** The search results page (app/search/route.tsx). */
    search: '/search',
  },
  /** The link to the same page in the other edition, in the header. */
  otherEdition: { label: 'Français', lang: 'fr', title: 'Cette page en français' },
  /** The calendar file of an answer (app/refunds/check/calendar/route.ts). */
  calendar: {
    noFile: 'No calendar file for these answers:',
    trialTitle: 'Last free day of the Coursera trial: cancel today to avoid the first charge',
    eligibleTitle: (who: string): string => `Last day to ask ${who} for a refund`,
    googleTitle: "Google Play's 48 hours to ask for a refund end today, at the hour you bought",
    contestedTitle:
      'Last day any Coursera text gave to ask for a refund (the current Terms may refuse it)',
    nothingAhead:
      'This answer has no deadline still ahead, so there is nothing to put in a calendar.',
    answer: 'Your answer, with its sources:',
    failed: 'Could not make the calendar file.',
    filename: 'coursera-refund-deadline.ics',
  },
  /** Where the site's data can be taken from (components/open-data.tsx). */
  openData: {
    title: 'Open data and the change feed',
    feed: 'Change log as an Atom feed',
    feedWhy:
      "Add it to a feed reader to hear of each change to Coursera's refund terms and each correction we make.",
    policy: 'Rule table as JSON',
    policyWhy: 'Every rule, reading and source on this page, with its dates.',
    openapi: 'API description (OpenAPI)',
    openapiWhy: (check: ReactNode, policy: ReactNode): ReactNode[] => [
      'How to ask ',
      check,
      ' for a refund deadline, and what ',
      policy,
      ' returns.',
    ],
    licence: 'Licence:',
    // The licence's own terms, as /api/policy publishes them (lib/open-data.ts).
    covers: licence.covers,
    excludes: licence.excludes,
  },
  /** What a screen reader calls a callout box without a title. */
  callout: { note: 'Note', warning: 'Warning' },
  siteTagline: 'Cancel, get a refund, delete your account: sourced and dated steps.',
  skipToContent: 'Skip to main content',
  nav: {
    label: 'Main',
    home: 'Home',
    cancel: 'Cancel',
    refunds: 'Refunds',
    check: 'Refund check',
    delete: 'Delete account',
    charges: 'Charges',
    messages: 'Messages',
    faq: 'FAQ',
  },
  breadcrumbsLabel: 'Breadcrumbs',
  footer: {
    disclaimer:
      'An independent guide. Not affiliated with, endorsed by or sponsored by Coursera, Apple or Google. Not legal advice: the binding texts are the ones we cite.',
    // Dates we can stand by: when our copies were stored, never a check of the live pages.
    termsStored: "Coursera's Terms of Use as stored on",
    privacyStored: 'Privacy Notice as stored on',
    pageReviewed: 'Each page shows when we last reviewed it.',
    sources: 'Sources and change log',
    contentsLabel: 'Footer',
  },
  guide: {
    inShort: 'In short',
    reviewed: 'We reviewed this page on',
    sources: 'Sources for this page',
    sourceStored: 'stored',
    sourceReviewed: 'reviewed',
    related: 'Related guides',
    allSources: 'All sources, disagreements and the change log',
    citePrefix: 'Source: ',
    tableLabel: 'Table, scrolls sideways on small screens',
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
    where: (guide: string, n: number, total: number) => `${guide} · step ${n} of ${total}`,
  },
  calculator: {
    title: 'Can I still get a refund?',
    navTitle: 'Refund deadline check',
    description:
      'Enter what you bought, who charged you and when. See the last day to ask for a refund, who decides, and what to do next.',
    lead: 'Answer a few questions about your purchase. You will see the last day to ask for your money back, who decides, and what to do next.',
    privacy:
      'Nothing you enter is stored. The answers only go into the address of this page, so you can share or bookmark it.',
    errorTitle: 'There is a problem',
    errorPrefix: 'Error: ',
    product: {
      legend: 'What did you pay for?',
      hint: 'Check My Purchases on coursera.org or your receipt email if you are not sure.',
    },
    channel: {
      legend: 'Who charged you?',
      hint: 'The name on your bank statement or receipt tells you.',
      help: 'Not sure? See what each charge looks like',
    },
    kind: {
      legend: 'Did you pay, or are you in a free trial?',
      paid: 'I paid',
      trial: 'I am in a free trial, or it just ended',
    },
    paid: { label: 'Date of the payment', hint: 'As on your receipt. For example, 2 11 2026.' },
    dateParts: { day: 'Day', month: 'Month', year: 'Year' },
    upgrade: {
      legend: 'Was this an upgrade from another Coursera product or plan?',
      hint: 'For example from a single course to Coursera Plus, or from Plus monthly to annual: the first payment of the new plan.',
      no: 'No',
      yes: 'Yes, an upgrade',
    },
    startAfter: {
      legend: 'Did the course or Specialization start after you paid?',
      hint: 'If you paid before it launched, or before you enrolled, the days count from the start.',
      no: 'No, it had started',
      yes: 'Yes, it started later (or has not started yet)',
    },
    start: { label: 'The day it started, or will start', hint: 'For example, 16 11 2026.' },
    accessed: {
      legend: 'Have you opened graded assignments or other paid parts of it?',
      hint: 'Anything you could only open after paying: graded quizzes and assignments, projects, certificates.',
      no: 'No',
      yes: 'Yes',
    },
    renewal: {
      legend: 'Was this a renewal?',
      hint: 'A renewal is any payment after the first one of a subscription.',
      no: 'No, the first payment',
      yes: 'Yes, a renewal',
    },
    certificate: {
      legend: 'Have you earned a certificate with this purchase?',
      no: 'No',
      yes: 'Yes',
    },
    trialStart: { label: 'Date the free trial started', hint: 'For example, 1 11 2026.' },
    trialDays: {
      label: 'Length of the free trial, in days',
      hint: 'The checkout page said how long. Older trials were 7 days.',
    },
    region: {
      legend: 'Where do you live?',
      hint: 'EU and UK buyers have a legal right to withdraw from online purchases.',
    },
    today: {
      summary: 'Check for a different day',
      label: "Today's date",
      hint: 'Leave empty to use today. Set it if your date differs from ours, or to see the answer for another day.',
    },
    submit: 'Check my refund',
    update: 'Update the answer',
    resultTitle: 'Your answer',
    countedFor: 'Counted for',
    countedForUtc:
      '(today in UTC; if your date is different, set it under "Check for a different day")',
    verdictLabel: 'Verdict',
    deadlineLabel: 'Last day any Coursera text gave',
    safeDeadlineLabel: "Last day under Coursera's current Terms",
    deadlineOlderPagesLabel: 'Last day older Coursera pages gave',
    deadlineTrialWindowLabel: "Last day of the current Terms' 7 days, if no free trial used them",
    deadlineAccessedLabel: 'Last day older Coursera Terms gave (no rule on opened content)',
    googleSafeLabel: "Surely inside Google's 48 hours until the end of",
    googleDeadlineLabel: "Google's 48 hours end on this day, at the hour you bought",
    lastFreeDayLabel: 'Last free day',
    firstChargeLabel: 'First charge expected',
    whereLabel: 'Where to ask',
    myPurchases: 'My Purchases on coursera.org',
    daysLeft: (n: number) =>
      n > 1
        ? `${n} days left`
        : n === 1
          ? '1 day left: tomorrow is the last day'
          : n === 0
            ? 'today is the last day'
            : `passed ${-n} day${n === -1 ? '' : 's'} ago`,
    verdicts: {
      eligible: 'You can still ask for a refund',
      contested: 'Maybe: the sources disagree',
      closed: 'The refund window has closed',
      'not-refundable': 'Not refundable',
      elsewhere: 'Someone else decides',
      trial: 'Free trial: cancel in time',
      'trial-ended': 'The free trial has ended',
    },
    statutoryTitle: (region: string): string =>
      region === 'uk' ? 'UK right to cancel' : 'EU right of withdrawal',
    statutoryLine: 'Last day of the legal withdrawal period',
    ruleTitle: 'The rule behind this answer',
    readingsTitle: 'The sources disagree: both readings',
    caveatsTitle: 'Before you ask',
    sourcesTitle: 'Sources',
    reviewedOn: 'Rule checked against its sources on',
    rulesVersion: 'Rules version',
    since: 'since',
    until: 'until',
    nextTitle: 'What next',
    calendar: 'Add the deadline to my calendar (.ics, with a reminder the day before)',
    message: 'Get a ready-to-send refund request',
    cancelGuide: 'How to cancel, so you are not charged again',
    copyAnswer: 'Copy a link to this answer',
    copied: 'Link copied',
    headlines: {
      eligible: (date: ReactNode, days: number, fromStart: boolean) => [
        'Ask Coursera for your refund by ',
        date,
        `. Coursera's current Terms give ${days} days from ${fromStart ? 'the start' : 'your payment'}.`,
      ],
      olderLonger: (days: number, date: ReactNode) => [
        ` Older Coursera pages said ${days} days, until `,
        date,
        '.',
      ],
      contestedOlderPages: (date: ReactNode, days: number) => [
        "Coursera's current Terms refund no subscription plan, except where the law requires it. ",
        `Older Coursera pages said ${days} days from your payment: if you ask, ask by `,
        date,
        ', and be ready for a refusal.',
      ],
      contestedTrialWindow: (date: ReactNode, days: number) => [
        `Coursera's current Terms allow a refund within ${days} days of enrolling: ask by `,
        date,
        `. If your subscription began with a free trial, those ${days} days ran out before your first payment, and the Terms give none for it.`,
      ],
      contestedAccessed: (date: ReactNode) => [
        "You have opened paid content, and Coursera's current Terms refuse a refund after that (since 13 March 2026). Older Coursera Terms had no such rule: if you ask anyway, ask by ",
        date,
        ', and be ready for a refusal.',
      ],
      contestedSafePassed: (safe: ReactNode, safeDays: number, date: ReactNode, days: number) => [
        `Coursera's current Terms give ${safeDays} days: they ended on `,
        safe,
        `. Older Coursera pages said ${days} days, until `,
        date,
        ': ask now, and be ready for a refusal.',
      ],
      closed: (date: ReactNode) => ['The refund window closed on ', date, '.'],
      notRefundable: () => ['This payment cannot be refunded on any reading of the rules.'],
      apple: () => [
        'Apple decides. Ask Apple for a refund at reportaproblem.apple.com as soon as you can.',
      ],
      googleOpen: (sure: ReactNode, date: ReactNode) => [
        'Ask Google Play for a refund within 48 hours from the time you bought. Until the end of ',
        sure,
        ' you are surely inside them; on ',
        date,
        ', only until the hour you bought.',
      ],
      googlePassed: () => [
        "Google Play's 48 hours have passed. Google's help says the app's developer decides now, but Coursera's Terms say Coursera does not process app-store refunds. Ask Google Play first; if it refuses, ask Coursera's support, and keep every answer in writing.",
      ],
      university: () => [
        'Your university decides. Ask its programme office about its refund policy.',
      ],
      organization: () => ['Your organisation paid. Ask the person who manages Coursera there.'],
      trial: (lastFree: ReactNode, firstCharge: ReactNode) => [
        'Cancel by the end of ',
        lastFree,
        ' to avoid the first charge on ',
        firstCharge,
        '.',
      ],
      appleTrial:
        ' Billed by Apple? Cancel at least a day (24 hours) before the trial ends: unofficial copies of Apple’s help advise it.',
      trialEnded: (lastFree: ReactNode, firstCharge: ReactNode) => [
        'Your free trial ended on ',
        lastFree,
        '. The first charge was due on ',
        firstCharge,
        '.',
      ],
      cancelToo: ' Cancel the subscription too, or the next payment will be taken.',
      renewalNoWithdrawal:
        ' A renewal starts no new legal withdrawal period: the 14 days ran from when your subscription began.',
      statutoryOpen: (date: ReactNode) => [
        ' You may still have a legal right to withdraw until ',
        date,
        ': see below.',
      ],
      checkPaymentAfterTrial: 'Check a refund for the first payment',
    },
    timelineTitle: 'Timeline',
    timelineToday: 'Today',
    timelineTo: 'to',
    timelinePaid: 'Payment',
    timelineTrialStart: 'Trial start',
    timelineStrict: "Coursera's current Terms",
    timelineGenerous: 'Older Coursera pages',
    timelineTrialWindow: 'Current Terms, if no free trial used the 7 days',
    timelineBeforeAccess: 'Older Terms, without the rule on opened content',
    timelineGoogleSure: "Surely inside Google's 48 hours",
    timelineGoogle: "Google's 48 hours, until the hour you bought",
    timelineStatutory: 'Legal withdrawal period',
    timelineTrial: 'Free trial',
    keyDates: 'Key dates',
    quick: {
      title: 'Quick check',
      lead: 'The short version. The full check has more questions and shows every source.',
      submit: 'Check',
      more: 'More details (renewal, upgrade, certificate, free trial, another day)',
      daysLeft: {
        many: '{n} days left',
        one: '1 day left: tomorrow is the last day',
        zero: 'today is the last day',
        past: 'passed {n} days ago',
        pastOne: 'passed yesterday',
      },
      fromPayment:
        'Counted from your payment. Bought a course before it started? The full check counts from the start.',
      full: 'See the full answer with sources and timeline',
      loading: 'Checking…',
      failed: 'Could not check right now. Use the full check instead.',
      choose: 'Choose…',
      placeholder:
        'Your answer appears here once every question above is answered. Without JavaScript, Check opens the full answer.',
      productLabel: 'What did you pay for?',
      channelLabel: 'Who charged you?',
    },
  },
  /** What is wrong with a field of the refund check, in words (lib/i18n/field-errors.ts). */
  fieldErrors: fieldErrorsEn,
  /** The rule table's words (lib/i18n/policy-texts.ts). */
  policyTexts: policyTextsEn,
  policy: {
    days: (n: number | null) => (n === null ? 'No refund' : `${n} days`),
    notCoursera: 'Not Coursera',
    noWindow: 'No window published',
    standing: { binding: 'Current Terms', stale: 'Older pages', other: 'Other sources' },
    since: 'since',
    until: 'until',
    sources: 'Sources',
    checked: 'Checked',
    tableCaption: 'Refund rules by product, with the strict and the generous reading',
    tableHead: ['What you bought', 'Current Terms', 'Most generous source', 'Who decides'],
    trust: 'Trust',
    stored: 'Dated',
    sourceReviewed: 'Reviewed in our fact base',
    id: 'Id',
    note: 'Note',
    weSay: 'What we say:',
    factsReviewed: 'Fact base reviewed',
    rulesVersion: 'rules version',
    openData: 'The rule table is open data at',
    shareTagline: 'Independent, sourced, dated',
    reviewed: 'Reviewed',
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
    /**
     * What Coursera's current Terms say for each product, for the refund request a link from
     * the refund check fills in. An older, longer period is mentioned only as such.
     */
    policyLines: {
      'plus-annual':
        "Coursera's Terms of Use allow a refund of the first payment of an annual plan within 14 days.",
      'plus-monthly':
        "Coursera's current Terms of Use refund subscription plans only where the law requires it or in cases Coursera states. Older Coursera pages offered a refund within 14 days of a payment, and I ask you to consider my request.",
      lite: "Coursera's current Terms of Use refund subscription plans only where the law requires it or in cases Coursera states. Older Coursera Terms offered 14 days under their section on Coursera Lite and Coursera Plus, and I ask you to consider my request.",
      'specialization-monthly':
        "Coursera's Terms of Use allow a refund of a Specialization subscription within 7 days, before a certificate is earned.",
      course:
        "Coursera's Terms of Use allow a refund within 7 days of payment (of the launch, for a course bought before it started), before a certificate is earned.",
    } as Readonly<Record<string, string>>,
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
  /** The header's search form, the results page and the search API's errors. */
  search: {
    label: 'Search the guides',
    button: 'Search',
    placeholder: 'e.g. cancel on iPhone',
    title: 'Search',
    description: 'Search the guides on cancelling Coursera, refunds and deleting your account.',
    resultsFor: (query: string): string => `Results for “${query}”`,
    count: (n: number): string =>
      n === 1 ? '1 place answers this.' : `${n} places answer this, best first.`,
    listLabel: 'Results',
    noResults: (query: string): string => `Nothing on this site matches “${query}”.`,
    noResultsHelp: 'Try other words, or start from what you came to do:',
    start: 'Type what you are looking for, in your own words.',
    refundOffer: 'Asking whether you can still get your money back, and until when?',
    refundOfferLink: 'Check your dates with the refund check',
    doors: {
      cancel: {
        title: 'Stop paying',
        text: 'Cancel where you are billed: the website, the app, Apple or Google Play.',
      },
      refunds: { title: 'Get money back', text: 'What each purchase allows, and how to ask.' },
      deleteAccount: {
        title: 'Delete everything',
        text: 'Keep your certificates first, then delete the account.',
      },
    },
    live: {
      searching: 'Searching…',
      none: 'No results yet. Press Enter to search.',
      /** Plain strings, since the search script reads them as JSON: {n} is the count. */
      one: '1 result',
      many: '{n} results',
      all: 'All results',
      failed: 'Could not search. Press Enter to try again.',
    },
    errors: {
      missing: 'Type what you are looking for, for example: refund after 10 days.',
      tooLong: (max: number, given: number): string =>
        `Search words must be at most ${max} characters; these have ${given}.`,
      repeated: (field: string): string => `Give ${field} only once.`,
      lang: (allowed: readonly string[]): string =>
        `Choose the language of the results: ${allowed.join(', ')}.`,
    },
  },
} as const

type Widen<T> = T extends string
  ? string
  : T extends (...args: never[]) => unknown
    ? T
    : { readonly [K in keyof T]: Widen<T[K]> }

export type Messages = Widen<typeof en>

const messages: Record<Lang, Messages> = { en, fr: messagesFr }

export function getMessages(lang: Lang): Messages {
  return messages[lang]
}
