import type { DecisiveRule, Profile, QuestionBank } from '../bank/bank-schema'
import type { RiskBand } from '../bank/vocabulary'
import type { BankIndex } from './bank-index'
import type { QuestionEval } from './evaluate'
import type { DecisiveFinding } from './score-types'

/** A rule clause with its question found in the bank. */
export type ResolvedClause = { index: number; side: 'practice' | 'contract'; options: ReadonlySet<string> }

export type ResolvedRule = {
  rule: DecisiveRule
  profileId: string | null
  /** Groups whose questions all exist; the rule fires when every clause of one group holds. */
  groups: readonly (readonly ResolvedClause[])[]
  /** Groups of facts that rebut it (rule.unless): when every clause of one holds on a settled answer, it does not fire. */
  unless: readonly (readonly ResolvedClause[])[]
}

/**
 * One law the result is judged under: an applied profile, or general principles when none applies.
 * `rules` holds this law's own rules plus, where its knock-outs decide, the bank's general rules.
 */
export type Scope = {
  profile: Profile | null
  knockOutsDecisive: boolean
  /** The highest band this law's score reaches until one of its own employment rules fires (profile.answersCap), or null. */
  answersCap: RiskBand | null
  rules: readonly ResolvedRule[]
}

/** The laws an assessment is judged under: each active profile in bank order, else general principles. */
export function scopesFor(index: BankIndex, activeProfiles: readonly Profile[]): Scope[] {
  const general = resolveRules(index, index.bank.generalRules ?? [], null)
  if (activeProfiles.length === 0) return [{ profile: null, knockOutsDecisive: true, answersCap: null, rules: general }]
  return activeProfiles.map((profile) => {
    const knockOutsDecisive = profile.knockOuts !== 'evidence'
    const own = resolveRules(index, profile.rules ?? [], profile.id)
    return { profile, knockOutsDecisive, answersCap: profile.answersCap ?? null, rules: knockOutsDecisive ? [...general, ...own] : own }
  })
}

function resolveRules(index: BankIndex, rules: readonly DecisiveRule[], profileId: string | null): ResolvedRule[] {
  return rules.map((rule) => ({
    rule,
    profileId,
    groups: resolveGroups(index, rule.when),
    unless: resolveGroups(index, rule.unless ?? [])
  }))
}

function resolveGroups(index: BankIndex, groups: DecisiveRule['when']): ResolvedClause[][] {
  return (
    groups
      .map((group) => group.allOf.map((clause) => ({ clause, index: index.questionIndexById.get(clause.question) })))
      // A clause naming a question the bank lacks can never hold, so its group can never fire (or rebut).
      .filter((group) => group.every((c) => c.index !== undefined))
      .map((group) =>
        group.map(({ clause, index: i }) => ({
          index: i as number,
          side: clause.side ?? 'practice',
          options: new Set(clause.anyOf)
        }))
      )
  )
}

/** The clause holds: its question is visible and the chosen option on its side is one it names. */
export function clauseHolds(clause: ResolvedClause, evals: readonly QuestionEval[]): boolean {
  const e = evals[clause.index]
  if (!e || !e.visible) return false
  const chosen = clause.side === 'practice' ? e.practice : e.contract
  return chosen !== null && clause.options.has(chosen.id)
}

/**
 * The group of facts on record that rebuts the rule, or null: every clause of one `unless` group holds on an answer
 * given as settled for this period. An answer marked unsure proves nothing, an open question is no proof (under D.O.
 * 174 whoever asserts the contractor is legitimate must prove it), and an answer carried from last year and not yet
 * confirmed is last year's fact (counsel review), so none of them rebuts.
 */
export function rebuttingGroup(rule: ResolvedRule, evals: readonly QuestionEval[]): readonly ResolvedClause[] | null {
  for (const group of rule.unless) {
    const proven = group.every((clause) => {
      const e = evals[clause.index]
      return e !== undefined && e.status !== 'unsure' && e.status !== 'na' && !e.carried && clauseHolds(clause, evals)
    })
    if (proven) return group
  }
  return null
}

