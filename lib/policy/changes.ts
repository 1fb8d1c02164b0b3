import type { CalendarDate } from './dates'
import type { SourceId } from './sources'

/**
 * The change log: how Coursera's refund terms changed, and what we corrected on this site.
 * It is published three ways (/sources, the Atom feed at /changes.xml, and through them
 * anyone who follows the feed), so each entry carries a stable `id`: the feed's entry ids and
 * the anchors on /sources are made from it. Never rename or reuse an id; add a new entry
 * instead. The sentences here are reader-visible (an i18n move comes later).
 */
export interface Change {
  /** Stable forever: `terms-<date>` or `site-<date>[-<topic>]`. Also the anchor on /sources. */
  readonly id: string
  readonly date: CalendarDate
  /** What changed, in one or two short sentences. */
  readonly change: string
  /** What it changes for a reader. */
  readonly forReader: string
  /** Where the change can be checked, when a stored source records it. */
  readonly sources?: readonly SourceId[]
}

/**
 * How Coursera's refund terms changed, oldest first, from the archived copies
 * (policy-facts.md, "Change log of Coursera's refund terms").
 */
export const termsChanges = [
  {
    id: 'terms-2025-10-01',
    date: '2025-10-01',
    change:
      'Refund policy rewritten. Courses and Specializations paid once: 7 days from payment instead of 14, or before a certificate. Subscription plans: no refunds except by law, upgrades or stated cases; the 14-day Coursera Plus refund was removed. Coursera Plus annual keeps 14 days. Coursera may deny a refund after repeated requests, chargeback activity or earlier marketplace refunds, or when you completed graded work and are unhappy with your result.',
    forReader:
      'A course paid once now has 7 days, not 14. Coursera Plus monthly has no refund period in the current Terms.',
    sources: ['coursera-terms', 'coursera-terms-2025'],
  },
  {
    id: 'terms-2026-01-01',
    date: '2026-01-01',
    change: 'The current Terms take effect.',
    forReader: 'The Terms we quote as current are in force from this day.',
    sources: ['coursera-terms'],
  },
  {
    id: 'terms-2026-03-13',
    date: '2026-03-13',
    change: 'No refund once premium content has been accessed or unlocked.',
    forReader:
      'If you opened graded work or other paid parts of a purchase, the current Terms give no refund, even within the refund period.',
    sources: ['coursera-terms'],
  },
  {
    id: 'terms-2026-05-21',
    date: '2026-05-21',
    change: 'Free trials are no longer promised as 7 days: the checkout page states the length.',
    forReader: 'Check the checkout page or your confirmation email for your trial length.',
    sources: ['coursera-terms'],
  },
  {
    id: 'terms-2026-05-27',
    date: '2026-05-27',
    change: 'Prepaid plans offered only in India removed.',
    forReader: 'Nothing, unless you bought one of those plans.',
    sources: ['coursera-terms'],
  },
  {
    id: 'terms-2026-06-30',
    date: '2026-06-30',
    change:
      'Annual renewals explicitly not refundable. Specializations counted from enrolment (or launch, when pre-enrolled). Specialization subscriptions refundable within the 7-day period or before a certificate. Cancelling does not refund by itself.',
    forReader:
      'Cancel an annual plan before it renews. Cancelling never asks for a refund: ask for it separately.',
    sources: ['coursera-terms'],
  },
  {
    id: 'terms-2026-07-03',
    date: '2026-07-03',
    change:
      'One reason to deny a refund added: a significant portion of the content was accessed before the request.',
    forReader:
      'Coursera may refuse a refund if you used much of the content before asking. The other reasons to deny one stand since 2025-10-01.',
    sources: ['coursera-terms'],
  },
] as const satisfies readonly Change[]

