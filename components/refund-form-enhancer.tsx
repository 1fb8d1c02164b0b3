'use client'

import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

interface Props {
  formId: string
  /** The date the server counts as today (UTC). */
  serverToday: string
}

/** The reader's own calendar date, from their device's clock and time zone. */
function localToday(): string {
  const now = new Date()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/**
 * Makes the server-rendered calculator form answer as the reader types: once the form is
 * complete enough, the address bar is replaced with a query that reproduces the answer and
 * the server renders it. Without JavaScript the form submits the same query itself.
 */
export function RefundFormEnhancer({ formId, serverToday }: Props) {
  const router = useRouter()

  useEffect(() => {
    const form = document.getElementById(formId)
    if (!(form instanceof HTMLFormElement)) return
    let timer: number | undefined

    const update = () => {
      const data = new FormData(form)
      const kind = data.get('kind')
      const params = new URLSearchParams()
      for (const [key, raw] of data) {
        const value = typeof raw === 'string' ? raw.trim() : ''
        if (!value || key === 'kind') continue
        if (kind === 'trial' && (key === 'paid' || key === 'renewal' || key === 'certificate'))
          continue
        if (kind !== 'trial' && (key === 'trialStart' || key === 'trialDays')) continue
        if ((key === 'renewal' || key === 'certificate') && value === 'no') continue
        if (key === 'region' && value === 'other') continue
        params.set(key, value)
      }
      const dateField = form.elements.namedItem(kind === 'trial' ? 'trialStart' : 'paid')
      const complete =
        params.has('product') &&
        params.has('channel') &&
        dateField instanceof HTMLInputElement &&
        dateField.value !== '' &&
        dateField.validity.valid
      if (!complete) return
      // A reader east or west of UTC may be on another calendar day than the server.
      const today = localToday()
      if (!params.has('today') && today !== serverToday) params.set('today', today)
      // The address bar is the link a reader shares: it opens the same answer, scrolled to
      // it (#result), as a submitted form does. The reader typing here is not scrolled.
      const { pathname, search, hash } = window.location
      const next = `${pathname}?${params.toString()}#result`
      if (next !== `${pathname}${search}${hash}`) {
        router.replace(next, { scroll: false })
      }
    }

    const schedule = () => {
      window.clearTimeout(timer)
      timer = window.setTimeout(update, 300)
    }
    form.addEventListener('input', schedule)
    form.addEventListener('change', schedule)
    return () => {
      window.clearTimeout(timer)
      form.removeEventListener('input', schedule)
      form.removeEventListener('change', schedule)
    }
  }, [formId, serverToday, router])

  return null
}
