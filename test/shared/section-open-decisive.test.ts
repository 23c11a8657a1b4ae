import { describe, expect, test } from 'vitest'
import { DEFAULT_BANK } from '@shared/bank/bank-registry'
import { scoreAssessment } from '@shared/scoring/score'
import type { Answer } from '@shared/schemas/assessment'
import { decodeCells, encodeCells, resultSummaryOf } from '@shared/store/result-summary'
import { portfolioRows } from '@shared/portfolio/portfolio-rows'
import { portfolioCsv } from '@shared/portfolio/portfolio-csv'
import { buildReportModel } from '@shared/report/report-model'
import { makeReportFixture } from '../fixtures/report-fixtures'

/*
 * Vendor-manager review: the sample (Philippines) with PH-01 "We assume one of these applies but have not
 * verified it" was "Low 7.1, provisional" overall, but its Local law section read a plain "Low 11.1" in the
 * heat map, the CSV and the report: section bands were provisional for too little coverage, never for an open
 * question. Every other answer here is the least risky one, so Local law is sufficient, Low and holds PH-01 open.
 */
function answersWith(ph01: string): Record<string, Answer> {
  const answers: Record<string, Answer> = {}
  for (const q of DEFAULT_BANK.questions) {
    const low = [...q.options].sort((a, b) => a.risk - b.risk)[0]!
    const contract = q.contract ? [...q.contract.options].sort((a, b) => a.risk - b.risk)[0]!.id : undefined
    answers[q.id] = (contract ? { choice: low.id, contractChoice: contract } : { choice: low.id }) as Answer
  }
  answers['PH-01'] = { choice: ph01 } as Answer
  return answers
}
const score = (ph01: string) =>
  scoreAssessment({ bank: DEFAULT_BANK, profiles: ['philippines'], kind: 'annual', answers: answersWith(ph01) })
const section = (r: ReturnType<typeof score>, id: string) => r.sections.find((s) => s.sectionId === id)!
const { input } = makeReportFixture()
const assessmentWith = (ph01: string) => ({ ...input.assessment, profiles: ['philippines'], answers: answersWith(ph01) })

describe('a section holding an open decisive question', () => {
  test('lists it in openDecisive; answered, or in another section, nothing is open', () => {
    const open = score('not-verified')
    expect(open.sufficiency.decisiveUnanswered).toContain('PH-01')
    const law = section(open, 'jurisdiction')
    expect(law).toMatchObject({ band: 'low', sufficiency: 'sufficient', openDecisive: ['PH-01'] })
    expect(section(open, 'governance').openDecisive).toEqual([])
    expect(section(score('dole-registered'), 'jurisdiction').openDecisive).toEqual([])
  })

  test('the index summary keeps it per cell, and the applied profiles', () => {
    const ids = DEFAULT_BANK.sections.map((s) => s.id)
    const cells = decodeCells(encodeCells(score('not-verified')), ids)!
    expect(cells.find((c) => c.sectionId === 'jurisdiction')?.open).toBe(true)
    expect(cells.find((c) => c.sectionId === 'governance')?.open).toBe(false)
    expect(decodeCells(encodeCells(score('dole-registered')), ids)!.find((c) => c.sectionId === 'jurisdiction')?.open).toBe(false)
    const summary = resultSummaryOf(assessmentWith('not-verified'), [DEFAULT_BANK])
    expect(summary.kind === 'scored' && summary.profiles).toEqual(['philippines'])
  })

  test('the portfolio CSV reads "Low, provisional" for it, plain "Low" once answered', () => {
    const title = DEFAULT_BANK.sections.find((s) => s.id === 'jurisdiction')!.title
    const bandOf = (ph01: string): string => {
      const rows = portfolioRows([input.engagement], [assessmentWith(ph01)], [DEFAULT_BANK], '2026-12-01')
      // split on the commas outside quotes
      const [header, line] = portfolioCsv(rows, DEFAULT_BANK)
        .trim()
        .split('\r\n')
        .map((l) => l.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/))
      return line![header!.indexOf(`${title} band`)]!
    }
    expect(bandOf('not-verified')).toBe('"Low, provisional"')
    expect(bandOf('dole-registered')).toBe('Low')
  })

  test('the report marks the section provisional (no band colour in "Scores by section"); answered, it is not', () => {
    const model = (ph01: string) => buildReportModel({ ...input, assessment: assessmentWith(ph01), result: score(ph01) })
    expect(model('not-verified').sections.find((s) => s.id === 'jurisdiction')?.provisionalBand).toBe(true)
    expect(model('dole-registered').sections.find((s) => s.id === 'jurisdiction')?.provisionalBand).toBe(false)
  })

  test('a portfolio row names the delivery countries its assessment did not assess under their own law', () => {
    const engagement = { ...input.engagement, deliveryCountries: ['PH', 'PL'] as const }
    const [row] = portfolioRows(
      [{ ...engagement, deliveryCountries: [...engagement.deliveryCountries] }],
      [assessmentWith('dole-registered')],
      [DEFAULT_BANK],
      '2026-12-01'
    )
    expect(row?.countriesNotAssessed).toEqual(['PL'])
  })
})
