export interface SizedFile {
  file: string
  bytes: number
}
export interface Budget {
  maxTotal: number
  maxOwnJs: number
}
export interface RouteVerdict {
  route: string
  html: number
  css: number
  js: number
  ownJs: number
  otherJs: number
  total: number
  status: 'ok' | 'over'
  problems: string[]
  ownScripts: SizedFile[]
  otherScripts: SizedFile[]
}
export const KB: number
export const budget: Budget
export function isOwnScript(path: string): boolean
export function gzipSize(body: string | Uint8Array): number
export function normalizeAsset(ref: string, origin?: string): string
export function extractAssets(
  html: string,
  origin?: string,
): { js: string[]; css: string[]; noModule: string[]; external: string[] }
export function kb(bytes: number): string
export function evaluateRoute(
  measured: { route: string; html: number; css: SizedFile[]; js: SizedFile[] },
  limit?: Budget,
): RouteVerdict
export function formatTable(headers: string[], rows: (string | number)[][]): string
