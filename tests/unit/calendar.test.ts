// @time-zones: the event's day is a calendar date, the same in every zone.
import { describe, expect, it } from 'vitest'
import { GET } from '@/app/refunds/check/calendar/route'

/** The calendar file of an answer, as a reader's browser downloads it. */
async function calendar(query: string) {
  const response = GET(new Request(`http://127.0.0.1/refunds/check/calendar?${query}`))
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    // Long lines are folded (RFC 5545): a calendar reads them unfolded.
    body: (await response.text()).replace(/\r?\n[ \t]/g, ''),
    disposition: response.headers.get('content-disposition'),
  }
}

// A course paid on 20 November 2040: far ahead, so the deadline is never past.
const eligible = 'product=course&channel=web&paid=2040-11-20&today=2040-11-21'

describe('the calendar file of an answer', () => {
  it('puts the last safe day in the calendar, with a reminder the day before', async () => {
    const r = await calendar(eligible)
    expect(r.status).toBe(200)
    expect(r.type).toContain('text/calendar')
    expect(r.body).toContain('DTSTART;VALUE=DATE:20401127')
    expect(r.body).toContain('SUMMARY:Last day to ask Coursera for a refund')
    expect(r.body).toContain('TRIGGER:-PT15H')
    expect(r.body).toMatch(/\/refunds\/check\?product=course/)
    expect(r.disposition).toContain('coursera-refund-deadline.ics')
  })

  it('speaks French for the French refund check, on the same day', async () => {
    const r = await calendar(`${eligible}&lang=fr`)
    expect(r.status).toBe(200)
    expect(r.body).toContain('DTSTART;VALUE=DATE:20401127')
    expect(r.body).toContain('Dernier jour pour demander un remboursement à Coursera')
    expect(r.body).toMatch(/\/fr\/remboursements\/verifier\?product=course/)
    expect(r.disposition).toContain('date-limite-remboursement-coursera.ics')
  })

  it('says why there is no file when the deadline has passed, in the reader’s language', async () => {
    const past = 'product=course&channel=web&paid=2026-01-01&today=2026-03-01'
    expect(await calendar(past)).toMatchObject({
      status: 404,
      body: expect.stringContaining('nothing to put in a calendar'),
    })
    expect(await calendar(`${past}&lang=fr`)).toMatchObject({
      status: 404,
      body: expect.stringContaining('rien à mettre'),
    })
  })

  it('lists the bad fields, never echoing markup', async () => {
    const r = await calendar('product=<b>x</b>&channel=web&paid=2026-02-30&lang=fr')
    expect(r.status).toBe(400)
    expect(r.body).toContain('Pas de fichier de calendrier')
    expect(r.body).toContain('n’existe pas')
    expect(r.body).not.toMatch(/[<>]/)
  })
})
