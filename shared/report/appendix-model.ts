import type { Assessment } from '../schemas/assessment'
import { isJustifiedNa } from '../schemas/answer-rules'
import type { ScoreResult } from '../scoring/score-types'
import { ANSWER_STATUS_LABELS, formatDate } from './labels'
import { contractPromptOf, evidenceViews, lineMap, optionLabel, promptOf, type ModelContext } from './model-context'
import type { AppendixSection } from './report-types'

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
            justification: answer && isJustifiedNa(answer) ? (answer.naReason ?? null) : null,
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
