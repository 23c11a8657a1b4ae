import type { Question } from '../bank/bank-schema'
import type { AssessmentKind } from '../bank/vocabulary'
import { optionLabelFor } from '../bank/wording'
import type { RemediationItem } from '../scoring/score-types'
import { BAND_LABELS } from './labels'
import { bandStillProvisional, bandWithheld } from '../scoring/band-provisional'

/**
 * The band an action-plan step leaves, in words, as the screen, the report and the action-plan CSV all
 * print it: "Low" only when, after the step and the ones before it, there is enough to rely on it and no
 * question still open could decide the result on its own; else "Low, provisional" — missing information
 * is never presented as low risk. A step never answers an unanswered question, but one that settles an
 * unsure or one-sided answer can settle the last open one: the bands from that step on are then no
 * longer provisional (RemediationItem.sufficiencyAfter, measured as the result's own sufficiency).
 */
/** What a step leaves on too little information where its band would be Low. */
export const NO_BAND_YET = 'no band yet'

export function bandAfterStep(item: Pick<RemediationItem, 'newBand' | 'sufficiencyAfter'>): string {
  const { status, decisiveUnanswered } = item.sufficiencyAfter
  // the rule every other surface follows (band-provisional.ts): a Critical cannot rise, so an open question leaves it
  // plain; below sufficient information every band is provisional
  // and a Low on too little information is not named at all: what is unanswered scores nothing, so the score so far understates it
  if (bandWithheld(status, item.newBand)) return NO_BAND_YET
  const provisional = status !== 'sufficient' || bandStillProvisional(status, item.newBand, decisiveUnanswered.length > 0)
  return provisional ? `${BAND_LABELS[item.newBand]}, provisional` : BAND_LABELS[item.newBand]
}

/**
 * The answer a step's effect was measured with: the engine measures each step as the question moving to
 * its lowest-risk answer, which the recommended action may not reach (keeping evidence does not make work
 * stop being part of your business), so the effect is always said to be "if the answer becomes …".
 */
export function stepTargetAnswer(q: Question | undefined, item: RemediationItem, kind: AssessmentKind): string | null {
  const label = (id: string | null, side: 'practice' | 'contract'): string | null => {
    const option = (side === 'practice' ? q?.options : q?.contract?.options)?.find((o) => o.id === id)
    return option ? `“${optionLabelFor(option, kind)}”` : null
  }
  const practice = item.toPracticeOptionId !== item.fromPracticeOptionId ? label(item.toPracticeOptionId, 'practice') : null
  const contract = item.toContractOptionId !== item.fromContractOptionId ? label(item.toContractOptionId, 'contract') : null
  if (practice && contract) return `${practice} (contract: ${contract})`
  return practice ?? (contract ? `${contract} in the contract` : null)
}
