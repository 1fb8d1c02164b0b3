export interface SizedFile {
  file: string
  bytes: number
}
export type Budget =
  { kind: 'guide'; maxTotal: number; maxOwnJs: number } | { kind: 'calculator'; overFloor: number }
export interface RouteVerdict {
  route: string
  kind: Budget['kind']
  html: number
  css: number
  js: number
  ownJs: number
  total: number
  budget: string
  status: 'ok' | 'over'
  problems: string[]
  ownChunks: SizedFile[]
}
export const KB: number
export const budgets: {
  guide: { kind: 'guide'; maxTotal: number; maxOwnJs: number }
  calculator: { kind: 'calculator'; overFloor: number }
}
export function gzipSize(body: string | Uint8Array): number
export function normalizeAsset(ref: string, origin?: string): string
export function extractAssets(
  html: string,
  origin?: string,
): { js: string[]; css: string[]; noModule: string[]; external: string[] }
export function frameworkFloor(
  routeStats: { route: string; firstLoadChunkPaths?: string[] }[] | undefined,
  buildManifest: { rootMainFiles?: string[] },
): { files: Set<string>; source: string }
export function kb(bytes: number): string
export function evaluateRoute(
  measured: { route: string; html: number; css: SizedFile[]; js: SizedFile[] },
  budget: Budget,
  floor: Set<string>,
  floorBytes: number,
): RouteVerdict
export function formatTable(headers: string[], rows: (string | number)[][]): string
