import { el, jsonData } from './dom'

/**
 * Results as you type, under the header's search box. Loaded when the box first gets focus
 * (components/enhance/site/search-loader.ts), never with the page. It asks /api/search and
 * lists the best places as links; the status line above them says how many (it is the live
 * region a screen reader announces). Arrow keys move between the box and the links, Escape
 * closes the list. Enter is left alone: the form submits to the results page, as without
 * JavaScript.
 */
interface Strings {
  none: string
  one: string
  many: string
  all: string
  failed: string
}
interface Result {
  url: string
  title: string
  section: string
}

const form = document.querySelector<HTMLFormElement>(WIDGET_ROOT.search)
const input = form?.querySelector<HTMLInputElement>('input[name="q"]')
const live = form?.querySelector<HTMLElement>('.site-search-live')
const status = live?.querySelector<HTMLElement>('[role="status"]')

if (form && input && live && status) {
  const t = jsonData<Strings>(form, 'strings', { none: '', one: '', many: '', all: '', failed: '' })
  let list: HTMLElement | null = null
  let timer = 0
  let pending: AbortController | null = null

  const close = () => {
    list?.remove()
    list = null
    status.textContent = ''
  }
  const links = () => [...live.querySelectorAll<HTMLAnchorElement>('a')]

  const show = (results: Result[], q: string) => {
    list?.remove()
    status.textContent = results.length
      ? results.length === 1
        ? t.one
        : t.many.replace('{n}', String(results.length))
      : t.none
    const all = new URL(form.action)
    all.searchParams.set('q', q)
    list = el(
      'ul',
      { className: 'site-search-list', attrs: { role: 'list' } },
      ...results.map((r) =>
        el(
          'li',
          {},
          el(
            'a',
            { attrs: { href: r.url } },
            el('span', { text: r.section || r.title }),
            ...(r.section ? [el('span', { className: 'site-search-page', text: r.title })] : []),
          ),
        ),
      ),
      el(
        'li',
        {},
        el('a', { className: 'site-search-all', text: t.all, attrs: { href: all.href } }),
      ),
    )
    live.append(list)
  }

  const search = async () => {
    const q = input.value.trim()
    pending?.abort()
    if (q.length < 2) return close()
    pending = new AbortController()
    const url = new URL(form.dataset.api ?? '', window.location.href)
    url.searchParams.set('q', q)
    url.searchParams.set('lang', form.dataset.lang ?? 'en')
    try {
      const response = await fetch(url, { signal: pending.signal })
      if (response.status === 400) return close()
      if (!response.ok) throw new Error(String(response.status))
      const body = (await response.json()) as { results: Result[] }
      show(body.results, q)
    } catch (error) {
      if ((error as Error).name !== 'AbortError') status.textContent = t.failed
    }
  }

  input.addEventListener('input', () => {
    window.clearTimeout(timer)
    timer = window.setTimeout(search, 150)
  })
  form.addEventListener('keydown', (event) => {
    const all = links()
    const at = all.indexOf(document.activeElement as HTMLAnchorElement)
    if (event.key === 'Escape' && list) {
      close()
      input.focus()
    } else if (event.key === 'ArrowDown' && all.length) {
      all[Math.min(at + 1, all.length - 1)]?.focus()
    } else if (event.key === 'ArrowUp' && at >= 0) {
      ;(at === 0 ? input : all[at - 1])?.focus()
    } else return
    event.preventDefault()
  })
  // Leaving the search (focus moved elsewhere on the page) closes the list.
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) close()
  })
  // Text already in the box (the results page, or typed before the script came) counts.
  if (input.value.trim() && document.activeElement === input) void search()
}
