import { formatMedium, localDate } from '@/lib/policy/browser-dates'
import {
  hasPrefill,
  parsePrefill,
  prefillFields,
  type PrefillField,
} from '@/lib/prefill/parse-prefill'
import { el, jsonData, onReady } from './dom'

/**
 * The blanks of /messages that a link from the refund check may fill, and the line that says
 * what was filled and what could not be used. The page is static: the query string is read
 * here, in the browser, and only a value that passed parsePrefill is ever inserted, as text.
 */
onReady(() => {
  const prefill = parsePrefill(window.location.search, localDate(new Date()))
  if (!hasPrefill(prefill)) return

  const filled = new Set<string>()
  document.querySelectorAll<HTMLElement>(WIDGET_ROOT.messageFill).forEach((blank) => {
    const field = blank.dataset.fill
    // The withdrawal notice is for EU and UK buyers only: never fill it for anyone else.
    const regions = blank.dataset.regions?.split(' ')
    if (regions && !(prefill.region && regions.includes(prefill.region))) return
    let value: string | undefined
    if ((field === 'product' || field === 'policy') && prefill.product)
      value = jsonData<Record<string, string>>(blank, 'labels', {})[prefill.product]
    else if (field === 'paid' && prefill.paid)
      value = formatMedium(prefill.paid, blank.dataset.locale)
    else if (field === 'deadline' && prefill.deadline)
      value = formatMedium(prefill.deadline, blank.dataset.locale)
    else if (field === 'law')
      value =
        prefill.region === 'eu'
          ? blank.dataset.eu
          : prefill.region === 'uk'
            ? blank.dataset.uk
            : undefined
    if (!value) return
    blank.classList.add('filled')
    blank.textContent = value
    filled.add(field === 'policy' ? 'product' : field === 'law' ? 'region' : (field ?? ''))
  })

  const box = document.querySelector<HTMLElement>('.prefill-status[data-used]')
  const intro = box?.querySelector('.prefill-text')
  if (!box || !intro) return
  const fieldNames = jsonData<Partial<Record<PrefillField, string>>>(box, 'field-names', {})
  const names = (fields: readonly PrefillField[]) =>
    fields.map((field) => fieldNames[field] ?? field).join(', ')
  const parts: string[] = []
  // Only what actually went into a message counts as used.
  const used = prefillFields.filter((field) => prefill[field] !== undefined && filled.has(field))
  if (used.length > 0) parts.push((box.dataset.used ?? '').replace('{fields}', names(used)))
  if (prefill.rejected.length > 0) {
    parts.push((box.dataset.rejected ?? '').replace('{fields}', names(prefill.rejected)))
    box.classList.add('prefill-status-warn')
  }
  if (prefill.region === 'other') parts.push(box.dataset.otherRegion ?? '')
  // The introduction stays (invisible) under the result, so the box keeps its height and
  // nothing below it moves.
  intro.classList.add('prefill-text-replaced')
  box.append(el('p', { className: 'prefill-text', text: parts.join(' ') }))
})
