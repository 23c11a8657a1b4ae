import { REVIEW_VERDICTS, type Assessment } from '../schemas/assessment'
import type { ScoreResult } from '../scoring/score-types'
import { ANSWER_STATUS_LABELS, formatDate, formatTimestamp, VERDICT_LABELS } from './labels'
import { contractPromptOf, evidenceViews, lineMap, optionLabel, promptOf, type ModelContext } from './model-context'
import type { AppendixSection, FindingView, SignOffView } from './report-types'

/** Every question that applied, section by section in questionnaire order, with everything recorded. */
export function buildAppendix(ctx: ModelContext, assessment: Assessment, result: ScoreResult): AppendixSection[] {
  const lines = lineMap(result.lines)
  return ctx.bank.sections.flatMap((section) => {
    const all = ctx.bank.questions.filter((q) => q.section === section.id)
    const shown = all.filter((q) => lines.has(q.id))
    if (shown.length === 0) return []
    return [
      {
        id: section.id,
        title: section.title,
        hidden: all.length - shown.length,
        questions: shown.map((q) => {
          const line = lines.get(q.id)
          const answer = assessment.answers[q.id]
          const status = line?.status ?? 'unanswered'
          return {
            questionId: q.id,
            prompt: promptOf(ctx, q),
            contractPrompt: contractPromptOf(ctx, q),
            status: ANSWER_STATUS_LABELS[status],
            practiceAnswer: status === 'na' ? null : optionLabel(ctx, q, answer?.choice, 'practice'),
            contractAnswer: status === 'na' ? null : optionLabel(ctx, q, answer?.contractChoice, 'contract'),
            justification: answer?.na && answer.naReason?.trim() ? answer.naReason : null,
            note: answer?.note?.trim() ? answer.note : null,
            evidence: evidenceViews(answer),
            carried: answer?.carried === true,
            answeredAt: answer?.answeredAt ? formatDate(answer.answeredAt) : null
          }
        })
      }
    ]
  })
}

/** What the assessor and reviewer attest when they finalize (shown as pending on a draft). */
export const DEFAULT_ATTESTATION =
  'We confirm that the answers describe how this engagement operates in practice, to the best of our knowledge, for the period stated; that where the contract and day-to-day practice differ, both were recorded; that the evidence referenced is held where stated; and that the findings and action plan were reviewed by the reviewer named.'

export function buildSignOff(assessment: Assessment, findings: readonly FindingView[]): SignOffView {
  const counts = new Map(REVIEW_VERDICTS.map((v) => [v, 0]))
  for (const review of Object.values(assessment.reviews)) counts.set(review.verdict, (counts.get(review.verdict) ?? 0) + 1)
  const signOff = assessment.signOff
  return {
    signed: signOff !== undefined,
    assessorName: signOff?.assessorName ?? (assessment.assessorName.trim() || 'Not named'),
    reviewerName: signOff?.reviewerName ?? (assessment.reviewerName.trim() || 'Not named'),
    finalizedAt: signOff ? formatTimestamp(signOff.finalizedAt) : null,
    attestation: signOff?.attestation ?? DEFAULT_ATTESTATION,
    verdictCounts: REVIEW_VERDICTS.map((v) => ({ verdict: VERDICT_LABELS[v], count: counts.get(v) ?? 0 })),
    unreviewedFindings: findings.filter((f) => f.verdict === null).length
  }
}
