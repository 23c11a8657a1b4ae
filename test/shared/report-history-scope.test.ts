import { describe, expect, it } from 'vitest'
import { reportInputFor } from '@shared/report/report-input'
import { buildReportModel } from '@shared/report/report-model'
import { BUILTIN_BANKS } from '../fixtures/builtin-banks'
import { GENERATED_AT, makeAssessment, makeReportFixture } from '../fixtures/report-fixtures'

describe('what a signed final compares itself with (attacker review: a draft added to the data changed a final report)', () => {
  const { file } = makeReportFixture({ status: 'final' })
  const final = file.assessments.at(-1)!
  const input = (assessments: typeof file.assessments) => {
    const made = reportInputFor({
      engagement: file.engagement,
      assessments,
      assessmentId: final.id,
      banks: BUILTIN_BANKS,
      generatedAt: GENERATED_AT
    })
    if (!made.ok) throw new Error(made.error.message)
    return made.value
  }

  it('a final compares only with the finals signed before it; a draft added to the data changes nothing it prints', () => {
    const genuine = input(file.assessments)
    expect(genuine.history.map((h) => h.assessment.id)).toEqual(file.assessments.slice(0, -1).map((a) => a.id))
    const later = { ...makeAssessment({ cycle: 5, status: 'draft', engagement: file.engagement }), id: 'asm-added-draft' }
    const withDraft = input([...file.assessments, later])
    expect(withDraft.history.map((h) => h.assessment.id)).not.toContain('asm-added-draft')
    expect(buildReportModel(withDraft)).toEqual(buildReportModel(genuine))
  })

  it('a draft still compares with every other assessment of the engagement', () => {
    const draft = { ...final, status: 'draft' as const, signOff: undefined }
    const made = reportInputFor({
      engagement: file.engagement,
      assessments: [...file.assessments.slice(0, -1), draft],
      assessmentId: draft.id,
      banks: BUILTIN_BANKS,
      generatedAt: GENERATED_AT
    })
    expect(made.ok && made.value.history.length).toBe(file.assessments.length - 1)
  })
})
