import { expect, test } from 'vitest'
import { buildReportModel } from '@shared/report/report-model'
import { exampleReportInput } from '../helpers/example-report'
import { rebuttalEvidenceText } from '@shared/report/law-verdicts'
import type { Answer } from '@shared/schemas/assessment'

/* Bank 2026.6: a rule whose facts hold but that the answers rebut is said beside its law's verdict, in the report. */

const withCapital = (unsure: boolean, evidence: readonly string[] = []) =>
  buildReportModel(
    exampleReportInput('philippines-unregistered-vendor.json', {
      assessment: (a) => {
        const answers: Record<string, Answer> = { ...a.answers, 'PH-02': { choice: 'substantial', ...(unsure ? { unsure: true } : {}) } }
        // bank 2026.7: a document listed as evidence on each answer named
        for (const id of evidence) answers[id] = { ...answers[id], evidence: [{ title: `Proof for ${id}`, location: 'Vendor file' }] }
        return { ...a, answers }
      }
    })
  )

const REBUTTAL =
  'Rebuttal on record, still to be proven if challenged: A contractor not registered with DOLE, answered by PH-02, PH-05, SUP-01, SUP-04, HIR-02, HIR-04, PAY-01, CON-01; it does not raise the result on these answers'

test('the law table says the Philippine presumption is rebutted on the answers, naming them; the verdict is no longer the presumption', () => {
  const [ph] = withCapital(false).lawVerdicts
  // since bank 2026.7 it says whether the answers it rests on list evidence: here none does, and PH-05 holds only a note
  expect(ph?.rebutted).toEqual([`${REBUTTAL}; no evidence is attached to any of these answers (only a note: PH-05)`])
  expect(ph?.verdict).not.toMatch(/presumption/)
  expect(ph?.fired).toBeNull()
})

test('an unsure answer rebuts nothing: the presumption is the verdict and nothing is said rebutted', () => {
  const [ph] = withCapital(true).lawVerdicts
  expect(ph?.rebutted).toEqual([])
  expect(ph?.verdict).toMatch(/^A presumption, not a finding/)
})

test('the rebuttal line names the answers it rests on that list no evidence, and says when every one does (counsel review, bank 2026.7)', () => {
  const some = withCapital(false, ['PH-02', 'PH-05']).lawVerdicts[0]
  expect(some?.rebutted).toEqual([`${REBUTTAL}; no evidence is attached to SUP-01, SUP-04, HIR-02, HIR-04, PAY-01, CON-01`])
  const all = withCapital(false, ['PH-02', 'PH-05', 'SUP-01', 'SUP-04', 'HIR-02', 'HIR-04', 'PAY-01', 'CON-01']).lawVerdicts[0]
  expect(all?.rebutted).toEqual([`${REBUTTAL}; evidence is listed for each of these answers`])
})

test('the evidence words: a note is not evidence, and only the answers without a document are named', () => {
  const ids = ['PH-02', 'PH-05', 'SUP-01']
  expect(rebuttalEvidenceText({ questionIds: ids, withoutEvidence: [], noteOnly: [] })).toBe('evidence is listed for each of these answers')
  expect(rebuttalEvidenceText({ questionIds: ids, withoutEvidence: ids, noteOnly: [] })).toBe(
    'no evidence is attached to any of these answers'
  )
  expect(rebuttalEvidenceText({ questionIds: ids, withoutEvidence: ['PH-05', 'SUP-01'], noteOnly: ['PH-05'] })).toBe(
    'no evidence is attached to PH-05, SUP-01 (only a note: PH-05)'
  )
})
