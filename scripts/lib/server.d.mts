// Temporary: removed with the other shims once scripts/ passes tsconfig.scripts.json.
export const host: string
export function portFrom(variable: string, fallback: number): number
export function startServer(o: {
  command: string
  args: string[]
  port: number
  variable: string
  name: string
  ready?: (origin: string) => Promise<void>
  timeoutMs?: number
  env?: Record<string, string>
  cwd?: string
}): Promise<{ origin: string; pid: number; stop: () => Promise<void> }>
export function startNext(
  port: number,
  variable: string,
): Promise<{ origin: string; pid: number; stop: () => Promise<void> }>
