import type { SourceId } from './sources'

/**
 * Quotations checked against the stored copies of Coursera's own texts. Only the Terms and
 * the Privacy Notice are stored in full (policy-facts.md, "Sources"); a quotation of any
 * other source cannot be checked, so it is an error. Pure: the texts come in as strings
 * (lib/content/provenance.server.ts reads them from content/sources/).
 */

/** The stored copy of each source we hold in full, a file in content/sources/. */
export const storedCopyFiles = {
  'coursera-terms': 'coursera-terms-2026-07-03.md',
  'coursera-terms-2025': 'coursera-terms-2025-09-23.md',
  'coursera-privacy': 'coursera-privacy-2026-05-12.md',
} as const satisfies Partial<Record<SourceId, string>>

export type StoredSourceId = keyof typeof storedCopyFiles

export const storedSourceIds = Object.keys(storedCopyFiles) as readonly StoredSourceId[]

export function isStoredSourceId(id: string): id is StoredSourceId {
  return Object.hasOwn(storedCopyFiles, id)
}

/** Where a quotation is shown: a rule or reading of lib/policy (its key), or a content file. */
export type QuotedIn = { key: string } | { page: string; line?: number }

/** A quotation as shown, with the source it names. `source` is a plain string: a page may
 * name anything, and a name with no stored copy must fail the check, not the typecheck. */
export type Quotation = QuotedIn & { source: string; text: string }

/** One line of the review list: a quotation whose words the stored copy no longer holds. */
export type ReviewItem = Quotation & { problem: 'words-not-found' | 'no-stored-copy' }

const markdownLink = /!?\[([^\]]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"]*")?\)/g
const markdownEscape = /\\([\\`*_{}[\]()#+\-.!|<>~])/g
const strongMarker = /\*\*|__/g
const emphasisOpen = /(^|[\s(["'])[*_](?=\S)/g
const emphasisClose = /(\S)[*_](?=$|[\s)\].,;:!?"'])/g
const singleQuotes = /[\u2018\u2019\u201A\u201B\u2032]/g
const doubleQuotes = /[\u201C\u201D\u201E\u201F\u2033]/g
const dashes = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/g

/**
 * The comparison form of a text (policy-facts.md: "Compare a quotation with the stored copy
 * after normalising white space, typographic quotes and dashes, and Markdown link syntax").
 * Markdown's other marks that a reader never sees (backslash escapes, bold and italic
 * markers) go too, so a quotation need not copy the stored file's formatting. Letters,
 * case and punctuation are compared as they are.
 */
export function normaliseQuotation(text: string): string {
  return text
    .replace(markdownLink, '$1')
    .replace(markdownEscape, '$1')
    .replace(strongMarker, '')
    .replace(emphasisOpen, '$1')
    .replace(emphasisClose, '$1')
    .replace(singleQuotes, "'")
    .replace(doubleQuotes, '"')
    .replace(dashes, '-')
    .replace(/\s+/g, ' ')
    .trim()
}

/** An ellipsis ("…", "...", or either in brackets) marks words left out of a quotation. */
const ellipsis = /\s*\[?(?:\u2026|\.\.\.)\]?\s*/

/**
 * Whether the stored text holds the quotation word for word, after normalising both. A
 * quotation with words left out (an ellipsis) matches when its parts occur in order within
 * one paragraph of the stored text.
 */
export function quotationOccurs(quotation: string, stored: PreparedText): boolean {
  const parts = normaliseQuotation(quotation)
    .split(ellipsis)
    .map((p) => p.trim())
    .filter((p) => p !== '')
  if (parts.length === 0) return false
  if (parts.length === 1) return stored.whole.includes(parts[0]!)
  return stored.paragraphs.some((paragraph) => {
    let from = 0
    for (const part of parts) {
      const at = paragraph.indexOf(part, from)
      if (at < 0) return false
      from = at + part.length
    }
    return true
  })
}

export interface PreparedText {
  whole: string
  paragraphs: readonly string[]
}

/** Normalises a stored copy once, whole and paragraph by paragraph. */
export function prepareStoredText(text: string): PreparedText {
  return {
    whole: normaliseQuotation(text),
    paragraphs: text.split(/\n[ \t]*\n/).map(normaliseQuotation),
  }
}

/**
 * The review list: every quotation the stored copies do not support, in the order given.
 * Empty means every quotation was found. When Coursera changes its Terms and the new copy
 * is dropped into content/sources/, this names each rule and page to read again.
 */
export function reviewQuotations(
  quotations: readonly Quotation[],
  storedTexts: Readonly<Partial<Record<StoredSourceId, string>>>,
): ReviewItem[] {
  const prepared = new Map<StoredSourceId, PreparedText>()
  const review: ReviewItem[] = []
  for (const quotation of quotations) {
    const text = isStoredSourceId(quotation.source) ? storedTexts[quotation.source] : undefined
    if (text === undefined || !isStoredSourceId(quotation.source)) {
      review.push({ ...quotation, problem: 'no-stored-copy' })
      continue
    }
    let stored = prepared.get(quotation.source)
    if (!stored) {
      stored = prepareStoredText(text)
      prepared.set(quotation.source, stored)
    }
    if (!quotationOccurs(quotation.text, stored)) {
      review.push({ ...quotation, problem: 'words-not-found' })
    }
  }
  return review
}
