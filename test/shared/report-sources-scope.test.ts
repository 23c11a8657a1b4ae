import { describe, expect, test } from 'vitest'
import { sourceProfiles } from '@shared/bank/profiles-for'
import type { QuestionBank } from '@shared/bank/bank-schema'
import { buildReportModel } from '@shared/report/report-model'
import type { ReportModel } from '@shared/report/report-types'
import { exampleReportInput } from '../helpers/example-report'
import { CORE_BANK } from '@shared/bank/core-bank'
import { HELP_OUT_OF_SCOPE, helpInScope, profilesNamedIn } from '@shared/report/help-in-scope'

function reportOf(fileName: string, profiles?: string[]): { model: ReportModel; bank: QuestionBank; applied: string[] } {
  const input = exampleReportInput(fileName, profiles ? { assessment: (a) => ({ ...a, profiles }) } : {})
  return { model: buildReportModel(input), bank: input.bank, applied: input.assessment.profiles }
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

  test('appendix B labels every law that is not the law applied as a general principle; practice stays practice, not law', () => {
    const { model, bank, applied } = reportOf('philippines-unregistered-vendor.json')
    const foreign = model.sources.filter((ref) => {
      const source = bank.sources.find((s) => s.id === ref.id)
      return source !== undefined && !sourceProfiles(bank, source).some((p) => applied.includes(p))
    })
    const practice = (kind: string | null) => kind !== null && /not law/.test(kind)
    expect(foreign.map((g) => g.id)).toContain('S-ASA-QUICK-FACTS')
    for (const ref of foreign) {
      // a trade body's guidance is not "a general principle" of law: its kind says "not law" (counsel review)
      if (practice(ref.kind)) expect(ref.jurisdiction).not.toMatch(/^General principle/)
      else expect(ref.jurisdiction).toMatch(/^General/)
    }
    expect(model.sources.find((s) => s.id === 'S-ASA-QUICK-FACTS')).toMatchObject({
      jurisdiction: 'United States (practice)',
      kind: 'Industry practice, not law'
    })
    expect(model.sources.find((s) => s.id === 'S-PH-DO-174-2017')?.jurisdiction).toBe('Philippines')
    // and a finding's legal factors cite practice apart from the law
    const asa = model.sources.find((s) => s.id === 'S-ASA-QUICK-FACTS')!.number
    for (const f of model.findings) for (const x of f.factors) expect(x.sources).not.toContain(asa)
    expect(model.findings.some((f) => f.factors.some((x) => x.notLaw.includes(asa)))).toBe(true)
  })

  test('with no profile applied, the general principles keep their basis', () => {
    const { model } = reportOf('philippines-unregistered-vendor.json', [])
    expect(model.sources.length).toBeGreaterThan(0)
  })
})

/** Each finding's printed prose that names another country's law: "Why it matters" and the factor notes. */
function foreignProse(model: ReportModel, applied: readonly string[]): string[] {
  const prose = model.findings.flatMap((f) => [f.help, ...f.factors.map((x) => x.description)])
  return prose.filter((text) => profilesNamedIn(text).some((p) => !applied.includes(p)))
}

