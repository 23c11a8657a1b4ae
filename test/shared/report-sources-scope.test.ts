import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, test } from 'vitest'
import { BUILTIN_BANKS, findBank } from '@shared/bank/bank-registry'
import { sourceProfiles } from '@shared/bank/profiles-for'
import type { QuestionBank } from '@shared/bank/bank-schema'
import { readExchangeFile } from '@shared/exchange/validate-exchange'
import { reportInputFor } from '@shared/report/report-input'
import { buildReportModel } from '@shared/report/report-model'
import type { ReportModel } from '@shared/report/report-types'

const EXAMPLES_DIR = resolve(import.meta.dirname, '../../docs/examples')

function reportOf(fileName: string, profiles?: string[]): { model: ReportModel; bank: QuestionBank; applied: string[] } {
  const read = readExchangeFile(readFileSync(resolve(EXAMPLES_DIR, fileName), 'utf8'), BUILTIN_BANKS)
  if (!read.ok || read.value.kind !== 'engagement') throw new Error(`cannot read ${fileName}`)
  const { engagement, assessments } = read.value.file
  const latest = assessments.at(-1)
  if (!latest) throw new Error('no assessment')
  const assessment = profiles ? { ...latest, profiles } : latest
  const input = reportInputFor({
    engagement,
    assessments: [...assessments.slice(0, -1), assessment],
    assessmentId: assessment.id,
    banks: BUILTIN_BANKS,
    generatedAt: '2026-12-06T00:00:00.000Z'
  })
  if (!input.ok) throw new Error(input.error.message)
  const bank = findBank(BUILTIN_BANKS, assessment.bank) as QuestionBank
  return { model: buildReportModel(input.value), bank, applied: assessment.profiles }
}

function foreignSources(model: ReportModel, bank: QuestionBank, applied: readonly string[]): string[] {
  return model.sources.flatMap((ref) => {
    const source = bank.sources.find((s) => s.id === ref.id)
    if (!source) return [ref.id]
    const own = sourceProfiles(bank, source)
    return own.length === 0 || own.some((p) => applied.includes(p)) ? [] : [`${ref.id} (${source.jurisdiction})`]
  })
}

describe('a report cites only general principles and the law of the profiles applied (issue 11, item 7)', () => {
  test('a Philippine engagement cites no US, German, UK, Indian, Mexican or Brazilian authority', () => {
    const { model, bank, applied } = reportOf('philippines-unregistered-vendor.json')
    expect(applied).toEqual(['philippines'])
    expect(foreignSources(model, bank, applied)).toEqual([])
    // its own law is still cited: the Labor Code and D.O. 174
    expect(model.sources.map((s) => s.id)).toEqual(expect.arrayContaining(['S-PH-DO-174-2017', 'S-PH-LABOR-CODE-106']))
  })

  test('a German engagement cites German and general sources only', () => {
    const { model, bank, applied } = reportOf('germany-client-instructions.json')
    expect(foreignSources(model, bank, applied)).toEqual([])
    expect(model.sources.length).toBeGreaterThan(0)
  })

  test('every number a finding or a jurisdiction prints is in appendix B', () => {
    const { model } = reportOf('philippines-unregistered-vendor.json')
    const numbers = [
      ...model.findings.flatMap((f) => f.factors.flatMap((x) => x.sources)),
      ...model.jurisdictions.flatMap((j) => j.sources)
    ]
    expect(model.sources.map((s) => s.number)).toEqual(model.sources.map((_, i) => i + 1))
    for (const n of numbers) expect(n).toBeLessThanOrEqual(model.sources.length)
  })

  test('with no profile applied, the general principles keep their basis', () => {
    const { model } = reportOf('philippines-unregistered-vendor.json', [])
    expect(model.sources.length).toBeGreaterThan(0)
  })
})
