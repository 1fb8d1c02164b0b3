/**
 * The counting every fuzz run shares (refund check and search, in-process and over HTTP): how
 * many generated queries exercise each kind of input, and a tally of what came back.
 */
export function kindsGenerated(cases: readonly { kinds: readonly string[] }[]) {
  const generated: Record<string, number> = {}
  for (const c of cases) for (const k of c.kinds) generated[k] = (generated[k] ?? 0) + 1
  return generated
}

export function makeTally() {
  const tally: Record<string, number> = {}
  const count = (key: string) => (tally[key] = (tally[key] ?? 0) + 1)
  return { tally, count }
}
