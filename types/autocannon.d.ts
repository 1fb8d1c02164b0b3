// autocannon ships no types: the part of its API that scripts/bench.mjs uses.
declare module 'autocannon' {
  interface Result {
    requests: { average: number }
    latency: { p50: number; p99: number }
    errors: number
    timeouts: number
    non2xx: number
  }
  export default function autocannon(options: {
    url: string
    connections?: number
    duration?: number
    headers?: Record<string, string>
    /** Sent in turn by each connection, instead of `url`'s path. */
    requests?: { method?: string; path: string }[]
  }): Promise<Result>
}
