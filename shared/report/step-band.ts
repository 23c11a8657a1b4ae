import type { Question } from '../bank/bank-schema'
import type { AssessmentKind, RiskBand } from '../bank/vocabulary'
import { optionLabelFor } from '../bank/wording'
import type { RemediationItem, Sufficiency } from '../scoring/score-types'
import { BAND_LABELS } from './labels'

/**
 * The band an action-plan step leaves, in words, as the screen, the report and the action-plan CSV all
 * print it. A step changes answers, never what is unanswered, so on too little information the band after
 * every step is as provisional as the result's: "Low" alone would present missing information as low risk.
 * So is it while a question still open could decide the result on its own, whatever the coverage.
 */
export function bandAfterStep(band: RiskBand, sufficiency: Pick<Sufficiency, 'status' | 'decisiveUnanswered'>): string {
  const settled = sufficiency.status === 'sufficient' && sufficiency.decisiveUnanswered.length === 0
  return settled ? BAND_LABELS[band] : `${BAND_LABELS[band]}, provisional`
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
