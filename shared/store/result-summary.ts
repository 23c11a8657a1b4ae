import { z } from 'zod'
import { RISK_BANDS } from '../bank/vocabulary'
import type { QuestionBank } from '../bank/bank-schema'
import { findBank } from '../bank/bank-registry'
import { bankContentHash } from '../integrity/fingerprint'
import type { Assessment } from '../schemas/assessment'
import { scoreAssessment } from '../scoring/score'
import type { ScoreResult } from '../scoring/score-types'

/**
 * Bump when the scoring engine changes what it computes for the same answers and bank (a new rule, a
 * different rounding): every stored summary then reads as stale and is recomputed from its body.
 */
export const RESULT_SUMMARY_VERSION = 1

const SufficiencyStatusSchema = z.enum(['not-assessed', 'insufficient', 'sufficient'])
const BandSchema = z.enum(RISK_BANDS)
// as AssessmentSchema pins it
const BankRefSchema = z.strictObject({ id: z.string().min(1).max(64), version: z.string().min(1).max(32) })

/** One section of the heat map, as the portfolio shows it (SectionCell without its key). */
const SectionResultSchema = z.strictObject({
  sectionId: z.string().min(1).max(100),
  score: z.number().min(0).max(100),
  band: BandSchema,
  redFlagCount: z.number().int().min(0),
  state: z.enum(['scored', 'unanswered', 'not-applicable']),
  sufficiency: SufficiencyStatusSchema
})

/**
 * What the portfolio needs of an assessment's result, kept in its index ref so the dashboard is built
 * from the index alone (no body read, no scoring). Derived data: the body stays the record, and the
 * summary is recomputed whenever it could disagree with it — each save writes a fresh one, and
 * `scoredWith` names the engine version and the bank content it was computed under, so a summary made
 * before a scoring change, or while the bank was missing, is recognised as stale (isCurrentSummary).
 */
export const ResultSummarySchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('scored'),
    scoredWith: z.string().min(1).max(200),
    bank: BankRefSchema,
    /** The overall score to one decimal and its band; below `sufficient` the band is provisional only. */
    overall: z.strictObject({ score: z.number().min(0).max(100), band: BandSchema }),
    sufficiency: SufficiencyStatusSchema,
    provisional: z.boolean(),
    coverage: z.number().min(0).max(1),
    redFlagCount: z.number().int().min(0),
    decisiveCount: z.number().int().min(0),
    sections: z.array(SectionResultSchema).max(200)
  }),
  z.strictObject({
    /** The pinned bank was not available when it was computed (a custom bank not imported). */
    kind: z.literal('unscorable'),
    scoredWith: z.string().min(1).max(200),
    bank: BankRefSchema,
    problem: z.string().min(1).max(500)
  })
])
export type ResultSummary = z.infer<typeof ResultSummarySchema>
export type ScoredSummary = Extract<ResultSummary, { kind: 'scored' }>

/** The stamp a summary computed now, for an assessment pinned to `bank`, carries. */
export function currentStamp(bank: { id: string; version: string }, banks: readonly QuestionBank[]): string {
  const found = findBank(banks, bank)
  return found
    ? `engine ${RESULT_SUMMARY_VERSION}; bank ${bankContentHash(found)}`
    : `engine ${RESULT_SUMMARY_VERSION}; bank missing ${bank.id}@${bank.version}`
}

/** Whether a stored summary is what scoring the body now would give: same engine, same bank content. */
export function isCurrentSummary(summary: ResultSummary | undefined, banks: readonly QuestionBank[]): summary is ResultSummary {
  return summary !== undefined && summary.scoredWith === currentStamp(summary.bank, banks)
}

export function bankMissingProblem(bank: { id: string; version: string }): string {
  return `Question bank ${bank.id} ${bank.version} is not available`
}

/** The summary of one assessment, scored under the bank it is pinned to (pure: the same body and banks give the same summary). */
export function resultSummaryOf(assessment: Assessment, banks: readonly QuestionBank[]): ResultSummary {
  const bankRef = { id: assessment.bank.id, version: assessment.bank.version }
  const scoredWith = currentStamp(bankRef, banks)
  const bank = findBank(banks, bankRef)
  if (!bank) return { kind: 'unscorable', scoredWith, bank: bankRef, problem: bankMissingProblem(bankRef) }
  const result = scoreAssessment({ bank, profiles: assessment.profiles, kind: assessment.kind, answers: assessment.answers })
  return summaryOfResult(result, bankRef, scoredWith)
}

/** The summary of a computed result. */
export function summaryOfResult(result: ScoreResult, bank: { id: string; version: string }, scoredWith: string): ScoredSummary {
  return {
    kind: 'scored',
    scoredWith,
    bank,
    overall: { score: result.overall.rounded, band: result.overall.band },
    sufficiency: result.sufficiency.status,
    provisional: result.provisional,
    coverage: result.coverage.ratio,
    redFlagCount: result.redFlags.length,
    decisiveCount: result.decisive.length,
    sections: sectionResults(result)
  }
}

/**
 * One entry per section in bank order: a section applies when a question of it is visible, and is
 * scored once one is answered (N/A included).
 */
function sectionResults(result: ScoreResult): ScoredSummary['sections'] {
  const answered = new Set(result.lines.filter((l) => l.status !== 'unanswered').map((l) => l.section))
  return result.sections.map((s) => ({
    sectionId: s.sectionId,
    score: s.rounded,
    band: s.band,
    redFlagCount: s.redFlagCount,
    state: s.visibleCount === 0 ? 'not-applicable' : answered.has(s.sectionId) ? 'scored' : 'unanswered',
    sufficiency: s.sufficiency
  }))
}
