import { localDate } from '@/lib/policy/browser-dates'
import { readDateParts } from '@/lib/policy/date-parts'
import { channels, products } from '@/lib/policy/products'
import { questionsFor, type Question } from '@/lib/policy/questions'
import { announce, onReady } from './dom'

const yesNo = ['yes', 'no'] as const

/**
 * The refund check answers as the reader types. Without JavaScript the form (a GET form,
 * components/refund-form.tsx) is answered by the server on submit. With this script, once the
 * form is complete enough, it asks the server for the same page with the query the form would
 * send, takes the answer (or the error messages) out of it and puts them in place, and the
 * address bar becomes that query: the link a reader shares opens the same answer. The form
 * itself is never redrawn, so focus and what the reader is typing stay where they are.
 */

type Values = Record<string, string>

/** Enhancers this page has run: those it came with, and those added for a redrawn answer. */
const loaded = new Set(
  Array.from(document.querySelectorAll('script[src^="/enhance/"]'), (s) => s.getAttribute('src')),
)

function valuesOf(form: HTMLFormElement): Values {
  const out: Values = {}
  for (const [key, raw] of new FormData(form)) if (typeof raw === 'string') out[key] = raw.trim()
  return out
}

const oneOf = <T extends string>(value: string | undefined, options: readonly T[]) =>
  options.find((o) => o === value)

/** Which questions count for what the reader has chosen so far (lib/policy/questions). */
function askedOf(v: Values): Question[] {
  return questionsFor({
    product: oneOf(v.product, products),
    channel: oneOf(v.channel, channels),
    kind: v.kind === 'trial' ? 'trial' : 'paid',
    renewal: oneOf(v.renewal, yesNo),
    upgrade: oneOf(v.upgrade, yesNo),
    certificate: oneOf(v.certificate, yesNo),
  })
}

/** Shows the questions that count and hides the rest; the server ignores hidden answers. */
function showQuestions(form: HTMLFormElement, asked: Question[], v: Values) {
  for (const block of form.querySelectorAll<HTMLElement>('[data-question]')) {
    block.hidden = !asked.includes(block.dataset.question as Question)
  }
  const startDate = form.querySelector<HTMLElement>('[data-date="start"]')
  if (startDate) startDate.hidden = v.startAfter !== 'yes'
}

function dateOf(v: Values, name: string): string | null {
  const parts = readDateParts(v[`${name}-day`], v[`${name}-month`], v[`${name}-year`])
  return parts.kind === 'date' ? parts.value : null
}

/**
 * The form's query, or null while it is not complete enough to answer: an answer appears
 * only once every question that counts has been answered, so nothing is assumed and no
 * error is shown for a question the reader has not reached yet.
 */
function queryOf(form: HTMLFormElement, serverToday: string): URLSearchParams | null {
  const v = valuesOf(form)
  const asked = askedOf(v)
  showQuestions(form, asked, v)
  const trial = v.kind === 'trial'
  const complete =
    Boolean(v.product && v.channel) &&
    dateOf(v, trial ? 'trialStart' : 'paid') !== null &&
    asked.every((q) =>
      q === 'start'
        ? v.startAfter === 'no' || (v.startAfter === 'yes' && dateOf(v, 'start'))
        : v[q],
    )
  if (!complete) return null
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(v)) if (value) params.set(key, value)
  // A reader east or west of UTC may be on another calendar day than the server.
  const today = localDate(new Date())
  if (!dateOf(v, 'today') && today !== serverToday) params.set('today', today)
  return params
}

/** `fresh`'s counterpart in `current`: the same id, else the same tag at the same index. */
function counterpart(current: Element, fresh: Element, node: Element | null): Element | null {
  if (!node) return null
  if (node.id) return current.querySelector(`[id="${CSS.escape(node.id)}"]`)
  const index = Array.from(fresh.querySelectorAll(node.tagName)).indexOf(node)
  return current.querySelectorAll(node.tagName)[index] ?? null
}

/** Gives one form field the error state (message, class, ARIA) the server drew for it. */
function syncField(current: Element, fresh: Element) {
  current.className = fresh.className
  for (const old of current.querySelectorAll('.field-error')) old.remove()
  for (const message of fresh.querySelectorAll('.field-error')) {
    counterpart(current, fresh, message.nextElementSibling)?.before(
      document.importNode(message, true),
    )
  }
  for (const control of fresh.querySelectorAll('input, select, fieldset')) {
    const mine = counterpart(current, fresh, control)
    if (!mine) continue
    for (const name of ['aria-invalid', 'aria-describedby']) {
      const value = control.getAttribute(name)
      if (value === null) mine.removeAttribute(name)
      else mine.setAttribute(name, value)
    }
  }
}

