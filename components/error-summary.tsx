import { fieldErrorMessage, type FieldErrorTexts } from '@/lib/i18n/field-errors'
import type { FormError } from '@/lib/policy/refund-form'
import { fieldAnchor } from './refund-form'

/** GOV.UK's error summary: at the top, linking to each field that needs fixing. */
export function ErrorSummary({
  id,
  title,
  errors,
  texts,
}: {
  id: string
  title: string
  errors: FormError[]
  /** The language's words for each problem. */
  texts: FieldErrorTexts
}) {
  return (
    <div
      id={id}
      className="error-summary"
      role="alert"
      aria-labelledby={`${id}-title`}
      tabIndex={-1}
    >
      <h2 id={`${id}-title`} className="error-summary-title">
        {title}
      </h2>
      <ul role="list">
        {errors.map((e, i) => (
          <li key={`${e.field}-${i}`}>
            <a href={`#${fieldAnchor(e.field)}`}>{fieldErrorMessage(texts, e)}</a>
          </li>
        ))}
      </ul>
    </div>
  )
}
