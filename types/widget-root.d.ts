/**
 * Each page enhancer's root selector, from components/widget-registry.mjs: scripts/build-enhance.mjs
 * replaces `WIDGET_ROOT.<enhancer in camelCase>` with the registry's string at build time.
 */
declare const WIDGET_ROOT: {
  readonly checklist: string
  readonly copyMessage: string
  readonly messageFill: string
  readonly quickCheck: string
  readonly refundForm: string
  readonly search: string
  readonly site: string
}
