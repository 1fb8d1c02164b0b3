import { parseFragment, type DefaultTreeAdapterMap } from 'parse5'
import { getMessages } from '../../lib/i18n/messages'
import type { PublicAssessment } from '../../lib/policy/assess-refund'
import { policyIn } from '../../lib/i18n/policy-view'
import type { RequestAt } from '../../lib/policy/rules'
import type { Lang } from '../../lib/site'

type Node = DefaultTreeAdapterMap['node']
type Element = DefaultTreeAdapterMap['element']

function* elements(node: Node): Generator<Element> {
  if ('tagName' in node) yield node
  const children =
    'content' in node ? node.content.childNodes : 'childNodes' in node ? node.childNodes : []
  for (const child of children) yield* elements(child)
}

function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value
}

function text(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value
  const children = 'childNodes' in node ? node.childNodes : []
  return children.map(text).join('')
}

/**
 * The elements whose start tag matches `start`, each parsed on its own: the fuzz test reads
 * 10,000 pages, and parsing whole pages (mostly the form) was a third of its time. An element
 * ends at the close tag that balances its own tag name; React escapes every "<" and ">" in
 * text and attribute values, so no tag hides in either.
 */
function parts(html: string, start: RegExp, tag: string): Element[] {
  const found: Element[] = []
  for (const m of html.matchAll(new RegExp(start.source, 'g'))) {
    const tags = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'g')
    tags.lastIndex = m.index
    let depth = 0
    let end = html.length
    for (let t = tags.exec(html); t; t = tags.exec(html)) {
      depth += t[1] ? -1 : 1
      if (depth === 0) {
        end = tags.lastIndex
        break
      }
    }
    const el = parseFragment(html.slice(m.index, end)).childNodes[0]
    if (el && 'tagName' in el) found.push(el)
  }
  return found
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

const hasClass = (el: Element, name: string) =>
  (attr(el, 'class') ?? '').split(/\s+/).includes(name)

/** Each row of the answer's facts, by the label a reader sees, to the field the API names. */
function rowFieldsOf(
  lang: Lang,
): Record<string, 'safeDeadline' | 'deadline' | 'lastFreeDay' | 'firstCharge'> {
  const c = getMessages(lang).calculator
  return {
    [c.safeDeadlineLabel]: 'safeDeadline',
    [c.googleSafeLabel]: 'safeDeadline',
    [c.deadlineOlderPagesLabel]: 'deadline',
    [c.deadlineTrialWindowLabel]: 'deadline',
    [c.deadlineAccessedLabel]: 'deadline',
    [c.googleDeadlineLabel]: 'deadline',
    [c.lastFreeDayLabel]: 'lastFreeDay',
    [c.firstChargeLabel]: 'firstCharge',
  }
}

export interface PageAnswer {
  /** The answer a reader is shown, in the API's terms; null when the page shows none. */
  answer: PublicAssessment | null
  /** The error summary, in its order: the field each link leads to, and what it says. */
  errors: { field: string; message: string }[] | null
  /** The message shown at each field, by field. */
  fieldErrors: Record<string, string>
  /** Whatever on the page could not be read as an answer (an unknown label, a second row). */
  unreadable: string[]
}

/**
 * What the page tells a reader, read from its HTML the way a reader finds it: the verdict
 * badge's data, each labelled date in the answer's facts (`<time dateTime>`), how many days
 * are left beside it, where to ask, the sources and the rules version; or the error summary
 * and the message at each field.
 */
