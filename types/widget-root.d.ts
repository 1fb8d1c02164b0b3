/**
 * Each page enhancer's root selector, from components/widget-registry.mjs: scripts/build-enhance.mjs
 * replaces `WIDGET_ROOT.<enhancer in camelCase>` with the registry's string at build time.
 */
declare const WIDGET_ROOT: {
  readonly checklist: string
  readonly copyLink: string
  readonly copyMessage: string
  readonly messageFill: string
  readonly otherEdition: string
  readonly quickCheck: string
  readonly refundForm: string
}
