import {
  caveats,
  refundRules,
  requestPlaces,
  statutoryRules,
  trialRule,
  upgradeRules,
} from '@/lib/policy/rules'
import { sources, trustLabels } from '@/lib/policy/sources'
import { factsReviewed, rulesVersion } from '@/lib/policy/version'

export const dynamic = 'force-static'

/** GET /api/policy: the whole rule table as open data, with every source it cites. */
export function GET() {
  return Response.json(
    {
      rulesVersion,
      reviewed: factsReviewed,
      rules: refundRules,
      trial: trialRule,
      statutory: statutoryRules,
      upgrades: upgradeRules,
      caveats,
      requestPlaces,
      sources: sources.map((s) => ({
        id: s.id,
        title: s.title,
        url: s.url,
        stored: s.stored,
        storedNote: s.storedNote,
        trust: s.trust,
        trustLabel: trustLabels[s.trust],
      })),
    },
    {
      headers: {
        'Access-Control-Allow-Origin': '*',
        'Cache-Control': 'public, max-age=3600, s-maxage=86400',
      },
    },
  )
}
