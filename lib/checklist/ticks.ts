/**
 * The ticks of the pre-deletion checklist, as kept in the reader's own browser. Pure: the
 * client store reads and writes localStorage and hands the raw string here.
 *
 * The version is part of the key: if the stored shape ever changes, a new key starts
 * empty instead of misreading old data.
 */
export const ticksStorageKey = 'leaving-coursera:delete-checklist:v1'

/** The same shape as a hand-written step or item id (lib/content/anchors.ts). */
const itemId = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/

/** More ticks than any checklist will have: bounds the work a junk value can cause. */
const maxTicks = 100

/**
 * The ticked item ids in a stored value. Anything else (nothing stored, broken JSON, another
 * shape, odd entries) reads as "nothing ticked" or loses only the odd entries: never throws.
 */
export function parseTicks(raw: string | null | undefined): string[] {
  if (!raw) return []
  let data: unknown
  try {
    data = JSON.parse(raw)
  } catch {
    return []
  }
  if (!Array.isArray(data)) return []
  const ticked: string[] = []
  for (const entry of data.slice(0, maxTicks)) {
    if (typeof entry === 'string' && itemId.test(entry) && !ticked.includes(entry)) {
      ticked.push(entry)
    }
  }
  return ticked
}

/** The value to store after ticking (`on`) or unticking one item. */
export function withTick(ticked: readonly string[], id: string, on: boolean): string {
  const rest = ticked.filter((t) => t !== id)
  return JSON.stringify(on ? [...rest, id] : rest)
}

/** How many of this checklist's items are ticked: stale ids from older lists do not count. */
export function countTicked(ticked: readonly string[], itemIds: readonly string[]): number {
  return itemIds.filter((id) => ticked.includes(id)).length
}
