import type { ScoringContext } from './applicable'
import { naContradictions } from './contradicted-na'
import type { ResolvedClause, Scope } from './decisive'
import { clauseHolds, firedGroup, rebutted } from './decisive'
import type { QuestionEval } from './evaluate'
import type { Coverage, ScoreLine, SectionScore, Sufficiency, SufficiencyStatus } from './score-types'

/** The words every surface uses for a sufficiency status. */
export const SUFFICIENCY_LABELS: Readonly<Record<SufficiencyStatus, string>> = {
  'not-assessed': 'Not assessed',
  insufficient: 'Insufficient information',
  sufficient: 'Sufficient information'
}

/**
 * Missing information is never presented as low risk: with nothing answered the result is
 * "not assessed", below the coverage threshold "insufficient". The computed band stays available
 * (as provisional) but callers must show this status first.
 */
export function sufficiencyOf(context: ScoringContext, evals: readonly QuestionEval[], coverage: Coverage, threshold: number): Sufficiency {
  const touched = coverage.answered + coverage.partial + coverage.unsure + coverage.na
  const status = touched === 0 ? 'not-assessed' : coverage.ratio < threshold ? 'insufficient' : 'sufficient'
  // under a bank that counts a carried answer only once confirmed (2026.8 on), it is as open as an unsure one: last
  // year's answer to a question that could decide the result is no settled answer to it (counsel review)
  const carriedOpen = context.index.bank.scoring.carriedNeedConfirming === true
  // the open knock-out questions, found once: each law takes those that apply to it
  const knockOuts = evals.filter((e) => openKnockOut(e, carriedOpen))
  const open = new Set<number>(knockOuts.map((e) => e.info.index))
  // an N/A a law's own finding contradicts is no answer to rely on: answered, it could fire that law's rule
  const naContradicted = naContradictions(context, evals)
  const byId = new Map(evals.map((e) => [e.info.question.id, e.info.index]))
  const byLaw = context.scopes.map((scope) => {
    const law = openUnderLaw(scope, evals, knockOuts, carriedOpen)
    for (const c of naContradicted) if (c.profileId === scope.profile?.id) law.add(byId.get(c.questionId) ?? -1)
    law.delete(-1)
    for (const i of law) open.add(i)
    return idsOf(law, evals)
  })
  return {
    status,
    coverageRatio: coverage.ratio,
    threshold,
    decisiveUnanswered: idsOf(open, evals),
    naContradicted,
    decisiveUnansweredByLaw: byLaw
  }
}

/**
 * Each section with the open decisive questions it holds (bank order kept): one of them answered the risky way
 * adds to this section's score as it does to the overall, so the section's band is no firmer than the overall's.
 */
export function openBySection(
  sections: readonly Omit<SectionScore, 'openDecisive'>[],
  lines: readonly Pick<ScoreLine, 'questionId' | 'section'>[],
  decisiveUnanswered: readonly string[]
): SectionScore[] {
  const open = new Set(decisiveUnanswered)
  const bySection = new Map<string, string[]>()
  for (const l of lines) if (open.has(l.questionId)) bySection.set(l.section, [...(bySection.get(l.section) ?? []), l.questionId])
  return sections.map((s) => ({ ...s, openDecisive: bySection.get(s.sectionId) ?? [] }))
}

/**
 * The questions still open that could decide the result under one law: the clauses of its employment
 * rules and gates not yet settled (an exposure's cannot raise the result), and, where knock-outs decide under it, open knock-out questions that apply to
 * it. A question only another law turns on leaves this law's result standing (a German leasing question
 * open does not make the result under US law provisional).
 */
function openUnderLaw(scope: Scope, evals: readonly QuestionEval[], knockOuts: readonly QuestionEval[], carriedOpen: boolean): Set<number> {
  const open = new Set<number>()
  if (scope.knockOutsDecisive) {
    const profileId = scope.profile?.id
    for (const e of knockOuts) {
      const appliesTo = e.info.question.appliesTo
      if (appliesTo && (profileId === undefined || !appliesTo.includes(profileId))) continue
      open.add(e.info.index)
    }
  }
  // an exposure (AWR, TUPE, § 2810.3) is a liability of its own and lifts no band: its open questions cannot raise the result
  for (const i of openClauses(scope, evals, 'employment', carriedOpen)) open.add(i)
  return open
}

/** Questions still open that could fire one of the law's rules of this nature (not fired yet, not ruled out). */
function openClauses(scope: Scope, evals: readonly QuestionEval[], nature: 'employment' | 'exposure', carriedOpen: boolean): Set<number> {
  const open = new Set<number>()
  for (const rule of scope.rules) {
    if (rule.rule.nature !== nature) continue
    if (firedGroup(rule, evals) !== null) continue
    // rebutted on settled answers: no open question can fire it (changing those answers is not an open question)
    if (rebutted(rule, evals)) continue
    for (const group of rule.groups) {
      if (group.some((clause) => falsified(clause, evals, carriedOpen))) continue
      for (const clause of group) {
        const e = evals[clause.index]
        if (e && !clauseHolds(clause, evals) && unsettled(e, clause.side, carriedOpen)) open.add(clause.index)
      }
    }
  }
  return open
}

/**
 * The questions still open that could add an exposure under one law (AWR, TUPE, § 2810.3): they cannot
 * raise the result, so they are listed apart from the open questions that could.
 */
export function openExposuresUnderLaw(scope: Scope, evals: readonly QuestionEval[], carriedOpen: boolean): string[] {
  return idsOf(openClauses(scope, evals, 'exposure', carriedOpen), evals)
}

function idsOf(indexes: ReadonlySet<number>, evals: readonly QuestionEval[]): string[] {
  return [...indexes].sort((a, b) => a - b).map((i) => evals[i]?.info.question.id ?? '')
}

/**
 * Visible, not settled (unanswered, unsure, one-sided, or carried and unconfirmed where `carriedOpen`) and one of its
 * answers is a knock-out.
 */
function openKnockOut(e: QuestionEval, carriedOpen: boolean): boolean {
  const notSettled = e.status === 'unanswered' || e.status === 'unsure' || e.status === 'partial' || (carriedOpen && e.carried)
  return e.visible && notSettled && hasKnockOut(e)
}

/**
 * Visible, and the side is not settled: nothing chosen there, the whole answer marked unsure, or (where `carriedOpen`)
 * carried from the last cycle and not confirmed, N/A included, as coverage counts it (settles, coverage.ts).
 */
function unsettled(e: QuestionEval, side: ResolvedClause['side'], carriedOpen: boolean): boolean {
  if (!e.visible) return false
  if (carriedOpen && e.carried) return true
  if (e.status === 'na') return false
  if (e.status === 'unsure' || e.status === 'unanswered') return true
  return (side === 'practice' ? e.practice : e.contract) === null
}

/** A question whose options include a knock-out: one answer could decide the result on its own. */
function hasKnockOut(e: QuestionEval): boolean {
  const q = e.info.question
  return q.options.some((o) => o.redFlag === true) || (q.contract?.options ?? []).some((o) => o.redFlag === true)
}

/** The clause cannot hold as things stand: its question is hidden, or settled on another answer. */
function falsified(clause: ResolvedClause, evals: readonly QuestionEval[], carriedOpen: boolean): boolean {
  const e = evals[clause.index]
  if (!e || !e.visible) return true
  return !unsettled(e, clause.side, carriedOpen) && !clauseHolds(clause, evals)
}
