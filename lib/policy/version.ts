/**
 * When the fact base behind every rule was last reviewed (shared/policy-facts.md, "Review
 * date of this sheet"), and the version of what an answer can be. Cached API answers key on
 * rulesVersion (shared caches keep them a year), so it must change whenever an answer can:
 * tests/unit/rules-version.test.ts fingerprints the rule table and the decision code and
 * fails until a changed fingerprint is given a new version in tests/fixtures/rules-versions.json.
 */
export const factsReviewed = '2026-11-29'
export const rulesVersion = '2026-12-04.2'