export function rebutted(rule: ResolvedRule, evals: readonly QuestionEval[]): boolean {
  // most rules have no rebuttal: the scoring loop pays nothing for them
  return rule.unless.length > 0 && rebuttingGroup(rule, evals) !== null
}

/** The first group (in bank order) whose clauses all hold, or null when the rule does not fire (or is rebutted). */
export function firedGroup(rule: ResolvedRule, evals: readonly QuestionEval[]): readonly ResolvedClause[] | null {
  if (rebutted(rule, evals)) return null
  for (const group of rule.groups) {
    if (group.every((clause) => clauseHolds(clause, evals))) return group
  }
  return null
}

export function findingOf(rule: ResolvedRule, group: readonly ResolvedClause[], bank: QuestionBank): DecisiveFinding {
  const questionIds = [...new Set(group.map((c) => c.index))].sort((a, b) => a - b).map((i) => bank.questions[i]?.id ?? '')
  const { id, kind, nature, title, verdict, band, sources } = rule.rule
  return { ruleId: id, profileId: rule.profileId, kind, nature, title, verdict, band, questionIds, sources }
}

/**
 * Decisive factors lifting a score. Exposures are findings of their own and lift nothing. A knock-out
 * answer on a question limited to some profiles counts only under those profiles' laws. `knockOuts` are
 * the evaluations with a red flag fired, gathered once per score.
 *
 * One fact raises the result once. A knock-out answer that a fired employment rule of this law turns on
 * (a question in one of the rule's holding groups) is the same fact as the rule, so it is not counted again
 * beside it: the rule and the knock-outs it turns on count together at the stronger of the two readings —
 * the rule's band, or those knock-outs counted one High factor each (the rule is preferred on a tie, since
 * it names the law's test). Taking the stronger reading keeps the score from falling when a riskier answer
 * makes a rule fire over knock-outs already counted. A knock-out shared by two fired rules goes with the
 * first in bank order. Knock-outs no fired rule turns on count once each, as before.
 */
/** The named rule of this list (a profile's, or the general rules) fired as an employment rule. */
function firedEmployment(fired: readonly ResolvedRule[], profileId: string | null, ruleId: string): boolean {
  return fired.some((r) => r.profileId === profileId && r.rule.id === ruleId && r.rule.nature === 'employment')
}

export function liftBands(
  scope: Scope,
  knockOuts: readonly QuestionEval[],
  fired: readonly ResolvedRule[],
  evals: readonly QuestionEval[],
  remaining: Readonly<Record<RiskBand, number>>
): RiskBand[] {
  const counted: QuestionEval[] = []
  if (scope.knockOutsDecisive) {
    const profileId = scope.profile?.id
    for (const e of knockOuts) {
      const appliesTo = e.info.question.appliesTo
      if (appliesTo && (profileId === undefined || !appliesTo.includes(profileId))) continue
      counted.push(e)
    }
  }
  const claimed = new Set<QuestionEval>()
  const bands: RiskBand[] = []
  for (const rule of fired) {
    if (rule.rule.nature !== 'employment') continue
    // the same consequence on the same fact as an employment rule of its own list that fired (bank 2026.8 on): listed,
    // not counted again. Matched within the list: a rule id is unique within a profile's rules or the general rules,
    // not across them (attacker review: a general exposure named like a profile's rule had silenced its finding).
    const same = rule.rule.sameFindingAs
    if (same !== undefined && firedEmployment(fired, rule.profileId, same)) continue
    const turnsOn = new Set<QuestionEval>()
    for (const group of rule.groups) {
      if (!group.every((clause) => clauseHolds(clause, evals))) continue
      for (const clause of group) {
        const e = evals[clause.index]
        if (e && counted.includes(e) && !claimed.has(e)) turnsOn.add(e)
      }
    }
    for (const e of turnsOn) claimed.add(e)
    const asKnockOuts = Math.pow(remaining.high, turnsOn.size)
    if (turnsOn.size > 0 && asKnockOuts < remaining[rule.rule.band]) bands.push(...new Array<RiskBand>(turnsOn.size).fill('high'))
    else bands.push(rule.rule.band)
  }
  for (const e of counted) if (!claimed.has(e)) bands.push('high')
  return bands
}
