import type { QuestionBank } from '../bank/bank-schema'
import type { Assessment } from '../schemas/assessment'
import type { Engagement } from '../schemas/engagement'
import { assertNever, fail, ok, type Result } from '../util/result'
import { scoreStoredAssessment, scoreStoredSummary, type StoredScorer } from '../workflow/score-stored'
import { reportFingerprint } from '../integrity/fingerprint'
import { verifySignOff } from '../integrity/verify-sign-off'
import { engagementRecordProblem } from '../integrity/record-consistency'
import type { ScoreSummary } from '../scoring/score-types'
import { comparisonFor } from './comparison'
import { revisionRelationOf } from './revision-relation'
import type { HistoryEntry, ReportInput } from './report-types'

export { comparedWith } from './comparison'

export type ReportSource = {
  engagement: Engagement
  /** All assessments of the engagement; the one reported on is picked by id, the rest are history. */
  assessments: readonly Assessment[]
  assessmentId: string
  banks: readonly QuestionBank[]
  /** No longer read (the marking follows the assessment); kept so older callers still compile. */
  settings?: { confidentialityMarking: string } | undefined
  generatedAt: string
}

/**
 * The assessment a report is about, scored under the bank version it is pinned to, and the
 * fingerprint its report prints (reportFingerprint; for a final, the one just checked against its
 * sign-off, so it is not worked out twice).
 */
export type ReportedAssessment = Pick<ReportInput, 'assessment' | 'bank' | 'result'> & { fingerprint: string }

/** The same with the score's summary only (no action plan): reportedSummary. */
export type ReportedSummary = Omit<ReportedAssessment, 'result'> & { result: ScoreSummary }

/**
 * Assembles a report input the same way in every host (app, browser edition, CLI), so the same data
 * gives the same report: each assessment is scored under the bank version it is pinned to, and past
 * assessments whose bank is not available are left out of the history rather than failing the report.
 * A final signed under scheme 3 or 4 compares with exactly the finals its sign-off records (comparison.ts), and
 * any of them the data cannot give as signed (a bank not available included) is named in `comparedAsSigned`.
 */
export function reportInputFor(source: ReportSource): Result<ReportInput> {
  const reported = reportedAssessment(source)
  if (!reported.ok) return reported
  const { assessment, bank, result, fingerprint } = reported.value
  const revision = revisionRelationOf(assessment, source.assessments, source.generatedAt)
  const input = {
    engagement: source.engagement,
    assessment,
    bank,
    result,
    generatedAt: source.generatedAt,
    fingerprint,
    // only where there is a link to print: every other report's input (and words) stay as they were
    ...(revision.revisionOf || revision.replacedBy.length > 0 ? { revision } : {})
  }
  const comparison = comparisonFor(assessment, source.assessments, source.banks)
  switch (comparison.kind) {
    case 'from-data':
      return ok({ ...input, history: scored(comparison.assessments, source.banks) })
    case 'as-signed': {
      const comparedAsSigned = { recorded: comparison.recorded.length, unmatched: comparison.unmatched }
      return ok({ ...input, history: scored(comparison.found, source.banks), comparedAsSigned })
    }
    default:
      return assertNever(comparison)
  }
}

function scored(assessments: readonly Assessment[], banks: readonly QuestionBank[]): HistoryEntry[] {
  const history: HistoryEntry[] = []
  for (const other of assessments) {
    // a report prints no action plan of the assessments it compares with
    const past = scoreStoredSummary(other, banks)
    if (past.ok) history.push({ assessment: other, result: past.value.result })
  }
  return history
}

/**
 * The first half of reportInputFor: the reported assessment found, scored and, when final, checked
 * against its sign-off; the history is not scored. Whether a report can be made, and its result and
 * fingerprint, follow from this alone (an audit packet's summary needs no more), and a report input
 * built later from the same source fails or succeeds with it.
 */
export function reportedAssessment(
  source: Pick<ReportSource, 'engagement' | 'assessments' | 'assessmentId' | 'banks'>
): Result<ReportedAssessment> {
  return reportedWith(scoreStoredAssessment, source)
}

/**
 * reportedAssessment with the score's summary only (ScoreSummary: no action plan, most of a score's cost),
 * the same checks and the same fingerprint: what an audit packet's entry reads. The report itself is built
 * from reportInputFor where it is drawn, scored in full and checked again there.
 */
export function reportedSummary(
  source: Pick<ReportSource, 'engagement' | 'assessments' | 'assessmentId' | 'banks'>
): Result<ReportedSummary> {
  return reportedWith(scoreStoredSummary, source)
}

function reportedWith<R extends ScoreSummary>(
  score: StoredScorer<R>,
  source: Pick<ReportSource, 'engagement' | 'assessments' | 'assessmentId' | 'banks'>
): Result<Omit<ReportedAssessment, 'result'> & { result: R }> {
  const assessment = source.assessments.find((a) => a.id === source.assessmentId)
  if (!assessment) return fail('not-found', `No assessment with id ${source.assessmentId}`)
  // files are refused for this where they are read; the app's own store is checked here, before anything is printed
  // (attacker review: a stored revision whose link was removed printed as a plain final under its genuine id)
  const inconsistent = engagementRecordProblem(source.assessments)
  if (inconsistent)
    return fail(
      'invalid-file',
      `This engagement's assessments are not as the app keeps them (${inconsistent}). No report is made, since it would misstate which final stands; restore a backup from before the change in Settings.`
    )
  const scored = score(assessment, source.banks)
  if (!scored.ok) return scored
  const { bank, result } = scored.value
  if (assessment.status === 'final') {
    // why: a final changed after sign-off (its stored record edited outside the app) would print
    // "Final, signed off" with a fingerprint that was never signed; import and restore refuse it too
    const signed = verifySignOff(assessment, bank)
    if (!signed.ok) {
      return fail(
        'invalid-file',
        `"${assessment.title}" is marked signed off, but its sign-off no longer holds (signature broken): ${signed.error.message}. ` +
          'No report is made, since it would state a sign-off that did not happen; restore a backup from before the change in Settings.'
      )
    }
    // a final with a sign-off that holds: reportFingerprint is fingerprintAssessment, which the check just worked out
    if (assessment.signOff) return ok({ assessment, bank, result, fingerprint: signed.value.fingerprint })
  }
  return ok({ assessment, bank, result, fingerprint: reportFingerprint(assessment, source.engagement, bank) })
}
