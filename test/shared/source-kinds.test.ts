import { describe, expect, test } from 'vitest'
import { findBank } from '@shared/bank/bank-registry'
import { BUILTIN_BANKS } from '../fixtures/builtin-banks'
import { QuestionBankSchema, type QuestionBank } from '@shared/bank/bank-schema'
import { references } from '@shared/bank/check-bank'
import { CORE_BANK } from '@shared/bank/core-bank'
import { buildReportModel } from '@shared/report/report-model'
import type { ReportModel } from '@shared/report/report-types'
import { exampleReportInput } from '../helpers/example-report'

const source = (id: string) => {
  const s = CORE_BANK.sources.find((x) => x.id === id)
  if (!s) throw new Error(`${id} is not in the bank`)
  return s
}

function exampleReport(fileName: string, bank?: { id: string; version: string }): ReportModel {
  return buildReportModel(exampleReportInput(fileName, bank ? { assessment: (a) => ({ ...a, bank }) } : {}))
}

describe('every source of the core bank says what kind of authority it is (bank 2026.3)', () => {
  test('each has a kind; firm pages, blogs and practitioner articles are commentary, never law', () => {
    expect(CORE_BANK.sources.filter((s) => s.kind === undefined).map((s) => s.id)).toEqual([])
    for (const id of [
      'S-PH-NDV-CONTROL-TEST',
      'S-DE-WORK-VS-PERSON',
      'S-IN-WAGE-OVERSIGHT-2013',
      'S-VENDOR-CONTRACTS-2013',
      'S-INDEMNITY-LIMITS-2017',
      'S-HIREGENICS-CHECKLIST',
      'S-SEED-BENSON'
    ])
      expect(source(id).kind, id).toBe('commentary')
    // a source stating no law (no profile) is never legislation, regulation or a judgment
    for (const s of CORE_BANK.sources.filter((x) => !x.profiles)) expect(['commentary', 'industry-practice'], s.id).toContain(s.kind)
  })

  test('the repealed Contract Labour Act 1970 points to the OSH Code 2020 that replaced it', () => {
    expect(source('S-IN-CLRA-1970').superseded).toMatchObject({ how: 'repealed', by: ['S-IN-OSH-CODE-2020'] })
    expect(source('S-IN-CLRA-1970').superseded?.note).toMatch(/Occupational Safety, Health and Working Conditions Code, 2020/)
    expect(source('S-IN-OSH-CODE-2020').superseded).toBeUndefined()
    // the rules the US profile no longer applies are marked, the ones in force are not
    expect(source('S-FLSA-2020-RULE').superseded?.how).toBe('rescinded')
    expect(source('S-NLRB-2023-RULE').superseded?.how).toBe('vacated')
    expect(source('S-NLRB-2020-RULE').superseded).toBeUndefined()
  })

  test('a superseded marker must name sources the bank has, and not the source itself', () => {
    const broken: QuestionBank = {
      ...CORE_BANK,
      sources: CORE_BANK.sources.map((s) =>
        s.id === 'S-IN-CLRA-1970' ? { ...s, superseded: { how: 'repealed', note: 'Repealed.', by: ['S-IN-NOWHERE', 'S-IN-CLRA-1970'] } } : s
      )
    }
    expect(references(broken)).toEqual([
      'S-IN-CLRA-1970: superseded by unknown source S-IN-NOWHERE',
      'S-IN-CLRA-1970: superseded by itself'
    ])
    expect(references(CORE_BANK)).toEqual([])
  })

  test('a kind the schema does not know is refused, and a bank without kinds (2026.2) still loads', () => {
    const withKind = (kind: string) => ({ ...CORE_BANK, sources: [{ ...CORE_BANK.sources[0]!, kind }, ...CORE_BANK.sources.slice(1)] })
    expect(QuestionBankSchema.safeParse(withKind('blog')).success).toBe(false)
    expect(QuestionBankSchema.safeParse(withKind('commentary')).success).toBe(true)
    const released = findBank(BUILTIN_BANKS, { id: 'armslength-core', version: '2026.2' })
    expect(released?.sources.every((s) => s.kind === undefined && s.superseded === undefined)).toBe(true)
  })
})

// The PDF side (the kind before the jurisdiction, the note under the citation) is in report-pdf.test.ts, on the
// report that file renders already.
describe("the report's appendix of authorities shows the kind and marks law no longer in force", () => {
  test('in the report model: kinds as printed, and the lapse with its note', () => {
    const model = exampleReport('germany-client-instructions.json')
    const ref = (id: string) => model.sources.find((s) => s.id === id)
    expect(ref('S-DE-BGB-611A')).toMatchObject({ kind: 'Legislation', superseded: null })
    expect(ref('S-DE-WORK-VS-PERSON')).toMatchObject({ kind: 'Commentary, not law', superseded: null })
    expect(ref('S-DE-BAG-2016')?.kind).toBe('Judgment')
    expect(ref('S-DE-BAG-2016')?.superseded).toMatch(/^Superseded, no longer the law in force: Decided under the AÜG before its amendment/)
    expect(ref('S-DE-BA-2024')?.superseded).toMatch(/^Withdrawn, no longer the law in force: /)
  })

  test('a report under 2026.2, whose sources carry no kind, prints none', () => {
    const model = exampleReport('germany-client-instructions.json', { id: 'armslength-core', version: '2026.2' })
    expect(model.sources.length).toBeGreaterThan(0)
    for (const s of model.sources) expect([s.kind, s.superseded]).toEqual([null, null])
  })
})

describe('bank 2026.4: two sources said what they are wrongly (counsel)', () => {
  test("the DOL's 2025 regulatory agenda is a proposed rule, printed as not law; 2026.3 keeps its released kind", () => {
    expect(source('S-DOL-2025-AGENDA').kind).toBe('proposed-rule')
    const v3 = findBank(BUILTIN_BANKS, { id: 'armslength-core', version: '2026.3' })
    expect(v3?.sources.find((s) => s.id === 'S-DOL-2025-AGENDA')?.kind).toBe('regulator-guidance')
    const model = exampleReport('permatemp-staff-augmentation.json')
    expect(model.sources.find((s) => s.id === 'S-DOL-2025-AGENDA')?.kind).toBe('Proposed rule, not law')
  })

  test('AB 5 enacted Labor Code § 2750.3, which AB 2257 (2020) recodified as § 2775', () => {
    const citation = source('S-CA-AB5-2019').citation
    expect(citation).toMatch(/enacted by AB 5 as § 2750\.3/)
    expect(citation).toMatch(/recodified as § 2775 by AB 2257 \(2020\)/)
    expect(citation).not.toMatch(/§ 2775 \(AB 5/)
  })
})
