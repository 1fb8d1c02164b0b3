interface Props {
  /** The step's id: the link is this page's address plus #id. */
  id: string
  /** Read by screen readers after the visible label, so each control names its step. */
  stepTitle: string
  label: string
  copiedLabel: string
  failedLabel: string
}

/**
 * A plain anchor to the step. Without JavaScript it still works: following it puts the link
 * in the address bar. With JavaScript (components/enhance/site/copy-link.ts, loaded by every
 * page) a plain click copies
 * the full address instead and the status line says so.
 */
export function CopyLink({ id, stepTitle, label, copiedLabel, failedLabel }: Props) {
  return (
    <span className="copy-link" data-copied={copiedLabel} data-failed={failedLabel}>
      <a href={`#${id}`} className="copy-link-anchor">
        <svg aria-hidden="true" viewBox="0 0 20 20" width="16" height="16" fill="currentColor">
          <path d="M8.5 11.5a3 3 0 0 0 4.24 0l3-3a3 3 0 0 0-4.24-4.24l-.88.88 1.06 1.06.88-.88a1.5 1.5 0 1 1 2.12 2.12l-3 3a1.5 1.5 0 0 1-2.12 0l-1.06 1.06Zm3-3a3 3 0 0 0-4.24 0l-3 3a3 3 0 0 0 4.24 4.24l.88-.88-1.06-1.06-.88.88a1.5 1.5 0 0 1-2.12-2.12l3-3a1.5 1.5 0 0 1 2.12 0l1.06-1.06Z" />
        </svg>
        {label}
        <span className="sr-only">: {stepTitle}</span>
      </a>
      <span role="status" className="copy-link-status" />
    </span>
  )
}
