export const categories: readonly ['performance', 'accessibility', 'best-practices', 'seo']
export interface Limits {
  minimumScore: number
  maxLayoutShift: number
  maxBytes: number
  maxDomElements: number
}
export const limits: Limits
export interface RunFigures {
  scores: Record<string, number | null>
  crawlable: boolean
  layoutShift: number
  bytes: number
  domElements: number
  lcpMs: number
  tbtMs: number
  mainThreadMs: Record<string, number>
  failingAudits: string[]
}
export function median(values: number[]): number
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function categoryScore(lhr: any, id: string, except?: string[]): number | null
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function figuresOf(lhr: any, page?: { noindex?: boolean }): RunFigures
export function verdict(
  runs: RunFigures[],
  page?: { noindex?: boolean },
  limit?: Limits,
): {
  scores: Record<string, number | null>
  layoutShift: number
  bytes: number
  domElements: number
  lcpMs: number
  tbtMs: number
  problems: string[]
}
