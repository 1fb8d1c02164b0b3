import { announce, isPlainClick } from '../dom'

/**
 * "Copy link to this step". The server draws a plain anchor to the step (<CopyLink>); with
 * this script a plain click copies the full address instead of jumping. One listener on the
 * document, so links drawn later (the calculator's answer is redrawn as you type) work too.
 * Without a clipboard the link keeps its plain job: the address bar shows the step's link.
 */
document.addEventListener('click', (event) => {
  const target = event.target
  if (!(target instanceof Element) || event.defaultPrevented || !isPlainClick(event)) return
  const anchor = target.closest<HTMLAnchorElement>('a.copy-link-anchor')
  const box = anchor?.closest<HTMLElement>('.copy-link')
  if (!anchor || !box || !navigator.clipboard) return
  event.preventDefault()
  const hash = anchor.getAttribute('href') ?? ''
  const url = new URL(hash, window.location.href).href
  const status = box.querySelector('.copy-link-status')
  navigator.clipboard.writeText(url).then(
    () => announce(status, box.dataset.copied ?? ''),
    () => {
      window.location.hash = hash.slice(1)
      announce(status, box.dataset.failed ?? '')
    },
  )
})
