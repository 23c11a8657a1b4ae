import type { DecisiveRule } from './bank-schema'
import { RISK_BANDS } from './vocabulary'

/**
 * The rule a `sameFindingAs` names (bank 2026.8): an employment rule of the same list, listed before it, whose band is
 * at least as high, so that dropping the later rule's lift when both fire never lowers a score (check-bank.ts).
 */
export function sameFindingProblems(where: string, rule: DecisiveRule, before: readonly DecisiveRule[]): string[] {
  const other = before.find((r) => r.id === rule.sameFindingAs)
  if (!other) return [`${where}: sameFindingAs ${rule.sameFindingAs} is not a rule of the same law listed before it`]
  if (rule.nature !== 'employment' || other.nature !== 'employment')
    return [`${where}: sameFindingAs joins employment rules only (${other.id} is ${other.nature}, this is ${rule.nature})`]
  // the bank's own band order (vocabulary.ts), not a second list of it
  if (RISK_BANDS.indexOf(other.band) < RISK_BANDS.indexOf(rule.band))
    return [`${where}: sameFindingAs ${other.id} has a lower band (${other.band}) than this rule (${rule.band})`]
  return []
}
