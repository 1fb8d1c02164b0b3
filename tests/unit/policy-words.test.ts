import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { fieldErrorsEn, fieldErrorsFr } from '@/lib/i18n/field-errors'
import { policyTextsEn } from '@/lib/i18n/policy-texts'

/**
 * lib/policy holds ids, dates and data, and no sentence a reader sees: those are in the
 * message catalogues, one per language (issue 16). Two kinds of words may stay:
 * - clauses.ts: Coursera's own words, quoted as stored (data, checked against the copies);
 * - the message of a thrown Error: for the developer who broke an invariant, never shown.
 */
const dir = fileURLToPath(new URL('../../lib/policy/', import.meta.url))
const quotations = new Set(['clauses.ts'])

/** String literals of a source file, without comments, with the line each starts on. */
function literals(source: string): { line: number; text: string; context: string }[] {
  const found: { line: number; text: string; context: string }[] = []
  const lines = source.split('\n')
  let inBlock = false
  lines.forEach((raw, i) => {
    let line = raw
    if (inBlock) {
      const end = line.indexOf('*/')
      if (end === -1) return
      line = line.slice(end + 2)
      inBlock = false
    }
    line = line.replace(/\/\*.*?\*\//g, '')
    const open = line.indexOf('/*')
    if (open !== -1) {
      inBlock = true
      line = line.slice(0, open)
    }
    line = line.replace(/(^|[^:'"`])\/\/.*$/, '$1')
    for (const m of line.matchAll(/'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g))
      found.push({ line: i + 1, text: m[1] ?? m[2] ?? m[3] ?? '', context: raw })
  })
  return found
}

/** Three words or more in a row: a phrase a reader would read. */
const phrase = /[A-Za-z]{2,}[,;:]? [A-Za-z]{2,}[,;:]? [A-Za-z]{2,}/

describe('the policy library speaks no language', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !quotations.has(f))

  it('has no phrase in any string outside quotations and thrown errors', () => {
    const phrases = files.flatMap((file) =>
      literals(readFileSync(dir + file, 'utf8'))
        .filter((l) => phrase.test(l.text) && !/new Error\(|throw /.test(l.context))
        .map((l) => `${file}:${l.line}: ${l.text}`),
    )
    expect(phrases).toEqual([])
  })

  it('finds a phrase when one is there, so the check can fail', () => {
    const sample = "const label = 'Choose what you bought.' // a comment with words in it\n"
    expect(literals(sample).filter((l) => phrase.test(l.text))).toHaveLength(1)
    expect(
      literals('/* many words in a comment */ const id = "plus-annual"').filter((l) =>
        phrase.test(l.text),
      ),
    ).toHaveLength(0)
  })
})

describe('the catalogues', () => {
  it('say every field problem in French differently from English (none left untranslated)', () => {
    for (const code of Object.keys(fieldErrorsEn) as (keyof typeof fieldErrorsEn)[]) {
      // Every figure any problem carries, so each catalogue's words can be built.
      const problem = {
        code,
        allowed: ['a', 'b'],
        value: '2026-02-30',
        min: 1,
        max: 90,
        parts: ['day'],
      }
      const say = (texts: typeof fieldErrorsEn) =>
        (texts[code] as (f: string, p: unknown) => string)('paid', problem)
      const en = say(fieldErrorsEn)
      const fr = say(fieldErrorsFr)
      expect(fr, code).not.toBe(en)
      expect(fr.trim(), code).not.toBe('')
    }
  })

  it('give every rule, caveat, source and change its words in English', () => {
    const walk = (value: unknown, path: string): string[] =>
      typeof value === 'string'
        ? value.trim() === ''
          ? [path]
          : []
        : value && typeof value === 'object'
          ? Object.entries(value).flatMap(([k, v]) => walk(v, `${path}.${k}`))
          : []
    expect(walk(policyTextsEn, 'en')).toEqual([])
  })
})
