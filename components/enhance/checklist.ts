import { countTicked, parseTicks, ticksStorageKey, withTick } from '@/lib/checklist/ticks'
import { el, onReady } from './dom'

/**
 * The pre-deletion checklist's tick boxes and progress line. The server draws a numbered
 * list that reads and prints without JavaScript (components/checklist.tsx); this script draws
 * a box in front of each item, the "3 of 9 done" line and the reset button, and keeps the
 * ticks in localStorage only: nothing is sent anywhere. When storage is blocked or full, the
 * ticks live in memory for this visit and the line says they are not saved.
 */

let memory: string | null = null
let storageWorks = true

function readRaw(): string | null {
  if (storageWorks) {
    try {
      return window.localStorage.getItem(ticksStorageKey)
    } catch {
      storageWorks = false
    }
  }
  return memory
}

function writeRaw(value: string | null) {
  memory = value
  if (!storageWorks) return
  try {
    if (value === null) window.localStorage.removeItem(ticksStorageKey)
    else window.localStorage.setItem(ticksStorageKey, value)
  } catch {
    storageWorks = false
  }
}

function enhance(root: HTMLElement) {
  const items = Array.from(root.querySelectorAll<HTMLElement>('.check-item'))
  const itemIds = items.map((item) => item.id)
  const bar = root.querySelector<HTMLElement>('.checklist-bar')
  if (!bar || items.length === 0) return
  const text = (name: string) => root.dataset[name] ?? ''

  const boxes = items.map((item) => {
    const box = el('input', {
      className: 'tick-box',
      attrs: { type: 'checkbox', id: `tick-${item.id}` },
    })
    // The item's title, a <label> the server drew, labels the box and ticks it when tapped.
    item.querySelector('label')?.setAttribute('for', box.id)
    box.addEventListener('change', () => {
      writeRaw(withTick(parseTicks(readRaw()), item.id, box.checked))
      render()
    })
    item.querySelector('.check-slot')?.append(box)
    return box
  })

  const count = el('p', { className: 'checklist-count', attrs: { role: 'status' } })
  const reset = el('button', {
    className: 'button-secondary',
    text: text('resetLabel'),
    attrs: { type: 'button' },
  })
  reset.addEventListener('click', () => {
    if (!window.confirm(text('resetConfirm'))) return
    writeRaw(null)
    render()
  })
  bar.replaceChildren(count, reset)

  function render() {
    const ticked = parseTicks(readRaw())
    boxes.forEach((box, i) => {
      box.checked = ticked.includes(itemIds[i]!)
    })
    const done = countTicked(ticked, itemIds)
    count.textContent = text('progress')
      .replace('{done}', String(done))
      .replace('{total}', String(itemIds.length))
    if (!storageWorks)
      count.append(el('span', { className: 'checklist-not-saved', text: ` ${text('notSaved')}` }))
  }

  // Another tab of the same checklist changed the ticks.
  window.addEventListener('storage', (event) => {
    if (event.key === ticksStorageKey || event.key === null) render()
  })
  render()
}

onReady(() => {
  document.querySelectorAll<HTMLElement>(WIDGET_ROOT.checklist).forEach(enhance)
})
