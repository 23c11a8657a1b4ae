import { sourceInScope } from '../bank/profiles-for'
import type { OverallTotals, ScopeScore } from './aggregate'
import { presentedScope } from './aggregate'
import type { ScoringContext } from './applicable'
import { bandRank } from './bands'
import { withArticle } from './law-names'
import { clauseHolds, findingOf, firedGroup, rebuttingGroup, type ResolvedRule } from './decisive'
import type { QuestionEval } from './evaluate'
import type { Answer } from '../schemas/assessment'
import { openExposuresUnderLaw } from './sufficiency'
import type { DecisiveFinding, NaContradiction, ProfileVerdict, RebuttedRule, SufficiencyStatus } from './score-types'

const GENERAL_NAME = 'General principles (no jurisdiction profile applies)'

/** Employment before exposure, then the gravest band, then the order the bank lists the rules in. */
function byGravity(a: DecisiveFinding, b: DecisiveFinding): number {
  const nature = Number(a.nature === 'exposure') - Number(b.nature === 'exposure')
  return nature || bandRank(b.band) - bandRank(a.band)
}

/**
 * A finding cites only authorities of the applied laws (issue 11, item 7). A general rule drawn from
 * several laws keeps all of them when none of those laws applies: they are then the general principle's basis.
 */
function inScope(context: ScoringContext, finding: DecisiveFinding): DecisiveFinding {
  const { bank } = context.index
  const applied = context.scopes.flatMap((s) => (s.profile ? [s.profile.id] : []))
  const byId = new Map(bank.sources.map((s) => [s.id, s]))
  const kept = finding.sources.filter((id) => {
    const source = byId.get(id)
    return source !== undefined && sourceInScope(bank, applied, source)
  })
  return kept.length > 0 ? { ...finding, sources: kept } : finding
}

function findingsOf(context: ScoringContext, scope: ScopeScore, evals: readonly QuestionEval[]): DecisiveFinding[] {
  const findings: DecisiveFinding[] = []
  for (const rule of scope.fired) {
    const group = firedGroup(rule, evals)
    if (group) findings.push(inScope(context, findingOf(rule, group, context.index.bank)))
  }
  // Array.prototype.sort is stable, so rules of equal gravity keep the bank's order.
  return findings.sort(byGravity)
}

/**
 * The law's rules whose facts hold but that settled answers rebut, each with the answers of the group that rebuts it:
 * said beside the verdict, so a reader sees the presumption was weighed and answered, not missed.
 */
function rebuttedOf(
  rules: readonly ResolvedRule[],
  evals: readonly QuestionEval[],
  questionId: (i: number) => string,
  answers: Readonly<Record<string, Answer>>
): RebuttedRule[] {
  const found: RebuttedRule[] = []
  for (const rule of rules) {
    // the same group the engine takes as proof (attacker review: the first group holding on an unsure answer was named)
    const group = rebuttingGroup(rule, evals)
    if (group === null) continue
    if (!rule.groups.some((g) => g.every((clause) => clauseHolds(clause, evals)))) continue
    // in the rule's own order: the law's facts first (capital, control), then the answers that must not contradict them
    const questionIds = [...new Set(group.map((c) => questionId(c.index)))]
    // Whoever asserts the rebuttal must prove it (Alilin): counsel needs to see which answers it rests on have no
    // document listed as evidence, and which of those hold only a note, a statement that is not itself proof.
    const withoutEvidence = questionIds.filter((id) => (answers[id]?.evidence ?? []).length === 0)
    const noteOnly = withoutEvidence.filter((id) => (answers[id]?.note ?? '').trim().length > 0)
    found.push({ ruleId: rule.rule.id, title: rule.rule.title, questionIds, withoutEvidence, noteOnly })
  }
  return found
}

/**
 * The headline in the law's own words: the gravest employment finding's verdict; else, when knock-out
 * answers alone lift the result to High or above, the profile's risk verdict; else, for a Moderate result,
 * that the signals add up; else, for a Low result, no finding of employment and the gravest exposure
 * beside it, or the profile's clear verdict. A Moderate result never reads as clear, and
 * neither does a result on too little information: nothing answered is "not assessed", too little
 * "insufficient information" (issue 11, item 3), never "a contract for services".
 */
function headline(
  scope: ScopeScore,
  findings: readonly DecisiveFinding[],
  band: ProfileVerdict['band'],
  status: SufficiencyStatus
): string {
  const employment = findings.find((f) => f.nature === 'employment')
  if (employment) return employment.verdict
  const profile = scope.scope.profile
  const name = profile ? `the law of ${withArticle(profile.name)}` : 'general principles'
  if (bandRank(band) >= bandRank('high')) {
    return profile?.riskVerdict ?? `Under ${name}, the answers show control of the kind courts treat as making the client an employer.`
  }
  if (band === 'moderate') {
    return `No single answer decides the relationship under ${name}, but the control signals add up: remediate before they do.`
  }
  if (status === 'not-assessed') return `Not assessed under ${name}: nothing has been answered, so there is no verdict.`
  if (status === 'insufficient') {
    return `Insufficient information for a verdict under ${name}: too few questions are settled, and those still open may decide it.`
  }
  // an exposure is not the law's answer on employment: that answer is said first, and the exposure beside it
  // (counsel review: an AWR finding had replaced "no implied contract" as the UK verdict)
  const exposure = findings[0]
  if (exposure) return `No finding of employment by you under ${name}. An exposure of its own, not employment: ${exposure.verdict}`
  return profile?.clearVerdict ?? `Under ${name}, no answer given decides the relationship on its own.`
}

/** One verdict per law the result is judged under, in bank order. */
export function verdictsOf(
  context: ScoringContext,
  totals: OverallTotals,
  evals: readonly QuestionEval[],
  status: SufficiencyStatus = 'sufficient',
  naContradicted: readonly NaContradiction[] = [],
  openByLaw: readonly (readonly string[])[] = [],
  answers: Readonly<Record<string, Answer>> = {}
): ProfileVerdict[] {
  const rules = context.index.bank.scoring
  return totals.scopes.map((scope, i) => {
    const findings = findingsOf(context, scope, evals)
    const { rounded, band } = presentedScope(scope, rules)
    const profile = scope.scope.profile
    return {
      profileId: profile?.id ?? null,
      name: profile?.name ?? GENERAL_NAME,
      lawAsAt: profile?.lawAsAt ?? null,
      test: profile?.test ?? null,
      score: scope.score,
      rounded,
      band,
      verdict: headline(scope, findings, band, status),
      knockOutsDecisive: scope.scope.knockOutsDecisive,
      decisiveFactors: scope.liftBands.length,
      findings,
      naContradicted: profile ? naContradicted.filter((c) => c.profileId === profile.id) : [],
      openDecisive: openByLaw[i] ?? [],
      openExposures: openExposuresUnderLaw(scope.scope, evals, rules.carriedNeedConfirming === true),
      rebutted: rebuttedOf(scope.scope.rules, evals, (i) => context.index.bank.questions[i]?.id ?? '', answers),
      answersCapped: scope.capped
    }
  })
}

/** Every finding fired under any law, once each (a general rule fired under two laws is listed once), gravest first. */
export function decisiveOf(verdicts: readonly ProfileVerdict[]): DecisiveFinding[] {
  const seen = new Set<string>()
  const all: DecisiveFinding[] = []
  for (const verdict of verdicts) {
    for (const finding of verdict.findings) {
      const key = `${finding.profileId ?? ''}:${finding.ruleId}`
      if (seen.has(key)) continue
      seen.add(key)
      all.push(finding)
    }
  }
  return all.sort(byGravity)
}
