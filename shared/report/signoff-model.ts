import type { Assessment } from '../schemas/assessment'
import type { ScoreResult } from '../scoring/score-types'
import { REVIEW_VERDICTS } from '../schemas/assessment'
import { formatTimestamp, plural, VERDICT_LABELS } from './labels'
import { promptOf, type ModelContext } from './model-context'
import type { FindingView, SignOffView, UnconfirmedAnswer } from './report-types'

/** What the assessor and reviewer attest when they finalize (shown as pending on a draft). */
export const DEFAULT_ATTESTATION =
  'We confirm that the answers describe how this engagement operates in practice, to the best of our knowledge, for the period stated; that where the contract and day-to-day practice differ, both were recorded; that the evidence referenced is held where stated; and that the findings and action plan were reviewed by the reviewer named, except any listed as not reviewed.'

/**
 * The sign-off as it happened: two roles with their own dated events (the assessor sending it for
 * review, the reviewer signing off), the verdicts counted (a comment alone is not a verdict), the
 * findings left without one and why, and every answer nobody confirmed.
 */
export function buildSignOff(
  ctx: ModelContext,
  assessment: Assessment,
  result: ScoreResult,
  findings: readonly FindingView[]
): SignOffView {
  const counts = new Map(REVIEW_VERDICTS.map((v) => [v, 0]))
  const findingIds = new Set(findings.map((f) => f.questionId))
  let commentOnly = 0
  for (const [questionId, review] of Object.entries(assessment.reviews)) {
    if (!findingIds.has(questionId)) continue
    if (review.verdict) counts.set(review.verdict, (counts.get(review.verdict) ?? 0) + 1)
    else commentOnly += 1
  }
  const signOff = assessment.status === 'final' ? assessment.signOff : undefined
  const unreviewed = findings.filter((f) => f.verdictKey === null)
  return {
    signed: signOff !== undefined,
    assessorName: signOff?.assessorName ?? (assessment.assessorName.trim() || 'Not named'),
    reviewerName: signOff?.reviewerName ?? (assessment.reviewerName.trim() || 'Not named'),
    assessorEvent: assessorEvent(assessment),
    reviewerEvent: signOff ? `Signed off ${formatTimestamp(signOff.finalizedAt)}` : 'Not signed off (report not final)',
    finalizedAt: signOff ? formatTimestamp(signOff.finalizedAt) : null,
    attestation: signOff?.attestation ?? DEFAULT_ATTESTATION,
    verdictCounts: [
      ...REVIEW_VERDICTS.map((v) => ({ verdict: VERDICT_LABELS[v], count: counts.get(v) ?? 0 })),
      ...(commentOnly > 0 ? [{ verdict: 'Comment only, no verdict', count: commentOnly }] : [])
    ],
    unreviewedFindings: unreviewed.length,
    notReviewed:
      unreviewed.length === 0
        ? null
        : {
            findings: unreviewed.map((f) => `${f.rank} (${f.questionId})`).join(', '),
            reason: signOff?.notReviewed?.reason ?? null,
            statement: signOff
              ? `${plural(unreviewed.length, 'finding was', 'findings were')} signed off without a verdict.`
              : `${plural(unreviewed.length, 'finding has', 'findings have')} no verdict yet.`
          },
    unconfirmed: unconfirmedAnswers(ctx, assessment, result)
  }
}

function assessorEvent(a: Assessment): string {
  const at = a.signOff?.assessorSubmittedAt ?? (a.status === 'in-review' ? a.submittedAt : undefined)
  if (at) return `Sent for review ${formatTimestamp(at)}`
  if (a.status === 'final') return 'Signed as assessor at sign-off (date of sending for review not recorded)'
  return a.status === 'in-review' ? 'Sent for review (date not recorded)' : 'Not sent for review yet'
}

/** Answers carried forward and never re-confirmed, and answers marked unsure: never counted as settled. */
function unconfirmedAnswers(ctx: ModelContext, a: Assessment, result: ScoreResult): UnconfirmedAnswer[] {
  return result.lines.flatMap((line) => {
    const answer = a.answers[line.questionId]
    const why = [
      answer?.carried === true ? 'carried forward from the previous cycle, not re-confirmed' : null,
      line.status === 'unsure' ? 'marked unsure' : null
    ].filter((x) => x !== null)
    if (why.length === 0) return []
    const q = ctx.question(line.questionId)
    return [{ questionId: line.questionId, prompt: q ? promptOf(ctx, q) : line.questionId, why: why.join('; ') }]
  })
}
