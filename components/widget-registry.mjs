// The widget registry: every widget with a script or a stylesheet of its own, and every
// component a guide's MDX may use. One entry per widget; the rest is derived from it:
// - scripts/build-enhance.mjs bundles one enhancer per `enhancer` named here
//   (components/enhance/<enhancer>.ts), gives it its `root` (the selector of the element the
//   component draws and the enhancer starts from, as WIDGET_ROOT.<enhancer in camelCase>), and
//   adds each `stylesheet` (components/<file>) to the site's stylesheet after app/site.css, in
//   this order (later sheets win ties);
// - lib/assets.server.ts takes its `Enhancer` type from it;
// - components/widgets.tsx must give a component for every entry with `mdx: true` (the
//   type-check fails otherwise), and the one guide route passes those to every guide.
// Plain JavaScript, so the build step reads it as it is.

/**
 * @typedef {object} WidgetEntry
 * @property {boolean} mdx a guide's MDX may use it by this name
 * @property {string} [enhancer] its page script, components/enhance/<enhancer>.ts
 * @property {string} [root] with an enhancer: the CSS selector of the element the component
 *   draws and the enhancer starts from (tests/e2e/a11y.spec.ts checks each is on its page)
 * @property {string} [stylesheet] its styles, components/<stylesheet>
 */

export const widgetRegistry = /** @type {const} */ ({
  // The hub's three ways in (/), and questions answered by a plain link per answer (/cancel).
  Doors: { mdx: true },
  Door: { mdx: true },
  Choices: { mdx: true },
  Choice: { mdx: true },
  // Rules, sources and disagreements drawn from the rule table (/refunds, /sources).
  Caveats: { mdx: true, stylesheet: 'policy-tables.css' },
  ConflictsList: { mdx: true },
  RefundRulesTable: { mdx: true },
  RuleCard: { mdx: true },
  SiteChangeLog: { mdx: true },
  SourcesTable: { mdx: true },
  StatutoryRules: { mdx: true },
  TermsChangeLog: { mdx: true },
  UpgradeRules: { mdx: true },
  Readings: { mdx: false, stylesheet: 'readings.css' },
  // Where the site's data can be taken from, and on what terms (/sources).
  OpenData: { mdx: true },
  // Ready-to-send messages, copied with one tap and filled from the refund check.
  Message: {
    mdx: true,
    enhancer: 'copy-message',
    root: '.copy-bar[data-target]',
    stylesheet: 'ready-message.css',
  },
  MessageText: { mdx: true },
  Blank: { mdx: true, enhancer: 'message-fill', root: '[data-fill]' },
  PrefillNote: { mdx: true },
  // The pre-deletion checklist, with ticks kept in the browser.
  Checklist: {
    mdx: true,
    enhancer: 'checklist',
    root: '.checklist[data-progress]',
    stylesheet: 'checklist.css',
  },
  ChecklistItem: { mdx: true },
  // The frame of every page: the header with its search box and its link to the same page in
  // the other edition (keeping the step in view), and each step's copy-link button. One
  // script for the three (components/enhance/site.ts and site/).
  SiteHeader: { mdx: false, enhancer: 'site', root: '.site-header' },
  // Results as you type, under the header's search box: loaded when the box first gets
  // focus (site/search-loader.ts), not with the page.
  SiteSearch: { mdx: false, enhancer: 'search', root: 'form.site-search' },
  // Used by other components, not by name in MDX: the form fields and the refund check with
  // its answer.
  Forms: { mdx: false, stylesheet: 'forms.css' },
  RefundCheck: {
    mdx: false,
    enhancer: 'refund-form',
    root: '#refund-form',
    stylesheet: 'calculator.css',
  },
  // The refund guide's quick check.
  QuickCheck: {
    mdx: true,
    enhancer: 'quick-check',
    root: '.quick-check[data-strings]',
    stylesheet: 'refund-quick-check.css',
  },
})

/** Every enhancer named in the registry, once. */
export const enhancers = [
  ...new Set(Object.values(widgetRegistry).flatMap((w) => ('enhancer' in w ? [w.enhancer] : []))),
]

/** Each enhancer's root selector, by enhancer name. */
export const enhancerRoots = Object.fromEntries(
  Object.values(widgetRegistry).flatMap((w) =>
    'enhancer' in w && 'root' in w ? [[w.enhancer, w.root]] : [],
  ),
)

/**
 * The name an enhancer's root has in its code: WIDGET_ROOT.refundForm for refund-form.
 * @param {string} enhancer
 */
export const rootKey = (enhancer) => enhancer.replace(/-(\w)/g, (_, c) => c.toUpperCase())

/** Every widget stylesheet, once, in registry order. */
export const widgetStylesheets = [
  ...new Set(
    Object.values(widgetRegistry).flatMap((w) => ('stylesheet' in w ? [w.stylesheet] : [])),
  ),
]
