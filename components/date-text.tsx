import { formatLong, type CalendarDate } from '@/lib/policy/dates'

/** Every date a reader sees: machine-readable in datetime, spelled out in the text. */
export function DateText({
  date,
  locale,
  withWeekday = false,
}: {
  date: CalendarDate
  /** The page's locale (Messages['locale']): a date reads in the page's language. */
  locale: string
  withWeekday?: boolean
}) {
  const text = formatLong(date, locale)
  return <time dateTime={date}>{withWeekday ? text : text.replace(/^[A-Za-z]+,? /, '')}</time>
}
