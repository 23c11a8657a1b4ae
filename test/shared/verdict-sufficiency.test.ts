import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, test } from 'vitest'
import { findBank } from '@shared/bank/bank-registry'
import { BUILTIN_BANKS } from '../fixtures/builtin-banks'
import type { QuestionBank } from '@shared/bank/bank-schema'
import { readExchangeFile } from '@shared/exchange/validate-exchange'
import type { Assessment } from '@shared/schemas/assessment'
import { scoreAssessment } from '@shared/scoring/score'
import { CHECKED_AT } from '../helpers/checked-at'

// The German example: staff give agents person-related instructions now and then (DE-02), agents integrated.
const read = readExchangeFile(
  readFileSync(resolve(import.meta.dirname, '../../docs/examples/germany-client-instructions.json'), 'utf8'),
  BUILTIN_BANKS,
  CHECKED_AT
)
if (!read.ok || read.value.kind !== 'engagement') throw new Error('cannot read the German example')
const assessment = read.value.file.assessments.at(-1) as Assessment
const bank = findBank(BUILTIN_BANKS, assessment.bank) as QuestionBank

function germanVerdict(answers: Assessment['answers']): { status: string; verdict: string | undefined } {
  const result = scoreAssessment({ bank, profiles: ['germany'], kind: assessment.kind, answers })
  return { status: result.sufficiency.status, verdict: result.verdicts[0]?.verdict }
}

describe('a law\'s verdict is never "clear" on missing information (issue 11, item 3)', () => {
  test('nothing answered: not assessed, not "a contract for services, not leasing"', () => {
    const { status, verdict } = germanVerdict({})
    expect(status).toBe('not-assessed')
    expect(verdict).toMatch(/^Not assessed under the law of Germany/)
    expect(verdict).not.toMatch(/contract for services/)
  })

  test('a handful of answers, including person-related instructions: insufficient information, no clear verdict', () => {
    const keep = ['SUP-01', 'SUP-02', 'INT-03', 'HIR-01', 'SCH-01']
    const answers = Object.fromEntries(Object.entries(assessment.answers).filter(([id]) => keep.includes(id)))
    const { status, verdict } = germanVerdict(answers)
    expect(status).toBe('insufficient')
    expect(verdict).toMatch(/^Insufficient information for a verdict under the law of Germany/)
    // with DE-02 too (person-related instructions under a service contract) and the agents in the client's teams, the
    // law's own gate fires (bank 2026.4; integration needed since 2026.8): its finding is the verdict, never the clear one
    const withDe02 = germanVerdict({ ...answers, 'DE-02': assessment.answers['DE-02']!, 'INT-06': assessment.answers['INT-06']! })
    expect(withDe02.status).toBe('insufficient')
    expect(withDe02.verdict).toMatch(/^Deemed employment relationship with you under §§ 9, 10 AÜG/)
  })

  test("a complete Low assessment still gets the law's own clear verdict", () => {
    const clear = bank.profiles.find((p) => p.id === 'germany')?.clearVerdict
    const answers: Assessment['answers'] = {}
    for (const q of bank.questions) {
      const low = (options: readonly { id: string; risk: number }[]): string | undefined =>
        [...options].sort((a, b) => a.risk - b.risk)[0]?.id
      const choice = low(q.options)
      const contract = q.contract ? low(q.contract.options) : undefined
      if (choice) answers[q.id] = { choice, ...(contract ? { contractChoice: contract } : {}) } as Assessment['answers'][string]
    }
    const result = scoreAssessment({ bank, profiles: ['germany'], kind: assessment.kind, answers })
    expect(result.sufficiency.status).toBe('sufficient')
    expect(result.overall.band).toBe('low')
    expect(result.verdicts[0]?.verdict).toBe(clear)
  })
})
