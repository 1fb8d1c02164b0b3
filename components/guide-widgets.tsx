import type { ComponentType } from 'react'
import { Choice, Choices } from './choices'
import { Door, Doors } from './doors'

/**
 * Components any guide may use in its MDX beyond the built-in ones (Steps, Step, Anchor,
 * Callout, Quote, Cite). Everything here renders on the server and ships no script.
 *
 * Widgets with a script or a stylesheet of their own are not listed here: the stylesheets
 * of everything a route imports load on that route, so one registry would make every guide
 * load every widget's CSS. Pages with such a widget have a route of their own that passes it
 * in (see app/(guides)/refunds, sources, delete-account/checklist and messages).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each widget has its own props
export const guideWidgets: Record<string, ComponentType<any>> = {
  // The hub's three ways in (/).
  Doors,
  Door,
  // Questions answered by a plain link per answer: the channel finder (/cancel).
  Choices,
  Choice,
}
