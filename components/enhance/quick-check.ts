import { el, jsonData, onReady } from './dom'

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
}

/** "Friday, 27 November 2026", computed on UTC so the reader's time zone cannot shift it. */
function spell(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  return new Intl.DateTimeFormat('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(Date.UTC(y, m - 1, d))
}

function enhance(section: HTMLElement) {
  const form = section.querySelector('form')
  const answer = section.querySelector<HTMLElement>('.quick-answer')
  if (!form || !answer) return
  const s = jsonData<Strings | null>(section, 'strings', null)
  if (!s) return
  let latest = 0

  function show(...nodes: Node[]) {
    answer!.replaceChildren(...nodes)
  }

  async function check() {
    const params = new URLSearchParams()
    for (const [key, value] of new FormData(form!)) {
      if (typeof value === 'string' && value.trim()) params.set(key, value.trim())
    }
    if (
      !params.has('product') ||
      !params.has('channel') ||
      !(params.has('paid') || params.has('trialStart'))
    )
      return
    const ticket = ++latest
    answer!.removeAttribute('data-verdict')
    show(el('p', { text: s!.loading }))
    try {
      const response = await fetch(`/api/refund-check?${params}`)
      const body = (await response.json()) as Record<string, unknown>
      if (ticket !== latest) return
      if (response.status === 400 && Array.isArray(body.errors)) {
        const list = el('ul', { className: 'quick-errors' })
        for (const error of body.errors as { message?: unknown }[])
          list.append(el('li', { text: String(error.message ?? '') }))
        show(list)
      } else if (response.ok && typeof body.verdict === 'string') {
        const dates = el('ul')
        for (const [key, label] of Object.entries(s!.dateLabels)) {
          const iso = body[key]
          if (typeof iso !== 'string') continue
          dates.append(
            el(
              'li',
              { text: `${label}: ` },
              el('time', { text: spell(iso), attrs: { datetime: iso } }),
            ),
          )
        }
        answer!.dataset.verdict = body.verdict
        show(
          el('p', { className: 'quick-verdict', text: s!.verdicts[body.verdict] ?? body.verdict }),
          dates,
          el('a', { text: s!.full, attrs: { href: `/refunds/check?${params}#result` } }),
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
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    void check()
  })
}

onReady(() => {
  document.querySelectorAll<HTMLElement>('.quick-check[data-strings]').forEach(enhance)
})
