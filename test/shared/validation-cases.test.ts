import { readFileSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, test } from 'vitest'
import { CORE_BANK } from '@shared/bank/core-bank'
import { ValidationCaseSchema } from '@shared/validation/case-schema'
import { formatReportMarkdown, formatReportText } from '@shared/validation/format-report'
import { agreementOf, agrees, aucOf, predictsRelationship } from '@shared/validation/measure'
import { readCase, runValidation, type CaseFile } from '@shared/validation/run-cases'

const DIR = resolve(import.meta.dirname, '../../validation/cases')
const FILES: CaseFile[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => ({ path: `validation/cases/${f}`, text: readFileSync(join(DIR, f), 'utf8') }))

describe('the decided cases in validation/cases', () => {
  const report = runValidation(FILES, CORE_BANK)

  test('every case file parses and validates against the shipped bank (answers asked, options known)', () => {
    expect(report.invalid).toEqual([])
    expect(report.runs).toHaveLength(FILES.length)
  })

  test('the suite meets its minimums: 40 cases, 15 each way, 7 jurisdictions', () => {
    expect(report.counts.cases).toBeGreaterThanOrEqual(40)
    expect(report.counts.found).toBeGreaterThanOrEqual(15)
    expect(report.counts.notFound).toBeGreaterThanOrEqual(15)
    expect(report.counts.jurisdictions).toBeGreaterThanOrEqual(7)
  })

  test('each file is named by its id and cites a primary source over http(s)', () => {
    for (const f of FILES) {
      const c = ValidationCaseSchema.parse(JSON.parse(f.text))
      expect(f.path).toBe(`validation/cases/${c.id}.json`)
      expect(c.url).toMatch(/^https?:\/\//)
      for (const answer of Object.values(c.answers)) expect(answer.note?.trim().length).toBeGreaterThan(0)
    }
  })
})

describe('a case file that is wrong is rejected with the path and the reason', () => {
  const valid = FILES[0] as CaseFile
  const edit = (change: (c: Record<string, unknown>) => void): CaseFile => {
    const c = JSON.parse(valid.text) as Record<string, unknown>
    change(c)
    return { path: 'x.json', text: JSON.stringify(c) }
  }
  const problemsOf = (f: CaseFile) => {
    const read = readCase(f, CORE_BANK)
    return read.ok ? [] : read.invalid.problems
  }

  test('not JSON, an unknown question or option, an answer with no published fact', () => {
    expect(problemsOf({ path: 'x.json', text: '{' })[0]).toMatch(/^\(file\): not JSON/)
    expect(problemsOf(edit((c) => ((c.answers as Record<string, unknown>)['ZZZ-99'] = { choice: 'x', note: 'n' })))).toContain(
      `answers.ZZZ-99: unknown question in bank ${CORE_BANK.id} ${CORE_BANK.version}`
    )
    expect(problemsOf(edit((c) => ((c.answers as Record<string, unknown>)['SUP-01'] = { choice: 'made-up', note: 'n' })))).toContain(
      'answers.SUP-01.choice: unknown option "made-up"'
    )
    expect(problemsOf(edit((c) => ((c.answers as Record<string, unknown>)['SUP-01'] = { choice: 'vendor-only' })))).toEqual([
      'answers.SUP-01.note: Each encoded answer says in its note which published fact it encodes'
    ])
  })

  test('a follow-up whose parent answer hides it, another bank version, a profile the engagement does not switch on', () => {
    const hidden = edit((c) => {
      const answers = c.answers as Record<string, unknown>
      answers['SUP-01'] = { choice: 'vendor-only', note: 'n' }
      answers['SUP-02'] = { choice: 'method-level', note: 'n' }
    })
    expect(problemsOf(hidden).join('\n')).toMatch(/answers\.SUP-02: not asked for this case/)
    // since 2026.7 a release's moves are read answer by answer: a case that chose an option a later release split is
    // refused, to be encoded again; one that did not answer it keeps its answers as encoded
    const answering = (choice: string) =>
      edit((c) => {
        c.bank = { id: CORE_BANK.id, version: '2026.6' }
        ;(c.answers as Record<string, unknown>)['PAY-04'] = { choice, note: 'n' }
      })
    expect(problemsOf(answering('top-ups'))[0]).toMatch(
      new RegExp(
        `^bank: encoded under armslength-core 2026\\.6, but the shipped bank is armslength-core ${CORE_BANK.version.replace('.', '\\.')}`
      )
    )
    expect(problemsOf(answering('client-payroll'))).toEqual([])
    expect(problemsOf(edit((c) => (c.bank = { id: CORE_BANK.id, version: '2026.1' })))).toEqual([])
    expect(
      problemsOf(
        edit((c) => {
          c.bank = { id: CORE_BANK.id, version: '2026.1' }
          ;(c.answers as Record<string, unknown>)['PH-03'] = { choice: 'related-weak', note: 'n' }
        })
      )[0]
    ).toMatch(/^bank: encoded under armslength-core 2026\.1/)
    expect(problemsOf(edit((c) => (c.engagement = { deliveryCountries: ['FR'], clientUsStates: [] })))).toEqual(
      expect.arrayContaining([expect.stringMatching(/^engagement: does not switch on the .* profile$/)])
    )
  })

  test('a second file with the same id is reported, not silently merged', () => {
    const report = runValidation([valid, { ...valid, path: 'copy.json' }], CORE_BANK)
    expect(report.invalid.map((i) => i.problems[0])).toEqual([expect.stringMatching(/is also used by/)])
  })
})

describe('the measures, on a tiny synthetic set', () => {
  test('High and Critical predict a relationship; Low and Moderate do not', () => {
    expect(['low', 'moderate', 'high', 'critical'].map((b) => predictsRelationship(b as 'low'))).toEqual([false, false, true, true])
    expect(agrees('critical', 'relationship-found')).toBe(true)
    expect(agrees('moderate', 'relationship-found')).toBe(false)
    expect(agrees('low', 'relationship-not-found')).toBe(true)
  })

  test('AUC is the share of found/not-found pairs ordered correctly, ties counting half', () => {
    const found = (score: number) => ({ score, outcome: 'relationship-found' as const })
    const notFound = (score: number) => ({ score, outcome: 'relationship-not-found' as const })
    expect(aucOf([found(90), found(60), notFound(10), notFound(20)])).toBe(1)
    expect(aucOf([found(10), notFound(90)])).toBe(0)
    // pairs: (80,70)=1 (80,80)=0.5 (40,70)=0 (40,80)=0 → 1.5 / 4
    expect(aucOf([found(80), found(40), notFound(70), notFound(80)])).toBe(0.375)
    expect(aucOf([found(80)])).toBeNull()
  })

  test('agreement counts and ratio', () => {
    expect(agreementOf([{ agree: true }, { agree: false }, { agree: true }, { agree: true }])).toEqual({ agreed: 3, total: 4, ratio: 0.75 })
    expect(agreementOf([])).toEqual({ agreed: 0, total: 0, ratio: null })
  })

  test('the printed report and the published table name every miss', () => {
    const report = runValidation(FILES, CORE_BANK)
    const text = formatReportText(report)
    const table = formatReportMarkdown(report, '2026-12-06')
    expect(text).toContain(`${report.counts.cases} cases`)
    for (const r of report.runs) expect(table).toContain(r.case.url)
    for (const miss of report.runs.filter((r) => !r.agree)) {
      expect(text).toContain(miss.case.name)
      expect(table).toContain(`**${miss.case.name.replace(/\|/g, '\\|')}**`)
    }
  })
})