export function readRefundPage(html: string, lang: Lang = 'en'): PageAnswer {
  const rowFields = rowFieldsOf(lang)
  const c = getMessages(lang).calculator
  const unreadable: string[] = []
  const [result, ...more] = parts(html, /<section\b[^>]*\sdata-verdict="/, 'section')
  if (more.length) unreadable.push('a second answer')
  let answer: PublicAssessment | null = null
  if (result) {
    const inResult = [...elements(result)]
    const dates: Partial<Record<string, { date: string; daysLeft: number | null }>> = {}
    let where: string | null = null
    const facts = inResult.find((el) => el.tagName === 'dl' && hasClass(el, 'result-facts'))
    for (const row of facts?.childNodes.filter((n): n is Element => 'tagName' in n) ?? []) {
      const dt = row.childNodes.find((n): n is Element => 'tagName' in n && n.tagName === 'dt')
      const dd = row.childNodes.find((n): n is Element => 'tagName' in n && n.tagName === 'dd')
      if (!dt || !dd) continue
      const label = text(dt).trim()
      if (label === c.whereLabel) where = text(dd)
      if (label === c.whereLabel || label === c.countedFor) continue
      const field = rowFields[label]
      const time = [...elements(dd)].find((el) => el.tagName === 'time')
      const left = [...elements(dd)].find((el) => attr(el, 'data-days-left') !== undefined)
      if (!field || !time || dates[field]) {
        unreadable.push(`row "${label}"`)
        continue
      }
      dates[field] = {
        date: attr(time, 'datetime')!,
        daysLeft: left ? Number(attr(left, 'data-days-left')) : null,
      }
    }
    // One row stands for both deadlines when the strict and the generous reading agree.
    const deadline = dates.deadline ?? dates.safeDeadline
    const statutory = inResult.find((el) => hasClass(el, 'statutory'))
    const statutoryTime = statutory && [...elements(statutory)].find((el) => el.tagName === 'time')
    const { requestPlaces } = policyIn(getMessages(lang).policyTexts)
    const places = (Object.keys(requestPlaces) as RequestAt[]).filter((k) => {
      const p = requestPlaces[k]
      return (
        where !== null && (where.includes(p.how) || (p.howOneTime && where.includes(p.howOneTime)))
      )
    })
    if (places.length > 1) unreadable.push(`"where to ask" names ${places.join(' and ')}`)
    if (where !== null && places.length === 0) unreadable.push(`"where to ask": ${where}`)
    const sourceList = inResult.find((el) => el.tagName === 'ul' && hasClass(el, 'result-sources'))
    const sources = [...(sourceList ? elements(sourceList) : [])]
      .map((el) => /^\/sources#source-(.+)$/.exec(attr(el, 'href') ?? '')?.[1])
      .filter((id): id is string => id !== undefined)
    const version = new RegExp(`${c.rulesVersion} (\\S+)\\.(?:\\s|$)`).exec(
      inResult
        .filter((el) => hasClass(el, 'source-meta'))
        .map(text)
        .join(' '),
    )
    answer = {
      verdict: attr(result, 'data-verdict') as PublicAssessment['verdict'],
      deadline: deadline?.date ?? null,
      safeDeadline: dates.safeDeadline?.date ?? null,
      daysLeft: (deadline ?? dates.lastFreeDay)?.daysLeft ?? null,
      requestAt: places[0] ?? null,
      statutoryDeadline: (statutoryTime && attr(statutoryTime, 'datetime')) ?? null,
      lastFreeDay: dates.lastFreeDay?.date ?? null,
      firstCharge: dates.firstCharge?.date ?? null,
      sources: sources as PublicAssessment['sources'],
      rulesVersion: version?.[1] ?? '(none shown)',
    }
  }

  const [summary, ...moreSummaries] = parts(
    html,
    /<div\b[^>]*\sclass="(?:[^"]*\s)?error-summary[\s"]/,
    'div',
  )
  if (moreSummaries.length) unreadable.push('a second error summary')
  // The element an error link leads to: its start tag is all that is read (its name).
  const byId = (id: string | undefined) => {
    const tag = id && new RegExp(`<\\w+\\b[^>]*\\sid="${escape(id)}"[^>]*>`).exec(html)
    const el = tag ? parseFragment(tag[0]).childNodes[0] : undefined
    return el && 'tagName' in el ? el : undefined
  }
  const errors = summary
    ? [...elements(summary)]
        .filter((el) => el.tagName === 'a')
        .map((a) => {
          // The field is the one the link leads to: the name of the input it focuses.
          const target = byId(attr(a, 'href')?.slice(1))
          const name = target ? attr(target, 'name') : undefined
          if (!name) unreadable.push(`error link ${attr(a, 'href')} leads nowhere`)
          return { field: (name ?? '?').replace(/-(day|month|year)$/, ''), message: text(a) }
        })
    : null
  const fieldErrors: Record<string, string> = {}
  for (const el of parts(html, /<p\b[^>]*\sclass="(?:[^"]*\s)?field-error[\s"]/, 'p')) {
    const id = attr(el, 'id')
    if (id?.endsWith('-error'))
      fieldErrors[id.slice(0, -'-error'.length)] = text(el).replace(/^Error: /, '')
    else unreadable.push(`a field error without its field: ${text(el)}`)
  }
  return { answer, errors, fieldErrors, unreadable }
}
