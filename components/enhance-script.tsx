import { assetPath, type Enhancer } from '@/lib/assets.server'

export type { Enhancer }

/**
 * Loads the plain script that brings one widget to life (components/enhance/<name>.ts),
 * rendered next to the widget's server-drawn markup, so a page loads exactly the enhancers of
 * the widgets it shows.
 *
 * A module script, for two of its rules that no rewriting has to add: the browser runs a
 * module once however many widgets name it, and, like `defer`, only after the page is parsed
 * and its stylesheet has arrived (DOMContentLoaded waits for it). That order matters on a
 * page with a form: at DOMContentLoaded the browser looks the forms over (autofill), which
 * forces a style and layout pass, and a pass run before the stylesheet arrived was thrown
 * away once it did (on /refunds, 50 to 110 ms in about half the loads traced, when enhancers
 * were `async`). A browser without modules gets the page without its enhancements.
 */
export function EnhanceScript({ name }: { name: Enhancer }) {
  // A module script is deferred, not synchronous: the rule knows only async and defer.
  // eslint-disable-next-line @next/next/no-sync-scripts
  return <script type="module" src={assetPath(name)} />
}
