import type { ComponentType } from 'react'
import type { Messages } from '@/lib/i18n/messages'
import { makeChecklist } from './checklist'
import { Choice, Choices } from './choices'
import { Door, Doors } from './doors'
import { makeReadyMessages } from './ready-message'

/**
 * Components a guide may use in its MDX beyond the built-in ones (Steps, Step, Anchor,
 * Callout, Quote, Cite). Client widgets must come through here: importing a "use client"
 * file from inside an .mdx file would give the MDX bundle its own copy of React.
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

/**
 * Widgets with interface strings, built for one language (like the steps): the pre-deletion
 * checklist (/delete-account/checklist) and the ready-to-send messages (/messages). Their
 * client leaves get plain strings as props, never the whole dictionary.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each widget has its own props
export function localizedGuideWidgets(t: Messages): Record<string, ComponentType<any>> {
  return { ...makeChecklist(t.checklist), ...makeReadyMessages(t.readyMessages) }
}
