import { siteOriginHref } from './site-origin.mjs'

/**
 * Site-wide settings. The origin is configured once (SITE_ORIGIN at build time) and every
 * canonical URL, sitemap entry and shared link is derived from it.
 */
export const siteOrigin = new URL(siteOriginHref)

export const siteName = 'Leaving Coursera'

/**
 * Languages with a message catalogue and an edition in content/<lang>/: English at the root,
 * French under /fr/. No default: each route names the language it serves.
 */
export const languages = ['en', 'fr'] as const
export type Lang = (typeof languages)[number]

/** Where each edition's addresses start: English at the root, French under /fr. */
export const editionRoot: Readonly<Record<Lang, string>> = { en: '', fr: '/fr' }

/** The edition an address belongs to. */
export function langOfPath(path: string): Lang {
  return path === editionRoot.fr || path.startsWith(`${editionRoot.fr}/`) ? 'fr' : 'en'
}

/** The browser's toolbar colour in each colour scheme (the page backgrounds of app/globals.css). */
export const themeColors = [
  { scheme: 'light', color: '#ffffff' },
  { scheme: 'dark', color: '#0f172a' },
] as const

/** Every page's title is "<page> · Leaving Coursera". */
export function pageTitle(title: string): string {
  return `${title} · ${siteName}`
}
