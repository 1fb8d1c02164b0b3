import { stemmer as stemEn } from '@orama/stemmers/english'
import { stemmer as stemFr } from '@orama/stemmers/french'
import type { Lang } from '@/lib/site'

/**
 * How text becomes search terms, the same for the index and the query, per language:
 * - words are runs of letters or digits, so "COURSERA*PLUS" is two words and "l’abonnement"
 *   is "l" and "abonnement" (one-letter words are dropped);
 * - case and accents do not count: "Résilier", "resilier" and "RÉSILIER" are one term;
 * - each word also stands for its stem (Snowball, through @orama/stemmers), so "refunds"
 *   finds "refund" and "remboursé" finds "remboursement".
 * No words live here that a reader reads: these are matching rules, not sentences.
 */

const stemmers: Record<Lang, (word: string) => string> = { en: stemEn, fr: stemFr }

/** Lower case without accents: "Résiliation" → "resiliation", "cœur" → "coeur". */
export function fold(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
}

export interface Token {
  word: string
  start: number
  end: number
}

const wordPattern = /[\p{L}\p{N}]+/gu

/** The words of a text with where each is, in UTF-16 code units as JavaScript counts. */
export function tokens(text: string): Token[] {
  const found: Token[] = []
  for (const m of text.matchAll(wordPattern)) {
    if (m[0].length < 2 && !/\p{N}/u.test(m[0])) continue
    found.push({ word: m[0], start: m.index, end: m.index + m[0].length })
  }
  return found
}

/**
 * Names joined by "*", as card statements write them ("COURSERA*PLUS"): each is one more
 * word, besides its parts, so a reader who copies one from a statement finds where it is.
 */
export function joinedNames(text: string): string[] {
  return [...text.matchAll(/[\p{L}\p{N}]+(?:\*[\p{L}\p{N}]+)+/gu)].map((m) => m[0])
}

/**
 * Phrases readers use for one idea, each standing for one more word where it occurs, in the
 * index and in a query alike: "how do I know if Apple bills me" meets "Still not sure? Check
 * the lists" through "unsure". Matched on the text without accents.
 */
const phrases: Record<Lang, readonly [RegExp, string][]> = {
  en: [
    [/\b(how (do|can|could) (i|you) (tell|know)|how to (tell|know)|not sure|unsure)\b/g, 'unsure'],
  ],
  fr: [[/\b(comment (savoir|reconnaitre|verifier)|pas sur|pas certain|incertain)\b/g, 'incertain']],
}

export function phraseWords(text: string, lang: Lang): string[] {
  const folded = fold(text)
  return phrases[lang].flatMap(([pattern, word]) => (folded.match(pattern) ?? []).map(() => word))
}

/**
 * Words too common to tell places apart. They still count inside a snippet; they are only
 * left out of what is looked up.
 */
const stopWords: Record<Lang, ReadonlySet<string>> = {
  en: new Set(
    'a an and are as at be been but by can could did do does for from had has have how i if in into is it its me my of on or our so that the their them then there these they this to was we were what when where which why will with would you your am im ive didn don doesn isn wasn won can cant get got still just'.split(
      ' ',
    ),
  ),
  fr: new Set(
    'au aux avec ce ces cet cette comment dans de des du elle en est et eu il ils je la le les leur lui ma mais me mes moi mon ne nos notre nous on ou par pour qu que quel quelle quelles quels quoi sa se ses si son sont sur ta te tes toi ton tu un une vos votre vous ai as avez peut puis peux faire fait suis serai encore toujours quand'.split(
      ' ',
    ),
  ),
}

export function isStopWord(word: string, lang: Lang): boolean {
  return stopWords[lang].has(fold(word))
}

/**
 * Names kept whole: French stems "Coursera" to "cours" (a course), which would match every
 * page for a reader who asks about a "cours".
 */
const names = new Set(['coursera', 'google', 'apple', 'play', 'plus', 'lite', 'paypal', 'itunes'])

/** A word's stem without accents, so "resilier" and "résilier" meet. */
function stemOf(word: string, lang: Lang): string {
  const folded = fold(word)
  // Stemmed with its accents (French endings such as "-ée" are spelled with them), then
  // folded: "refusée" and "refuse" both give "refus".
  return names.has(folded) ? folded : fold(stemmers[lang](word.toLowerCase()))
}

