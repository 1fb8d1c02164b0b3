import type { ComponentType, ReactNode } from 'react'
import type { Messages } from '@/lib/i18n/messages'
import { Checklist, ChecklistItem } from './checklist'
import { Choice, Choices } from './choices'
import { Door, Doors } from './doors'
import { OpenData } from './open-data'
import {
  Caveats,
  ConflictsList,
  RefundRulesTable,
  RuleCard,
  SiteChangeLog,
  SourcesTable,
  StatutoryRules,
  TermsChangeLog,
  UpgradeRules,
} from './policy-tables'
import { Blank, Message, MessageText, PrefillNote } from './ready-message'
import { QuickCheck } from './refund-widgets'
import { widgetRegistry } from './widget-registry.mjs'

type Registry = typeof widgetRegistry
/** The names a guide's MDX may use (components/widget-registry.mjs, `mdx: true`). */
export type MdxWidgetName = {
  [K in keyof Registry]: Registry[K]['mdx'] extends true ? K : never
}[keyof Registry]

/**
 * The component behind each MDX name in the registry, given the page's strings. A name the
 * registry lists without a component here, or a component the registry does not list, fails
 * the type-check. Everything renders on the server; widgets with an enhancer load it
 * themselves (components/enhance-script.tsx).
 */
export function mdxWidgets(
  t: Messages,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each widget has its own props
): { [K in MdxWidgetName]: ComponentType<any> } {
  const s = t.readyMessages
  return {
    Doors,
    Door,
    Choices,
    Choice,
    Caveats: (props: { ids: string }) => <Caveats {...props} t={t} />,
    ConflictsList: () => <ConflictsList t={t} />,
    RefundRulesTable: () => <RefundRulesTable t={t} />,
    RuleCard: (props: { id: string }) => <RuleCard {...props} t={t} />,
    SiteChangeLog: () => <SiteChangeLog t={t} />,
    SourcesTable: () => <SourcesTable t={t} />,
    StatutoryRules: () => <StatutoryRules t={t} />,
    TermsChangeLog: () => <TermsChangeLog t={t} />,
    UpgradeRules: () => <UpgradeRules t={t} />,
    OpenData: () => <OpenData t={t} />,
    QuickCheck: () => <QuickCheck t={t} />,
    Checklist: ({ children }: { children?: ReactNode }) => (
      <Checklist t={t.checklist}>{children}</Checklist>
    ),
    ChecklistItem,
    Message: (props: { id: string; title: string; lang?: string; children?: ReactNode }) => (
      <Message {...props} t={s} />
    ),
    MessageText,
    Blank: (props: Omit<Parameters<typeof Blank>[0], 't' | 'productNames'>) => (
      <Blank {...props} t={s} productNames={t.policyTexts.products} />
    ),
    PrefillNote: () => <PrefillNote t={s} />,
  }
}
