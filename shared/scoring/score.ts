import { amplificationOf, overallFrom, sectionsFrom } from './aggregate'
import { scoringContext } from './applicable'
import { indexBank } from './bank-index'
import { coverageOf } from './coverage'
import { evaluateAll } from './evaluate'
import { linesOf, topDriversOf } from './explain'
import { gapsOf, redFlagsOf } from './findings'
import { remediationOf } from './remediation'
import { openBySection, sufficiencyOf } from './sufficiency'
import { decisiveOf, verdictsOf } from './verdicts'
import type { ScoreInput, ScoreResult, ScoreSummary } from './score-types'

/**
 * Scores one assessment against its bank. Pure and deterministic: the same input always gives a
 * deep-equal result. The method is described for counsel in docs/methodology.md.
 */
export function scoreAssessment(input: ScoreInput): ScoreResult {
  const { summary, context, evals, totals } = scored(input)
  return { ...summary, remediation: remediationOf(context, evals, input.answers, totals, input.bank.scoring.coverageThreshold) }
}

/** The same score without its action plan (ScoreSummary): each field as scoreAssessment gives it. */
export function scoreSummary(input: ScoreInput): ScoreSummary {
  return scored(input).summary
}

function scored(input: ScoreInput) {
  const { bank, answers } = input
  const context = scoringContext(indexBank(bank), input.kind, input.profiles)
  const evals = evaluateAll(context, answers)
  const totals = overallFrom(context, evals)
  const coverage = coverageOf(evals, answers, bank.scoring.carriedNeedConfirming === true)
  const sufficiency = sufficiencyOf(context, evals, coverage, bank.scoring.coverageThreshold)
  const lines = linesOf(context, evals)
  const verdicts = verdictsOf(
    context,
    totals,
    evals,
    sufficiency.status,
    sufficiency.naContradicted,
    sufficiency.decisiveUnansweredByLaw,
    answers
  )
  const summary: ScoreSummary = {
    bank: { id: bank.id, version: bank.version },
    sufficiency,
    overall: totals.overall,
    verdicts,
    decisive: decisiveOf(verdicts),
    sections: openBySection(sectionsFrom(context, evals, totals.amplification), lines, sufficiency.decisiveUnanswered),
    redFlags: redFlagsOf(evals),
    gaps: gapsOf(evals, bank.scoring.gapThreshold),
    coverage,
    provisional: coverage.ratio < bank.scoring.coverageThreshold,
    amplification: amplificationOf(context, evals),
    lines,
    topDrivers: topDriversOf(evals)
  }
  return { summary, context, evals, totals }
}
