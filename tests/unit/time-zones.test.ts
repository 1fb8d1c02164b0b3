// @time-zones: it checks that each zone's run really runs in its zone.
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * scripts/test-unit.mjs runs the suites marked `// @time-zones` in five time zones and the
 * rest once. A suite belongs in every zone when it, or any module of ours it imports (type-only
 * imports aside, since they vanish at run time), computes with dates: Date, Temporal,
 * Intl.DateTimeFormat, toLocale…String. This test keeps the marks honest both ways.
 * It follows our own modules only: a package that reads the zone counts through the module of
 * ours that calls it, which should then say so with a Date or Temporal of its own.
 */
const root = process.cwd()
const unit = path.join(root, 'tests/unit')
const dateCode =
  /\bnew Date\b|\bDate\.\w|\bDate\(|\binstanceof Date\b|:\s*Date\b|\bTemporal\b|\bDateTimeFormat\b|\.toLocale\w*String\(/

function resolveImport(from: string, spec: string): string | null {
  const base = spec.startsWith('@/')
    ? path.join(root, spec.slice(2))
    : spec.startsWith('.')
      ? path.resolve(path.dirname(from), spec)
      : null // a package
  if (base === null) return null
  for (const ending of ['', '.ts', '.tsx', '.mjs', '.js', '/index.ts', '/index.tsx'])
    if (existsSync(base + ending) && (ending || path.extname(base))) return base + ending
  throw new Error(`${path.relative(root, from)}: cannot resolve ${spec}`)
}

/** The modules of ours a file loads, itself included: static, side-effect and dynamic imports. */
function modulesOf(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file) || !/\.(ts|tsx|mjs|js)$/.test(file)) return seen
  seen.add(file)
  const code = readFileSync(file, 'utf8').replace(
    /^\s*(import|export) type\b[^;]*?from\s*['"][^'"]+['"]/gm,
    '',
  )
  for (const m of code.matchAll(/\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(?\s*['"]([^'"]+)['"]/g)) {
    const target = resolveImport(file, (m[1] ?? m[2])!)
    if (target) modulesOf(target, seen)
  }
  return seen
}

function datesReached(suite: string): string[] {
  return [...modulesOf(suite)]
    .filter((f) => dateCode.test(readFileSync(f, 'utf8')))
    .map((f) => path.relative(root, f))
}

const suites = readdirSync(unit)
  .filter((f) => f.endsWith('.test.ts'))
  .map((f) => `tests/unit/${f}`)
  .sort()

describe(`the time-zone matrix (TZ=${process.env.TZ ?? 'unset'})`, () => {
  it('runs every suite that touches dates in every zone, and no other', () => {
    const listed = execFileSync(process.execPath, ['scripts/test-unit.mjs', '--list'], {
      encoding: 'utf8',
    })
      .split('\n')
      .filter(Boolean)
    const wanted = suites.filter((s) => datesReached(path.join(root, s)).length > 0)
    const missing = wanted
      .filter((s) => !listed.includes(s))
      .map(
        (s) =>
          `${s} reaches ${datesReached(path.join(root, s)).join(', ')}: mark it // @time-zones`,
      )
    const spare = listed
      .filter((s) => !wanted.includes(s))
      .map((s) => `${s} touches no dates: remove its // @time-zones`)
    expect([...missing, ...spare]).toEqual([])
    // The check sees what it should: the date suites and a suite of scripts without dates.
    expect(wanted).toContain('tests/unit/dates.test.ts')
    expect(wanted).toContain('tests/unit/refund-answers.test.ts')
    expect(suites.filter((s) => !wanted.includes(s))).toContain('tests/unit/links.test.ts')
  })

  it.skipIf(!process.env.TZ)('runs in the zone it was started in', () => {
    // TZ is read when the process starts; a run that only claims a zone proves nothing.
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(process.env.TZ)
    if (process.env.TZ === 'Pacific/Apia')
      expect(new Date('2026-01-01T00:00:00Z').getTimezoneOffset()).toBe(-13 * 60)
  })
})
