import { formatLong, type CalendarDate } from '@/lib/policy/dates'

/** Every date a reader sees: machine-readable in datetime, spelled out in the text. */
export function DateText({
  date,
  withWeekday = false,
}: {
  date: CalendarDate
  withWeekday?: boolean
}) {
  const text = formatLong(date)
  return <time dateTime={date}>{withWeekday ? text : text.replace(/^[A-Za-z]+,? /, '')}</time>
}
