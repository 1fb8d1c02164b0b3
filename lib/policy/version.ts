/**
 * When the fact base behind every rule was last checked against its sources
 * (shared/policy-facts.md, "Review date of this sheet"), and the version of the rule table.
 * Bump rulesVersion whenever a rule's outcome can change: cached API answers key on it.
 */
export const factsReviewed = '2026-11-26'
export const rulesVersion = '2026-11-26.1'
