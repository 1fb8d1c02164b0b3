/**
 * The header's search box: its results-as-you-type script (components/enhance/search.ts) is
 * not loaded with the page but when the box first gets focus, so a reader who never
 * searches never downloads it. The form names the script's address (data-enhance). Without
 * it, or without JavaScript, the form still submits to the results page.
 */
export function loadSearchOnFocus(header: Element | null): void {
  const form = header?.querySelector<HTMLFormElement>('form[data-enhance]')
  if (!form) return
  const load = () => {
    const script = document.createElement('script')
    script.type = 'module'
    script.src = form.dataset.enhance ?? ''
    document.head.append(script)
  }
  // A reader quick enough to be in the box before this ran gets it at once.
  if (form.contains(document.activeElement)) load()
  else form.addEventListener('focusin', load, { once: true })
}
