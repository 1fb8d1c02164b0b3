import type { ComponentType } from 'react'
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
import { QuickCheck } from './refund-widgets'

/**
 * Components a guide may use in its MDX beyond the built-in ones (Steps, Step, Anchor,
 * Callout, Quote, Cite). Client widgets must come through here: importing a "use client"
 * file from inside an .mdx file would give the MDX bundle its own copy of React.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each widget has its own props
export const guideWidgets: Record<string, ComponentType<any>> = {
  Caveats,
  ConflictsList,
  QuickCheck,
  RefundRulesTable,
  RuleCard,
  SiteChangeLog,
  SourcesTable,
  StatutoryRules,
  TermsChangeLog,
  UpgradeRules,
}
