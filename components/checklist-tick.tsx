'use client'

import { useSyncExternalStore } from 'react'
import { countTicked, withTick } from '@/lib/checklist/ticks'
import { getServerTicks, getTicks, subscribeTicks, writeTicks } from './checklist-store'

/**
 * The box in front of one checklist item. Drawn only once scripts run (before that, and
 * without JavaScript, its slot shows the item's number), so there is never a box that
 * cannot be ticked. Its name is the item's visible title.
 */
export function TickBox({ id, labelledBy }: { id: string; labelledBy: string }) {
  const ticks = useSyncExternalStore(subscribeTicks, getTicks, getServerTicks)
  if (!ticks) return null
  const checked = ticks.ticked.includes(id)
  return (
    <input
      type="checkbox"
      className="tick-box"
      id={`tick-${id}`}
      aria-labelledby={labelledBy}
      checked={checked}
      onChange={(event) => writeTicks(withTick(getTicks().ticked, id, event.target.checked))}
    />
  )
}

interface ProgressProps {
  itemIds: readonly string[]
  /** "{total} items": shown before scripts run and without JavaScript. */
  totalText: string
  /** "{done} of {total} done" */
  progressText: string
  resetLabel: string
  resetConfirm: string
  notSavedText: string
}

/**
 * "3 of 9 done" (a status line, so each change is announced, a reset included), a reset
 * button, and a plain warning when the browser keeps nothing.
 */
export function ChecklistProgress({
  itemIds,
  totalText,
  progressText,
  resetLabel,
  resetConfirm,
  notSavedText,
}: ProgressProps) {
  const ticks = useSyncExternalStore(subscribeTicks, getTicks, getServerTicks)
  const total = String(itemIds.length)
  if (!ticks) {
    return (
      <div className="checklist-bar">
        <p className="checklist-count">{totalText.replace('{total}', total)}</p>
      </div>
    )
  }
  const done = countTicked(ticks.ticked, itemIds)
  function reset() {
    if (!window.confirm(resetConfirm)) return
    writeTicks(null)
  }
  return (
    <div className="checklist-bar">
      <p className="checklist-count" role="status">
        {progressText.replace('{done}', String(done)).replace('{total}', total)}
        {ticks.saved ? null : <span className="checklist-not-saved"> {notSavedText}</span>}
      </p>
      <button type="button" className="button-secondary" onClick={reset}>
        {resetLabel}
      </button>
    </div>
  )
}