/** Puts `fresh` (or nothing) where `current` is, or after `anchor` when there is none yet. */
function place(current: Element | null, fresh: Element | null, insert: (node: Node) => void) {
  const node = fresh ? document.importNode(fresh, true) : null
  if (current && node) current.replaceWith(node)
  else if (current) current.remove()
  else if (node) insert(node)
}

function enhance(form: HTMLFormElement) {
  const page = form.closest('.calculator')
  const grid = page?.querySelector('.calculator-grid')
  const live = page?.querySelector('[data-live-answer]') ?? null
  const serverToday = form.dataset.today ?? ''
  if (!page || !grid) return
  let timer: number | undefined
  let inFlight: AbortController | undefined
  let lastAsked = ''
  showQuestions(form, askedOf(valuesOf(form)), valuesOf(form))

  async function update() {
    const params = queryOf(form, serverToday)
    if (!params) return
    const { pathname } = window.location
    const asked = `${pathname}?${params.toString()}`
    if (asked === lastAsked) return
    lastAsked = asked
    inFlight?.abort()
    const controller = (inFlight = new AbortController())
    let doc: Document
    try {
      const response = await fetch(asked, {
        signal: controller.signal,
        headers: { accept: 'text/html' },
      })
      if (!response.ok) return
      doc = new DOMParser().parseFromString(await response.text(), 'text/html')
    } catch {
      return // offline or replaced by a newer request: the submit button still answers
    }
    if (controller !== inFlight) return
    const freshPage = doc.querySelector('.calculator')
    const freshForm = doc.getElementById('refund-form')
    if (!freshPage || !freshForm) return

    place(
      page!.querySelector(':scope > .error-summary'),
      freshPage.querySelector(':scope > .error-summary'),
      (node) => grid!.before(node),
    )
    place(
      grid!.querySelector(':scope > .result'),
      freshPage.querySelector('.calculator-grid > .result'),
      (node) => grid!.append(node),
    )
    const fields = form.querySelectorAll('.field')
    freshForm.querySelectorAll('.field').forEach((field, i) => {
      if (fields[i]) syncField(fields[i]!, field)
    })
    // Scripts the answer needs (its copy-link button) and this page has not run yet. The
    // copies that came inside the fetched answer are inert: a parsed document's scripts never run.
    for (const script of doc.querySelectorAll<HTMLScriptElement>('script[src^="/enhance/"]')) {
      const src = script.getAttribute('src')!
      if (loaded.has(src)) continue
      loaded.add(src)
      const copy = document.createElement('script')
      copy.type = 'module'
      copy.src = src
      document.head.append(copy)
    }
    document.title = doc.title
    // The address becomes the contract's link to this answer (YYYY-MM-DD dates, every
    // answer named), as the server wrote it; with errors, the form's own query.
    const contract = freshPage.querySelector<HTMLElement>('[data-query]')?.dataset.query
    window.history.replaceState(
      window.history.state,
      '',
      contract ? `${pathname}?${contract}#result` : `${asked}#result`,
    )
    const said = freshPage.querySelector('.result-headline, .error-summary li')
    announce(live, said?.textContent?.trim() ?? '')
  }

  // GOV.UK's error summary: a link focuses its field's first input and scrolls the whole
  // question (legend, hint, message) into view, not the input flush against the top.
  page.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('.error-summary a') : null
    const input = document.getElementById(link?.getAttribute('href')?.slice(1) ?? '')
    const field = input?.closest('.field')
    if (!input || !field) return
    event.preventDefault()
    field.scrollIntoView()
    input.focus({ preventScroll: true })
  })

  const schedule = () => {
    window.clearTimeout(timer)
    timer = window.setTimeout(() => void update(), 300)
  }
  form.addEventListener('input', schedule)
  form.addEventListener('change', schedule)
}

onReady(() => {
  const form = document.querySelector<HTMLFormElement>(WIDGET_ROOT.refundForm)
  if (form instanceof HTMLFormElement) enhance(form)
})