describe('"why it matters" names only the law applied (issue 11, item 7; weakness 3)', () => {
  test.each([
    ['philippines-unregistered-vendor.json', ['philippines']],
    ['philippines-unregistered-vendor.json', ['germany']],
    ['philippines-unregistered-vendor.json', ['india']],
    ['germany-client-instructions.json', ['germany']],
    ['permatemp-staff-augmentation.json', ['united-kingdom']],
    ['onboarding-pre-contract.json', ['mexico']]
  ])('%s under %j: no finding explains itself with another country’s law', (fileName, profiles) => {
    const { model, applied } = reportOf(fileName, profiles)
    expect(model.findings.length).toBeGreaterThan(0)
    expect(foreignProse(model, applied)).toEqual([])
  })

  test('a Philippine report keeps the Philippine sentence of a mixed note and drops the US cases', () => {
    const help = CORE_BANK.questions.find((q) => q.id === 'TLS-01')?.help ?? ''
    expect(help).toMatch(/Butler/)
    const ph = helpInScope(help, ['philippines'])
    expect(ph).not.toMatch(/Butler|Zheng|Salinas/)
    expect(ph).toMatch(/^In the Philippines the vendor's own capital, tools and premises are part of the test/)
    // The general sentence stays: it names no country's law.
    expect(ph).toMatch(/Access to your applications that the service needs is normal\.$/)
    // Under US law the whole note is its own law.
    expect(helpInScope(help, ['us-federal', 'us-california'])).toBe(help.replace(/In the Philippines[^.]*\. /, ''))
  })

  test('a clause of the law applied survives a semicolon; a note with nothing left says why', () => {
    const hir05 = CORE_BANK.questions.find((q) => q.id === 'HIR-05')?.help ?? ''
    expect(helpInScope(hir05, ['india'])).toMatch(/Open postings or an agreed conversion process keep the line clear\.$/)
    expect(helpInScope(hir05, ['united-kingdom'])).toBe(hir05)
    const int07 = CORE_BANK.questions.find((q) => q.id === 'INT-07')?.help ?? ''
    expect(helpInScope(int07, ['philippines'])).toBe(HELP_OUT_OF_SCOPE)
    // "Vizcaino v. Microsoft" is one sentence, not two: the abbreviation does not end it.
    const pay03 = CORE_BANK.questions.find((q) => q.id === 'PAY-03')?.help ?? ''
    expect(helpInScope(pay03, ['germany'])).not.toMatch(/Microsoft/)
  })

  test('a general point before a colon survives when its examples are foreign; examples of the law applied stay', () => {
    const hir06 = CORE_BANK.questions.find((q) => q.id === 'HIR-06')?.help ?? ''
    expect(hir06).toMatch(/look through: Microsoft's "rolled-over" workers in Vizcaino, the contractor's "workers" an Indian court/)
    const point =
      "Moving your own employees onto a vendor's payroll to keep them doing the same work for you is the pattern courts look through"
    // under Indian law the US example goes, and with it the one that carried the list: the point stays
    expect(helpInScope(hir06, ['india'])).toMatch(new RegExp(`^${point}\\.`))
    expect(helpInScope(hir06, ['india'])).not.toMatch(/Vizcaino|Microsoft/)
    expect(helpInScope(hir06, ['us-federal'])).toMatch(new RegExp(`^${point}: Microsoft's "rolled-over" workers in Vizcaino\\.`))
    expect(helpInScope(hir06, ['us-federal'])).not.toMatch(/Indian|Bhilwara/)
    // "US courts look for A, Germany for B": without the first example the rest would not read
    const sup01 = CORE_BANK.questions.find((q) => q.id === 'SUP-01')?.help ?? ''
    expect(helpInScope(sup01, ['germany'])).toMatch(
      /^Directing individual workers is the control that almost every test weighs most\. Setting/
    )
  })

  test('a sentence that leans on a sentence left out goes with it, so nothing points at what is not printed', () => {
    const int01 = CORE_BANK.questions.find((q) => q.id === 'INT-01')?.help ?? ''
    expect(int01).toMatch(/Zheng.*\. It does not create risk on its own/)
    expect(helpInScope(int01, ['philippines'])).toBe(HELP_OUT_OF_SCOPE)
    for (const profile of CORE_BANK.profiles.map((p) => p.id)) {
      for (const q of CORE_BANK.questions) {
        const cut = helpInScope(q.help, [profile])
        if (cut !== q.help && cut !== HELP_OUT_OF_SCOPE) expect(cut, `${q.id} under ${profile}`).not.toMatch(/^(It|This|They|On its own)\b/)
      }
    }
  })

  test('with no profile applied the note is kept whole, as the general principles keep their basis', () => {
    for (const q of CORE_BANK.questions) expect(helpInScope(q.help, [])).toBe(q.help)
  })

  test('every case the bank cites by name in its notes is recognised as its own country’s law', () => {
    const prose = [...CORE_BANK.questions.map((q) => q.help), ...CORE_BANK.factors.map((f) => f.description)].join('\n')
    const missed: string[] = []
    const checked: string[] = []
    for (const source of CORE_BANK.sources) {
      const own = sourceProfiles(CORE_BANK, source)
      const party = /^([A-Z][\p{L}-]{3,})\b.*? v\.? /u.exec(source.citation)?.[1]
      if (own.length === 0 || !party || !new RegExp(`\\b${party}\\b`).test(prose)) continue
      checked.push(party)
      if (!profilesNamedIn(party).some((p) => own.includes(p))) missed.push(`${source.id}: ${party}`)
    }
    expect(checked).toEqual(expect.arrayContaining(['Zheng', 'Salinas', 'Butler', 'Vizcaino', 'Lepkowski']))
    expect(missed).toEqual([])
  })
})
