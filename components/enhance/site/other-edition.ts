import { isPlainClick } from '../dom'

/**
 * The header's link to the same page in the other edition. The fragment of the address
 * (the step a reader was sent to) never reaches the server, so without this script the link
 * opens the twin page at the top. With it, a click carries the step across: this page's
 * anchor, looked up in the map the server wrote (data-anchors), becomes the twin's.
 */
document.addEventListener('click', (event) => {
  const target = event.target
  if (!(target instanceof Element) || !isPlainClick(event)) return
  const link = target.closest<HTMLAnchorElement>('a.other-edition[data-anchors]')
  const here = decodeURIComponent(window.location.hash.slice(1))
  if (!link || !here) return
  let anchors: Record<string, string> = {}
  try {
    anchors = JSON.parse(link.dataset.anchors ?? '{}') as Record<string, string>
  } catch {
    return
  }
  const there = anchors[here]
  if (there) link.hash = there
})
