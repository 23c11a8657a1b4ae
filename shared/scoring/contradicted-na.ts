import type { Profile } from '../bank/bank-schema'
import type { RiskBand } from '../bank/vocabulary'
import type { ScoringContext } from './applicable'
import type { ResolvedClause, ResolvedRule } from './decisive'
import { clauseHolds, firedGroup, rebutted } from './decisive'
import type { QuestionEval } from './evaluate'
import type { NaContradiction } from './score-types'

/**
 * N/A answers a law's own finding contradicts. A justified N/A settles a question and keeps every rule
 * reading it from being tested; but once an employment rule of a law has fired, that law has found the
 * arrangement to be of the kind its rules address, so an N/A that keeps another of its rules untested
 * cannot be relied on. Germany is the case in bank 2026.3: DE-03 (the 18-month maximum for leased workers)
 * answered "not applicable" as "a genuine service contract" while "labour leasing in substance" fires, which
 * hides the maximum-period gate (Critical). The answer is kept as given (banks and answers are data); it is
 * reported, and counted among the open questions that could decide the result. Bank 2026.4 asks DE-03 only where
 * DE-02 shows leasing and offers no N/A there, so this now guards assessments pinned to 2026.3 and custom banks.
 */
export function naContradictions(context: ScoringContext, evals: readonly QuestionEval[]): NaContradiction[] {
  const found: NaContradiction[] = []
  for (const scope of context.scopes) {
    const profile = scope.profile
    if (!profile) continue
    // the law's own rules only: its own finding is what says its own question applies
    const own = scope.rules.filter((r) => r.profileId === profile.id)
    const fired = own.find((r) => r.rule.nature === 'employment' && firedGroup(r, evals) !== null)
    if (!fired) continue
    for (const rule of own) {
      if (firedGroup(rule, evals) !== null || rebutted(rule, evals)) continue
      for (const group of rule.groups) {
        if (group.some((clause) => settledAgainst(clause, evals))) continue
        for (const clause of group) {
          const e = evals[clause.index]
          if (!e || !e.visible || e.status !== 'na') continue
          const questionId = e.info.question.id
          if (found.some((f) => f.profileId === profile.id && f.questionId === questionId)) continue
          found.push(contradiction(questionId, profile, fired, rule))
        }
      }
    }
  }
  return found
}

function contradiction(questionId: string, profile: Profile, fired: ResolvedRule, untested: ResolvedRule): NaContradiction {
  const band: RiskBand = untested.rule.band
  return {
    questionId,
    profileId: profile.id,
    law: profile.name,
    firedRuleId: fired.rule.id,
    firedTitle: fired.rule.title,
    untestedTitle: untested.rule.title,
    untestedBand: band
  }
}

/** The clause is settled on an answer it does not name (an N/A is not: it is what is in question). */
function settledAgainst(clause: ResolvedClause, evals: readonly QuestionEval[]): boolean {
  const e = evals[clause.index]
  if (!e || !e.visible) return true
  if (e.status === 'na' || e.status === 'unanswered' || e.status === 'unsure') return false
  const chosen = clause.side === 'practice' ? e.practice : e.contract
  return chosen !== null && !clauseHolds(clause, evals)
}
