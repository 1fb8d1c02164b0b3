import { localDate } from '@/lib/prefill/parse-prefill'
import { announce, onReady } from './dom'

/**
 * The refund check answers as the reader types. Without JavaScript the form (a GET form,
 * components/refund-form.tsx) is answered by the server on submit. With this script, once the
 * form is complete enough, it asks the server for the same page with the query the form would
 * send, takes the answer (or the error messages) out of it and puts them in place, and the
 * address bar becomes that query: the link a reader shares opens the same answer. The form
 * itself is never redrawn, so focus and what the reader is typing stay where they are.
 */

/** The query the form stands for, or null while it is not complete enough to answer. */
function queryOf(form: HTMLFormElement, serverToday: string): URLSearchParams | null {
  const data = new FormData(form)
  const kind = data.get('kind')
  const params = new URLSearchParams()
  for (const [key, raw] of data) {
    const value = typeof raw === 'string' ? raw.trim() : ''
    if (!value || key === 'kind') continue
    if (kind === 'trial' && (key === 'paid' || key === 'renewal' || key === 'certificate')) continue
    if (kind !== 'trial' && (key === 'trialStart' || key === 'trialDays')) continue
    if ((key === 'renewal' || key === 'certificate') && value === 'no') continue
    if (key === 'region' && value === 'other') continue
    params.set(key, value)
  }
  const dateField = form.elements.namedItem(kind === 'trial' ? 'trialStart' : 'paid')
  const complete =
    params.has('product') &&
    params.has('channel') &&
    dateField instanceof HTMLInputElement &&
    dateField.value !== '' &&
    dateField.validity.valid
  if (!complete) return null
  // A reader east or west of UTC may be on another calendar day than the server.
  const today = localDate(new Date())
  if (!params.has('today') && today !== serverToday) params.set('today', today)
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

  async function update() {
    const params = queryOf(form, serverToday)
    if (!params) return
    const { pathname, search, hash } = window.location
    const address = `${pathname}?${params.toString()}#result`
    if (address === `${pathname}${search}${hash}`) return
    inFlight?.abort()
    const controller = (inFlight = new AbortController())
    let doc: Document
    try {
      const response = await fetch(`${pathname}?${params.toString()}`, {
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
    // Scripts the answer needs (its copy-link button) and this page has not loaded yet.
    for (const script of doc.querySelectorAll<HTMLScriptElement>('script[src^="/enhance/"]')) {
      const src = script.getAttribute('src')!
      if (document.querySelector(`script[src="${CSS.escape(src)}"]`)) continue
      const copy = document.createElement('script')
      copy.src = src
      copy.async = true
      document.head.append(copy)
    }
    document.title = doc.title
    window.history.replaceState(window.history.state, '', address)
    const said = freshPage.querySelector('.result-headline, .error-summary li')
    announce(live, said?.textContent?.trim() ?? '')
  }

  const schedule = () => {
    window.clearTimeout(timer)
    timer = window.setTimeout(() => void update(), 300)
  }
  form.addEventListener('input', schedule)
  form.addEventListener('change', schedule)
}

onReady(() => {
  const form = document.getElementById('refund-form')
  if (form instanceof HTMLFormElement) enhance(form)
})
