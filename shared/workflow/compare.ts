import type { Answer, Assessment } from '../schemas/assessment'
import type { QuestionBank } from '../bank/bank-schema'
import type { RiskBand } from '../bank/vocabulary'
import { redFlagKey } from '../scoring/findings'
import { scoreStoredAssessment } from './score-stored'
import { fail, ok, type Result } from '../util/result'

export type AnswerChange = {
  questionId: string
  /** What changed, in order: the practice choice, the contract choice, N/A, unsure, note, evidence. */
  fields: ('choice' | 'contractChoice' | 'na' | 'unsure' | 'note' | 'evidence')[]
  before: Answer | null
  after: Answer | null
}

export type SectionDelta = { sectionId: string; before: number; after: number; delta: number; bandBefore: RiskBand; bandAfter: RiskBand }

export type Comparison = {
  overall: { before: number; after: number; delta: number; bandBefore: RiskBand; bandAfter: RiskBand }
  sections: SectionDelta[]
  changes: AnswerChange[]
  redFlagsAdded: string[]
  redFlagsCleared: string[]
}

const FIELDS = ['choice', 'contractChoice', 'na', 'unsure', 'note', 'evidence'] as const

function changedFields(a: Answer | undefined, b: Answer | undefined): AnswerChange['fields'] {
  return FIELDS.filter((f) => JSON.stringify(a?.[f] ?? null) !== JSON.stringify(b?.[f] ?? null))
}

/** Answer-level diff and score deltas between two assessments of one engagement (older first). */
export function compareAssessments(before: Assessment, after: Assessment, banks: readonly QuestionBank[]): Result<Comparison> {
  if (before.engagementId !== after.engagementId) return fail('invalid-request', 'Only assessments of the same engagement can be compared.')
  const b = scoreStoredAssessment(before, banks)
  const a = scoreStoredAssessment(after, banks)
  if (!b.ok) return b
  if (!a.ok) return a
  const ids = [...new Set([...Object.keys(before.answers), ...Object.keys(after.answers)])].sort()
  const changes = ids
    .map((questionId) => ({
      questionId,
      fields: changedFields(before.answers[questionId], after.answers[questionId]),
      before: before.answers[questionId] ?? null,
      after: after.answers[questionId] ?? null
    }))
    .filter((c) => c.fields.length > 0)
  const beforeSections = new Map(b.value.result.sections.map((s) => [s.sectionId, s]))
  const sections = a.value.result.sections
    .filter((s) => s.visibleCount > 0 || (beforeSections.get(s.sectionId)?.visibleCount ?? 0) > 0)
    .map((s) => {
      const old = beforeSections.get(s.sectionId)
      return {
        sectionId: s.sectionId,
        before: old?.rounded ?? 0,
        after: s.rounded,
        delta: s.rounded - (old?.rounded ?? 0),
        bandBefore: old?.band ?? 'low',
        bandAfter: s.band
      }
    })
  const flagsBefore = new Set(b.value.result.redFlags.map(redFlagKey))
  const flagsAfter = new Set(a.value.result.redFlags.map(redFlagKey))
  return ok({
    overall: {
      before: b.value.result.overall.rounded,
      after: a.value.result.overall.rounded,
      delta: a.value.result.overall.rounded - b.value.result.overall.rounded,
      bandBefore: b.value.result.overall.band,
      bandAfter: a.value.result.overall.band
    },
    sections,
    changes,
    redFlagsAdded: [...flagsAfter].filter((f) => !flagsBefore.has(f)),
    redFlagsCleared: [...flagsBefore].filter((f) => !flagsAfter.has(f))
  })
}
