import { getMessages } from '@/lib/i18n/messages'
import { policyIn, sourcesIn } from '@/lib/i18n/policy-view'
import { factsReviewed, rulesVersion } from '@/lib/policy/version'
import { apiAddresses, licence, schemaVersion } from '@/lib/open-data'

export const dynamic = 'force-static'

/**
 * GET /api/policy: the whole rule table as open data, with every source it cites, its
 * licence (ours, not Coursera's quoted words) and where the APIs and their description are.
 * Described in /api/openapi.json; fields are only ever added (schemaVersion says otherwise).
 */
export function GET() {
  // Published in English, as it always was: the rule table joined to its English words.
  const words = getMessages('en').policyTexts
  const { refundRules, trialRule, statutoryRules, upgradeRules, caveats, requestPlaces } =
    policyIn(words)
  return Response.json(
    {
      schemaVersion,
      licence,
      apis: apiAddresses,
      rulesVersion,
      reviewed: factsReviewed,
      rules: refundRules,
      trial: trialRule,
      statutory: statutoryRules,
      upgrades: upgradeRules,
      caveats,
      requestPlaces,
      sources: sourcesIn(words).map((s) => ({
        id: s.id,
        title: s.title,
        url: s.url,
        stored: s.stored,
        storedNote: s.storedNote,
        reviewed: s.reviewed,
        trust: s.trust,
        trustLabel: words.trust[s.trust],
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
