import { describe, expect, test } from 'vitest'
import { findBank } from '@shared/bank/bank-registry'
import type { QuestionBank } from '@shared/bank/bank-schema'
import { buildReportModel } from '@shared/report/report-model'
import type { Assessment } from '@shared/schemas/assessment'
import { scoreAssessment } from '@shared/scoring/score'
import { BUILTIN_BANKS } from '../fixtures/builtin-banks'
import { exampleReportInput, germanyAsIn2026_3, readExampleEngagement } from '../helpers/example-report'

// The German example as answered under bank 2026.3: DE-03 (the 18-month maximum for leased workers) "not
// applicable: a service contract", while its answers fire "labour leasing in substance" (SUP-02 task-level,
// INT-06 in our teams). Bank 2026.4 no longer offers that N/A (test/shared/bank-2026-4-aug.test.ts); assessments
// pinned to 2026.3 keep it, and this is how they are scored and reported.
const { assessments } = readExampleEngagement('germany-client-instructions.json')
const assessment = germanyAsIn2026_3(assessments.at(-1) as Assessment)
const bank = findBank(BUILTIN_BANKS, assessment.bank) as QuestionBank
const score = (answers: Assessment['answers']) => scoreAssessment({ bank, profiles: ['germany'], kind: assessment.kind, answers })

describe("an N/A the same law's finding contradicts is not relied on (reviewer's DE-03 finding)", () => {
  test('the German example: DE-03 "not applicable" beside labour leasing in substance is named, and counted as open', () => {
    expect(bank.version).toBe('2026.3')
    expect(assessment.answers['DE-03']).toMatchObject({ na: true })
    const result = score(assessment.answers)
    const contradiction = {
      questionId: 'DE-03',
      profileId: 'germany',
      firedRuleId: 'de-leasing-in-substance',
      untestedTitle: 'An individual leased to you beyond the maximum period',
      untestedBand: 'critical'
    }
    expect(result.sufficiency.naContradicted).toEqual([expect.objectContaining(contradiction)])
    expect(result.verdicts[0]?.naContradicted).toEqual([expect.objectContaining(contradiction)])
    // its real answer could fire a Critical gate: the band is provisional until it is given
    expect(result.sufficiency.decisiveUnanswered).toContain('DE-03')
  })

  test('the report says so beside the German verdict', () => {
    const model = buildReportModel(exampleReportInput('germany-client-instructions.json', { assessment: germanyAsIn2026_3 }))
    expect(model.lawVerdicts[0]?.naContradicted).toEqual([
      'DE-03 is answered not applicable, but “Person-related instructions and integration” fired under the law of Germany, so the arrangement is of the kind DE-03 asks about. Answered, it could fire “An individual leased to you beyond the maximum period” (Critical): answer it rather than rely on the N/A.'
    ])
    expect(model.coverage.openDecisive).toContain('DE-03')
    // the coverage figure counts the N/A as settled, and says beside it that a finding contradicts it
    expect(model.coverage.summary).toBe('100% settled and confirmed; 1 N/A contradicted by a finding (DE-03)')
    expect(model.coverage.rows).toContainEqual({
      label: 'Not applicable, with justification',
      value: '1; 1 N/A contradicted by a finding (DE-03)'
    })
  })

  test('without the finding the N/A stands: agents not in the client teams, nothing of the law fired', () => {
    const answers = { ...assessment.answers, 'INT-06': { choice: 'vendor-organisation' } }
    const result = score(answers)
    expect(result.verdicts[0]?.findings).toEqual([])
    expect(result.sufficiency.naContradicted).toEqual([])
    expect(result.sufficiency.decisiveUnanswered).not.toContain('DE-03')
  })

  test('with DE-03 answered there is nothing to contradict', () => {
    const result = score({ ...assessment.answers, 'DE-03': { choice: 'observed' } })
    expect(result.verdicts[0]?.findings.map((f) => f.ruleId)).toContain('de-leasing-in-substance')
    expect(result.sufficiency.naContradicted).toEqual([])
    expect(result.sufficiency.decisiveUnanswered).not.toContain('DE-03')
  })
})