/** What we changed or corrected on this site, newest first. */
export const siteChanges = [
  {
    id: 'site-2026-11-29-renewal-withdrawal',
    date: '2026-11-29',
    change:
      'A renewal payment starts no new EU or UK withdrawal period. We used to count 14 days from each renewal.',
    forReader:
      'If you live in the EU or the UK, the 14 days run from when your subscription began, not from a renewal.',
    sources: ['coursera-terms'],
  },
  {
    id: 'site-2026-11-29-google-play',
    date: '2026-11-29',
    change:
      'Google Play after its 48 hours is now shown as a disagreement between sources. We used to say that Coursera, as the app developer, decides.',
    forReader:
      'After 48 hours, ask Google Play first. If it refuses, ask Coursera support. Keep every answer in writing.',
    sources: ['google-play-refund', 'coursera-terms'],
  },
  {
    id: 'site-2026-11-29-charges-after-deletion',
    date: '2026-11-29',
    change:
      'Reports of charges after deleting an account now cite the Chargeback guide, which lists them. We used to cite the ReSubs guide, which does not mention deletion.',
    forReader: 'The advice is the same: cancel every subscription before you delete your account.',
    sources: ['seed-chargeback'],
  },
  {
    id: 'site-2026-11-29-terms-2026-07-03',
    date: '2026-11-29',
    change:
      "Our entry for Coursera's change of 2026-07-03 is corrected. Only one reason to deny a refund was added that day. We used to list five.",
    forReader:
      'Repeated requests, chargebacks, earlier marketplace refunds and unhappiness after graded work have been reasons to deny a refund since 2025-10-01.',
    sources: ['coursera-terms', 'coursera-terms-2025'],
  },
  {
    id: 'site-2026-11-29-refund-check-inputs',
    date: '2026-11-29',
    change:
      'The refund check asks more: Coursera Lite, upgrades, a course that started after you paid, and whether you opened paid content.',
    forReader:
      'Answers for these purchases were wrong before. Check again if one of them is yours.',
    sources: ['coursera-terms'],
  },
  {
    id: 'site-2026-11-29-data-retention',
    date: '2026-11-29',
    change: 'How long Coursera keeps data after you delete your account is added.',
    forReader:
      'Coursera keeps data no longer than it needs to. Data from identity checks (photo ID, headshot) is deleted on request, and at the latest 2 years after it was collected. No source says how long deletion takes.',
    sources: ['coursera-privacy'],
  },
  {
    id: 'site-2026-11-29-eu-withdrawal-function',
    date: '2026-11-29',
    change:
      'Since 2026-06-19, EU law requires a withdrawal function on websites and apps that sell to EU consumers. We now say so.',
    forReader:
      'To withdraw, use that function if Coursera offers it, otherwise the Learner Help Center. Keep the confirmation. The withdrawal message on /messages says so.',
    sources: ['eu-withdrawal-function'],
  },
  {
    id: 'site-2026-11-29-certificate-condition',
    date: '2026-11-29',
    change:
      'Earning a certificate ends the refund period for courses and Specializations only. We used to say a certificate ends the refund period for every product.',
    forReader:
      'A certificate does not stop a Coursera Plus refund: the Terms set no such condition for it.',
    sources: ['coursera-terms'],
  },
  {
    id: 'site-2026-11-29-apple-trial-access',
    date: '2026-11-29',
    change:
      'Added: third parties report that cancelling during an Apple free trial can end your access at once. Our FAQ used to say you keep access after cancelling, with no exception.',
    forReader: 'If you cancel an Apple free trial, you may lose access that day.',
    sources: ['apple-cancel-3p'],
  },
  {
    id: 'site-2026-11-29-charge-without-account',
    date: '2026-11-29',
    change:
      'Added: what to do about a Coursera charge when you have no Coursera account. This is general advice, not a Coursera fact.',
    forReader:
      'No account, and nothing in your Apple or Google subscriptions? Go to your card issuer first.',
  },
  {
    id: 'site-2026-11-29-subscribing-again',
    date: '2026-11-29',
    change:
      'Added: a third party reports that a cancelled subscription can be started again, and courses reopened in audit mode.',
    forReader: 'Cancelling does not close the door: you can subscribe again later.',
    sources: ['seed-chargeback'],
  },
  {
    id: 'site-2026-11-29-stored-dates',
    date: '2026-11-29',
    change:
      "The footer now gives the days our copies of the Terms and the Privacy Notice were stored. It used to say the facts were checked on 26 November, which read like a fresh check of Coursera's live pages.",
    forReader:
      "Our newest copy of Coursera's Terms is from 3 July 2026. If Coursera changed them since, we may not know yet.",
    sources: ['coursera-terms', 'coursera-privacy'],
  },
  {
    id: 'site-2026-11-26',
    date: '2026-11-26',
    change:
      'First edition: cancel guides for every billing channel, the refund guide and deadline check, account deletion and its checklist, all checked against the fact base of 26 November 2026.',
    forReader: 'Everything on this site is new.',
  },
] as const satisfies readonly Change[]

/** Every entry of the change log, both lists, each id once. */
export const allChanges: readonly Change[] = [...termsChanges, ...siteChanges]
