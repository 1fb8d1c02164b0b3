import type { Messages } from '@/lib/i18n/messages'
import { channels, products, regions } from '@/lib/policy/products'
import { RefundQuickCheck } from './refund-quick-check'

/** The short calculator for the refund guide, with its strings from the one string table. */
export function QuickCheck({ t: messages }: { t: Messages }) {
  const t = messages.calculator
  const names = messages.policyTexts
  return (
    <RefundQuickCheck
      action={messages.paths.check}
      s={{
        ...t.quick,
        paidLabel: t.paid.label,
        renewalLabel: t.renewal.legend,
        certificateLabel: t.certificate.legend,
        regionLabel: t.region.legend,
        accessedLabel: t.accessed.legend,
        upgradeLabel: t.upgrade.legend,
        dateParts: t.dateParts,
        daysLeft: t.quick.daysLeft,
        fromPayment: t.quick.fromPayment,
        locale: messages.locale,
        colon: messages.colon,
        trialStartLabel: t.trialStart.label,
        trialDaysLabel: t.trialDays.label,
        todayLabel: t.today.label,
        yes: t.certificate.yes,
        no: t.certificate.no,
        verdicts: t.verdicts,
        dateLabels: {
          safeDeadline: t.safeDeadlineLabel,
          deadline: t.deadlineLabel,
          googleSafe: t.googleSafeLabel,
          googleDeadline: t.googleDeadlineLabel,
          lastFreeDay: t.lastFreeDayLabel,
          firstCharge: t.firstChargeLabel,
          statutoryDeadline: t.statutoryLine,
        },
      }}
      products={products.map((p) => ({ value: p, label: names.products[p] }))}
      channels={channels.map((c) => ({ value: c, label: names.channels[c] }))}
      regions={regions.map((r) => ({ value: r, label: names.regions[r] }))}
    />
  )
}