/**
 * Words readers use for the same thing, per language: each group shares one meaning term
 * (see `termsOf`). Only true equivalents: a word that also means something else ("end",
 * "time") would pull in pages about that.
 */
const synonymGroups: Record<Lang, readonly (readonly string[])[]> = {
  en: [
    ['cancel', 'cancellation', 'unsubscribe', 'stop', 'quit', 'terminate'],
    ['refund', 'reimburse', 'reimbursement', 'repay', 'money'],
    ['delete', 'deletion', 'erase', 'remove', 'close'],
    ['charge', 'bill', 'billing', 'debit', 'payment', 'pay', 'transaction'],
    ['subscription', 'subscribe', 'membership', 'plan'],
    ['iphone', 'ipad', 'ios'],
    ['certificate', 'certification', 'diploma', 'credential'],
    ['pause', 'freeze', 'suspend', 'hold'],
    ['restore', 'recover', 'reactivate', 'undo', 'undelete'],
    ['email', 'mail'],
    ['template', 'letter', 'sample', 'draft', 'message'],
    ['missing', 'absent', 'gone', 'disappeared', 'showing', 'no', 'not', 'without', 'none'],
  ],
  fr: [
    [
      'résilier',
      'résiliation',
      'annuler',
      'annulation',
      'désabonner',
      'désabonnement',
      'désinscrire',
      'arrêter',
      'stopper',
    ],
    ['remboursement', 'rembourser', 'argent'],
    ['supprimer', 'suppression', 'effacer', 'fermer', 'clôturer'],
    ['débit', 'débiter', 'prélèvement', 'prélever', 'paiement', 'payer', 'facturer', 'facturation'],
    ['abonnement', 'abonner', 'formule'],
    ['iphone', 'ipad', 'ios'],
    ['certificat', 'attestation', 'diplôme', 'certification'],
    ['pause', 'suspendre', 'suspension', 'geler'],
    ['réactiver', 'restaurer', 'récupérer', 'rétablir', 'réabonner'],
    ['email', 'mail', 'courriel'],
    ['modèle', 'lettre', 'exemple', 'message', 'courrier'],
    ['absent', 'introuvable', 'disparu', 'manquant', 'pas', 'aucun', 'aucune', 'sans'],
  ],
}

/** Each synonym's stem → its group's first word's stem. */
const groupOf: Record<Lang, Map<string, string>> = { en: new Map(), fr: new Map() }
for (const lang of ['en', 'fr'] as const) {
  for (const group of synonymGroups[lang]) {
    const head = stemOf(group[0]!, lang)
    for (const word of group) groupOf[lang].set(stemOf(word, lang), head)
  }
}

/** Whether a stem belongs to a synonym group, so its "~" term reaches more than the stem does. */
export function hasSynonyms(stem: string, lang: Lang): boolean {
  return groupOf[lang].has(stem)
}

/**
 * Whether a word is one the search knows besides the site's own words: a synonym, or the
 * word a phrase stands for. Such a word is never mended as a typo ("unsubscribe" is not a
 * misspelt "subscribe").
 */
export function isKnownWord(word: string, lang: Lang): boolean {
  const folded = fold(word)
  return groupOf[lang].has(stemOf(word, lang)) || phrases[lang].some(([, w]) => w === folded)
}

const cache: Record<Lang, Map<string, string[]>> = { en: new Map(), fr: new Map() }

/**
 * The two terms a word stands for, in the index and in a query alike: its stem, and its
 * meaning, marked "~" (its synonym group, or its stem again). A query word meets a page word
 * of the same stem on both terms and a synonym on the second only: the reader's own word
 * ranks above a synonym, and every word weighs the same, in a group or not.
 */
export function termsOf(word: string, lang: Lang): string[] {
  const known = cache[lang].get(word)
  if (known) return known
  const stem = stemOf(word, lang)
  const terms = [stem, `~${groupOf[lang].get(stem) ?? stem}`]
  if (cache[lang].size < 20_000) cache[lang].set(word, terms)
  return terms
}

/**
 * Damerau-Levenshtein distance (an adjacent swap counts one), stopping early once it is
 * over `max`: enough to find a reader's typo among the site's words.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  let before: number[] = []
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, before[j - 2]! + 1)
      current.push(d)
      best = Math.min(best, d)
    }
    if (best > max) return max + 1
    before = previous
    previous = current
  }
  return previous[b.length]!
}
