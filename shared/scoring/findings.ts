import type { QuestionEval } from './evaluate'
import type { GapFinding, RedFlagFinding } from './score-types'

/** Names a red flag (question and side) so two scorings of an engagement can be compared. */
export function redFlagKey(f: Pick<RedFlagFinding, 'questionId' | 'side'>): string {
  return `${f.questionId}:${f.side}`
}

/** Knock-out answers that fired, in question order, practice side before contract side. */
export function redFlagsOf(evals: readonly QuestionEval[]): RedFlagFinding[] {
  const flags: RedFlagFinding[] = []
  for (const e of evals) {
    if (e.redFlagCount === 0) continue
    const { id: questionId, section, factors } = e.info.question
    if (e.practice?.redFlag === true) {
      const { id: optionId, label } = e.practice
      flags.push({ questionId, section, side: 'practice', optionId, label, factors })
    }
    if (e.contract?.redFlag === true) {
      const { id: optionId, label } = e.contract
      flags.push({ questionId, section, side: 'contract', optionId, label, factors })
    }
  }
  return flags
}

/**
 * Practice riskier than the contract by at least gapThreshold: the paper does not describe what
 * happens. A finding only; the practice answer already carries the points.
 */
export function gapsOf(evals: readonly QuestionEval[], gapThreshold: number): GapFinding[] {
  const gaps: GapFinding[] = []
  for (const e of evals) {
    if (!e.practice || !e.contract) continue
    const difference = e.practice.risk - e.contract.risk
    if (difference < gapThreshold) continue
    gaps.push({
      questionId: e.info.question.id,
      section: e.info.question.section,
      contractOptionId: e.contract.id,
      contractLabel: e.contract.label,
      contractRisk: e.contract.risk,
      practiceOptionId: e.practice.id,
      practiceLabel: e.practice.label,
      practiceRisk: e.practice.risk,
      difference
    })
  }
  return gaps
}
