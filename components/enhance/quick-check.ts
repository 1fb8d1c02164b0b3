import { daysBetween, formatLong, localDate } from '@/lib/policy/browser-dates'
import { readDateParts } from '@/lib/policy/date-parts'
import { channels, products } from '@/lib/policy/products'
import { questionsFor } from '@/lib/policy/questions'
import { el, jsonData, onReady } from './dom'

const yesNo = ['yes', 'no'] as const
const oneOf = <T extends string>(value: string | undefined, options: readonly T[]) =>
  options.find((o) => o === value)

/**
 * The short calculator in the refund guide (/refunds). Without JavaScript it is a GET form
 * that opens the full check (components/refund-quick-check.tsx draws it); with this script it
 * asks the JSON API, which makes the same decision as the full page, and answers in place.
 * Everything shown comes from the API's fields and the page's own strings, set as text.
 */

interface Strings {
  full: string
  loading: string
  failed: string
  verdicts: Record<string, string>
  /** The API's date fields and their labels, in the order a reader needs them. */
  dateLabels: Record<string, string>
  daysLeft: { many: string; one: string; zero: string; past: string; pastOne: string }
  fromPayment: string
  locale: string
  colon: string
}

function enhance(section: HTMLElement) {
  const form = section.querySelector('form')
  const answer = section.querySelector<HTMLElement>('.quick-answer')
  if (!form || !answer) return
  const s = jsonData<Strings | null>(section, 'strings', null)
  if (!s) return
  const full = (form.getAttribute('action') ?? '').split('#')[0]
  let latest = 0

  function show(...nodes: Node[]) {
    answer!.replaceChildren(...nodes)
  }

  /**
   * The contract's query for what the reader has answered, or null until every question
   * that counts for their purchase is answered: nothing is assumed for them.
   */
  function contract(): URLSearchParams | null {
    const v: Record<string, string> = {}
    for (const [key, value] of new FormData(form!))
      if (typeof value === 'string' && value.trim()) v[key] = value.trim()
    const params = new URLSearchParams()
    for (const name of ['paid', 'trialStart', 'today']) {
      const parts = readDateParts(v[`${name}-day`], v[`${name}-month`], v[`${name}-year`])
      if (parts.kind === 'date') params.set(name, parts.value)
      else if (parts.kind !== 'empty') return null
    }
    const trial = params.has('trialStart') && !params.has('paid')
    const asked = questionsFor({
      product: oneOf(v.product, products),
      channel: oneOf(v.channel, channels),
      kind: trial ? 'trial' : 'paid',
      renewal: oneOf(v.renewal, yesNo),
      upgrade: oneOf(v.upgrade, yesNo),
      certificate: oneOf(v.certificate, yesNo),
    }).filter((q) => q !== 'start')
    if (!v.product || !v.channel || !(params.has('paid') || params.has('trialStart'))) return null
    if (asked.some((q) => !v[q])) return null
    params.set('product', v.product)
    params.set('channel', v.channel)
    if (trial && v.trialDays) params.set('trialDays', v.trialDays)
    for (const q of asked) params.set(q, v[q]!)
    return params
  }

  function left(iso: string, today: string): string {
    const n = daysBetween(today, iso)
    const d = s!.daysLeft
    const text = n > 1 ? d.many : n === 1 ? d.one : n === 0 ? d.zero : n === -1 ? d.pastOne : d.past
    return ` (${text.replace('{n}', String(Math.abs(n)))})`
  }

  async function check(): Promise<void> {
    const params = contract()
    if (!params) return
    const ticket = ++latest
    answer!.removeAttribute('data-verdict')
    show(el('p', { text: s!.loading }))
    try {
      // Field errors in the page's language (the API's lang; the answer is the same).
      const response = await fetch(
        `/api/refund-check?${params}&lang=${document.documentElement.lang}`,
      )
      const body = (await response.json()) as Record<string, unknown>
      if (ticket !== latest) return
      if (response.status === 400 && Array.isArray(body.errors)) {
        const list = el('ul', { className: 'quick-errors' })
        for (const error of body.errors as { message?: unknown }[])
          list.append(el('li', { text: String(error.message ?? '') }))
        show(list)
      } else if (response.ok && typeof body.verdict === 'string') {
        const dates = el('ul')
        // The day counted from: the one asked about, or the reader's own calendar day.
        const today = params.get('today') ?? localDate(new Date())
        const google = params.get('channel') === 'google'
        for (const [key, label] of Object.entries(s!.dateLabels)) {
          const iso = body[key]
          if (typeof iso !== 'string') continue
          // Google's window is hours from the purchase, not a Coursera text's days.
          const named =
            google && key === 'safeDeadline'
              ? s!.dateLabels.googleSafe
              : google && key === 'deadline'
                ? s!.dateLabels.googleDeadline
                : label
          if (key === 'deadline' && iso === body.safeDeadline) continue
          dates.append(
            el(
              'li',
              { text: named + s!.colon },
              el('time', { text: formatLong(iso, s!.locale), attrs: { datetime: iso } }),
              document.createTextNode(key === 'firstCharge' ? '' : left(iso, today)),
            ),
          )
        }
        const product = params.get('product')
        const note =
          params.has('paid') && (product === 'course' || product === 'specialization-monthly')
            ? el('p', { text: s!.fromPayment })
            : document.createTextNode('')
        answer!.dataset.verdict = body.verdict
        show(
          el('p', { className: 'quick-verdict', text: s!.verdicts[body.verdict] ?? body.verdict }),
          dates,
          note,
          // The full check of the page's edition: where the form goes without JavaScript.
          el('a', { text: s!.full, attrs: { href: `${full}?${params}#result` } }),
        )
      } else {
        show(el('p', { text: s!.failed }))
      }
    } catch {
      if (ticket === latest) show(el('p', { text: s!.failed }))
    }
  }

  // 'input' fires as the reader types or picks (selects and dates too), so the answer follows
  // the form; answers that arrive out of order are dropped (`latest`).
  form.addEventListener('input', () => void check())
  // A complete form is answered in place; an incomplete one goes to the full check, which
  // says which answers are missing.
  form.addEventListener('submit', (event) => {
    if (contract()) {
      event.preventDefault()
      void check()
    }
  })
}

onReady(() => {
  document.querySelectorAll<HTMLElement>(WIDGET_ROOT.quickCheck).forEach(enhance)
})
