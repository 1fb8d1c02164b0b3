import { licence, openDataPaths } from './open-data'
import { allChanges } from './policy/changes'
import { changesIn, type SaidChange } from './i18n/policy-view'
import { policyTextsEn } from './i18n/policy-texts'
import { siteName, siteOrigin } from './site'

/**
 * The change log as an Atom 1.0 feed (RFC 4287), served at /changes.xml. Built from
 * lib/policy/changes.ts only, so the feed and /sources cannot disagree.
 */

export const atomNamespace = 'http://www.w3.org/2005/Atom'

/**
 * Tag URIs (RFC 4151): stable whatever the feed's address or an entry's wording. The year
 * is the one in which we first used the domain for the feed; it never changes.
 */
export function feedId(origin: URL = siteOrigin): string {
  return `tag:${origin.hostname},2026:changes`
}

/** The id of one entry: a function of the change's own id only. */
export function entryId(changeId: string, origin: URL = siteOrigin): string {
  return `${feedId(origin)}/${changeId}`
}

/** A calendar date as RFC 3339, midnight UTC. */
export function atomDate(date: string): string {
  return `${date}T00:00:00Z`
}

/** Where an entry is shown on the site: its own anchor on /sources. */
export function changeHref(change: Pick<SaidChange, 'id'>, origin: URL = siteOrigin): string {
  return new URL(`/sources#${change.id}`, origin).href
}

/** XML text and attribute values, with characters XML 1.0 cannot carry removed. */
function escapeXml(text: string): string {
  return (
    text
      // Exactly the characters XML 1.0 cannot carry, even escaped.
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  )
}

function firstSentence(text: string): string {
  const end = text.search(/[.:](\s|$)/)
  return end === -1 ? text : text.slice(0, end + 1).replace(/:$/, '.')
}

/** Coursera's changes and ours, told apart by the id's prefix (lib/policy/changes.ts). */
function entryCategory(change: SaidChange): { term: string; label: string } {
  return change.id.startsWith('terms-')
    ? { term: 'coursera-terms', label: "Coursera's refund terms" }
    : { term: 'site', label: 'This site' }
}

function entryText(change: SaidChange): string {
  const sources = change.sources?.length
    ? `\n\nSources: ${change.sources.map((id) => policyTextsEn.sources[id].short).join('; ')}.`
    : ''
  return `${change.change}\n\nWhat it changes for you: ${change.forReader}${sources}`
}

/** Newest first; entries of one day keep the order of the data. */
function ordered(changes: readonly SaidChange[]): SaidChange[] {
  return changes
    .map((change, index) => ({ change, index }))
    .sort((a, b) => b.change.date.localeCompare(a.change.date) || a.index - b.index)
    .map((x) => x.change)
}

/** The whole feed as an XML document. `updated` is the newest entry's date: no clock. */
export function changesFeed(
  changes: readonly SaidChange[] = changesIn(policyTextsEn, allChanges),
  origin: URL = siteOrigin,
): string {
  const entries = ordered(changes)
  const updated = atomDate(entries[0]?.date ?? '2026-11-26')
  const self = new URL(openDataPaths.changes, origin).href
  const home = new URL('/sources', origin).href
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="${atomNamespace}" xml:lang="en">`,
    `  <id>${escapeXml(feedId(origin))}</id>`,
    `  <title>${escapeXml(`${siteName}: changes to Coursera's refund terms and to this site`)}</title>`,
    `  <subtitle>${escapeXml("Each change to Coursera's refund terms we found in the archived copies, and each correction we made, with what it changes for you.")}</subtitle>`,
    `  <updated>${updated}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(home)}"/>`,
    `  <author><name>${escapeXml(siteName)}</name><uri>${escapeXml(origin.origin + '/')}</uri></author>`,
    `  <rights>${escapeXml(`Our own data is under ${licence.name} (${licence.url}). ${licence.excludes}`)}</rights>`,
    ...entries.flatMap((c) => [
      '  <entry>',
      `    <id>${escapeXml(entryId(c.id, origin))}</id>`,
      `    <title>${escapeXml(firstSentence(c.change))}</title>`,
      `    <updated>${atomDate(c.date)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(changeHref(c, origin))}"/>`,
      `    <category term="${entryCategory(c).term}" label="${escapeXml(entryCategory(c).label)}"/>`,
      `    <content type="text">${escapeXml(entryText(c))}</content>`,
      '  </entry>',
    ]),
    '</feed>',
    '',
  ]
  return lines.join('\n')
}
