export interface Target {
  key: string
  path: string
  fragment: string | null
}
export type Resolved =
  | ({ type: 'internal' } & Target)
  | { type: 'external'; url: string }
  | { type: 'ignored'; reason: string }
  | { type: 'invalid'; reason: string }
export interface Fetched {
  status: number
  type: string
  ids?: Set<string>
  location?: string
  error?: string
}
export const knownFiles: { path: RegExp; type: string }[]
export function extractLinks(html: string): { href: string; kind: 'a' | 'canonical' }[]
export function extractIds(html: string): Set<string>
export function resolveLink(href: string, pageUrl: string, siteOrigins: string[]): Resolved
export function knownFile(path: string): { path: RegExp; type: string } | null
export function linkProblem(
  target: Target,
  page: Fetched | undefined,
  options?: { samePage?: boolean },
): string | null
export function brokenLinks(
  links: { from: string; href: string; target: Target }[],
  pages: Map<string, Fetched>,
): { from: string; href: string; target: string; problem: string }[]
export function groupExternal(
  links: { url: string; from: string }[],
): { url: string; pages: string[] }[]
export function mediaType(header: string | null | undefined): string
