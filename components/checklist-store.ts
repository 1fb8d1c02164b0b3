import { parseTicks, ticksStorageKey } from '@/lib/checklist/ticks'

/**
 * The checklist's ticks, shared by every tick box and the progress line of the page, read
 * through useSyncExternalStore. Kept in localStorage only: nothing is sent anywhere. When
 * storage is blocked or full, ticks live in memory for this visit and `saved` is false.
 */
export interface TicksSnapshot {
  ticked: readonly string[]
  /** False when the browser refused to keep the ticks. */
  saved: boolean
}

const listeners = new Set<() => void>()
let memory: string | null = null
let storageWorks = true
let cached: (TicksSnapshot & { raw: string | null }) | undefined

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

export function getTicks(): TicksSnapshot {
  const raw = readRaw()
  if (!cached || cached.raw !== raw || cached.saved !== storageWorks) {
    cached = { raw, saved: storageWorks, ticked: parseTicks(raw) }
  }
  return cached
}

/** Before hydration (and on the server) nothing is known: no boxes are drawn yet. */
export function getServerTicks(): TicksSnapshot | null {
  return null
}

export function writeTicks(value: string | null) {
  memory = value
  if (storageWorks) {
    try {
      if (value === null) window.localStorage.removeItem(ticksStorageKey)
      else window.localStorage.setItem(ticksStorageKey, value)
    } catch {
      storageWorks = false
    }
  }
  listeners.forEach((listener) => listener())
}

function onStorage(event: StorageEvent) {
  // Another tab of the same checklist changed the ticks.
  if (event.key === ticksStorageKey || event.key === null) listeners.forEach((l) => l())
}

export function subscribeTicks(listener: () => void) {
  if (listeners.size === 0) window.addEventListener('storage', onStorage)
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
    if (listeners.size === 0) window.removeEventListener('storage', onStorage)
  }
}
