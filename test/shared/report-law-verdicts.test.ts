import { describe, expect, it } from 'vitest'
import { firedLine, lawAsAtNote, lawOlderThanAYear, lawResultText, verdictAsOf } from '@shared/report/law-verdicts'
import { createReportRenderer } from '@shared/report/render/render-report'
import { buildReportModel } from '@shared/report/report-model'
import { extractPdf } from '../fixtures/pdf-extract'
import { reportFonts } from '../fixtures/report-fixtures'
import { exampleReportInput, germanyAsIn2026_3 } from '../helpers/example-report'
import type { Assessment } from '@shared/schemas/assessment'

const flat = (text: string): string => text.replace(/\s+/g, ' ')

describe('"Under each law applied" in the report (issue 11: counsel sees per law which verdict was reached)', () => {
  it('gives each applied law its result and its verdict in the words scoring gives it, with the findings fired under it', () => {
    const input = exampleReportInput('permatemp-staff-augmentation.json')
    const model = buildReportModel(input)
    expect(input.result.verdicts.length).toBe(2)
    expect(model.lawVerdicts.map((v) => v.name)).toEqual(input.result.verdicts.map((v) => v.name))
    input.result.verdicts.forEach((v, i) => {
      const row = model.lawVerdicts[i]!
      expect(row.verdict).toBe(v.verdict)
      expect(row.result).toBe(`Critical, ${v.rounded.toFixed(1)}`)
      expect(row.band).toBe('critical')
      for (const f of v.findings)
        expect(row.fired).toContain(
          `${f.title} (${f.questionIds.join(', ')}${f.nature === 'exposure' ? ', an exposure, not employment' : ''})`
        )
    })
  })

  it('prints the table on the executive summary page, before the recommendation, with every verdict and the countries not assessed', async () => {
    const model = buildReportModel(exampleReportInput('managed-contact-centre.json'))
    const pages = (await extractPdf(createReportRenderer(reportFonts()).render(model))).pages.map(flat)
    const summary = pages.find((p) => p.includes('Executive summary') && p.includes('RECOMMENDATION'))
    expect(summary).toBeDefined()
    const at = summary!.indexOf('Under each law applied')
    expect(at).toBeGreaterThan(-1)
    expect(at).toBeLessThan(summary!.indexOf('RECOMMENDATION'))
    const verdict = model.lawVerdicts[0]!
    // the first words of the verdict as wrapped in its cell
    expect(summary).toContain(verdict.verdict.split(' ').slice(0, 6).join(' '))
    expect(summary).toContain('Low, 3.3')
    expect(summary).toContain('Poland: not assessed under local law')
    expect(model.notAssessedCountries).toEqual([expect.stringMatching(/^Poland: not assessed under local law/)])
  }, 30_000)

  it('marks a verdict on too little information provisional, and gives no band for it', () => {
    const input = exampleReportInput('onboarding-pre-contract.json')
    expect(input.result.sufficiency.status).toBe('insufficient')
    const row = buildReportModel(input).lawVerdicts[0]!
    expect(row.band).toBeNull()
    // a Low on too little information is not named, even provisionally (counsel and vendor-manager reviews)
    expect(row.result).toMatch(/^Insufficient information \(too little answered to give a band; \d+\.\d so far\)$/)
    expect(row.result).not.toContain('Low')
    expect(row.verdict.startsWith('Provisional: ') || row.verdict.startsWith('Insufficient information')).toBe(true)
  })
})

describe('a law’s result and findings say what they are (counsel review)', () => {
  it('a band a question still open could raise is provisional, as the gauge says; a Critical stays as it is', () => {
    expect(lawResultText('sufficient', 'high', 71.2, true)).toBe('High, 71.2, provisional')
    expect(lawResultText('sufficient', 'high', 71.2, false)).toBe('High, 71.2')
    expect(lawResultText('sufficient', 'critical', 92.9, true)).toBe('Critical, 92.9')
    // the German example as answered under bank 2026.3: DE-03's N/A is contradicted, so it is open, and the table says so
    const model = buildReportModel(exampleReportInput('germany-client-instructions.json', { assessment: germanyAsIn2026_3 }))
    expect(model.lawVerdicts[0]?.result).toBe('High, 71.2, provisional')
    expect(model.recommendation.reasons.join(' ')).toContain('the band could still rise')
  })

  it('a law is provisional only for questions open under that law: a German question open leaves the UK result standing', () => {
    // as answered under 2026.3, where DE-03's N/A beside leasing in substance leaves it open
    const input = exampleReportInput('germany-client-instructions.json', {
      assessment: (a) => germanyAsIn2026_3({ ...a, profiles: [...a.profiles, 'united-kingdom'] })
    })
    const [germany, uk] = input.result.verdicts
    expect([germany?.profileId, uk?.profileId]).toEqual(['germany', 'united-kingdom'])
    expect(germany?.openDecisive).toContain('DE-03')
    expect(uk?.openDecisive).not.toContain('DE-03')
    expect(germany?.openDecisive.some((id) => id.startsWith('UK-'))).toBe(false)
    // every law's open questions are among the overall ones, and the overall ones are the laws' and open knock-outs
    for (const v of input.result.verdicts)
      for (const id of v.openDecisive) expect(input.result.sufficiency.decisiveUnanswered).toContain(id)
    const rows = buildReportModel(input).lawVerdicts
    expect(rows[0]?.result).toMatch(/, provisional$/)
    expect(rows[1]?.result.endsWith(', provisional')).toBe(uk!.openDecisive.length > 0 && uk!.band !== 'critical')
  })

  it('a Critical result with a question open says the score, not the band, could still rise', () => {
    const input = exampleReportInput('philippines-unregistered-vendor.json')
    const model = buildReportModel(input)
    expect(model.overall.band).toBe('critical')
    // PH-04 "We have not checked" says the fact is not known, so it stays open (2026.4)
    expect(input.result.sufficiency.decisiveUnanswered).toEqual(['PAY-04', 'CON-06', 'PH-02', 'PH-04'])
    const reasons = model.recommendation.reasons.join(' ')
    expect(reasons).toContain('the score could still rise (the band is already the highest)')
    expect(reasons).not.toContain('the band could still rise')
  })

  it('an exposure fired under a law is marked as not employment', () => {
    const finding = (nature: 'employment' | 'exposure') =>
      ({
        ruleId: 'r',
        kind: 'decisive',
        nature,
        band: 'high',
        title: 'On-site work',
        verdict: 'v',
        questionIds: ['CA-01'],
        sources: []
      }) as never
    expect(firedLine([finding('exposure')])).toBe('Fired: On-site work (CA-01, an exposure, not employment)')
    expect(firedLine([finding('employment')])).toBe('Fired: On-site work (CA-01)')
  })
})

describe('a law stated more than a year before the assessment is said to be (issue 11)', () => {
  it('is stale only after twelve whole months', () => {
    expect(lawOlderThanAYear('2025-11-30', '2026-11-30')).toBe(false)
    expect(lawOlderThanAYear('2025-11-30', '2026-12-01')).toBe(true)
    expect(lawOlderThanAYear('2025-11-30', '2026-06-01')).toBe(false)
    expect(lawOlderThanAYear('2024-02-29', '2025-02-28')).toBe(false)
    expect(lawOlderThanAYear('2024-02-29', '2025-03-01')).toBe(true)
    const read = (date: string) => ({ date, signedOff: false, readOn: date })
    expect(lawAsAtNote('2025-11-30', read('2026-11-30'))).toEqual({ text: 'Law as at 30 November 2025', stale: false })
    // the date compared with is named: the day a draft is read or printed, or a final's sign-off
    expect(lawAsAtNote('2025-11-30', read('2026-12-01'))).toEqual({
      text: 'Law as at 30 November 2025, more than a year before 1 December 2026: check for changes since.',
      stale: true
    })
    expect(lawAsAtNote('2025-11-30', { date: '2026-12-01', signedOff: true, readOn: '2026-12-01' }).text).toBe(
      'Law as at 30 November 2025, more than a year before its sign-off on 1 December 2026: check for changes since.'
    )
    // signed while the law was current, read more than a year after the law's date (counsel review)
    expect(lawAsAtNote('2025-11-30', { date: '2026-10-05', signedOff: true, readOn: '2026-12-06' })).toEqual({
      text: 'Law as at 30 November 2025: under a year old at its sign-off on 5 October 2026, but more than a year before 6 December 2026: check for changes since.',
      stale: true
    })
    expect(lawAsAtNote('2025-11-30', { date: '2026-10-05', signedOff: true, readOn: '2026-11-30' }).stale).toBe(false)
    // a law stated as at a date after the sign-off is not what the sign-off relied on (counsel review)
    expect(lawAsAtNote('2025-11-30', { date: '2025-10-06', signedOff: true, readOn: '2026-12-06' })).toEqual({
      text: 'Law as at 30 November 2025, after its sign-off on 6 October 2025: this statement of the law is later than the sign-off, so it is not what the sign-off relied on.',
      stale: true
    })
  })

  it('a final speaks as at its sign-off; anything else as at now', () => {
    const signOff = { finalizedAt: '2026-10-05T09:24:00.000Z' }
    expect(verdictAsOf({ status: 'final', signOff } as never, '2028-01-01T00:00:00.000Z')).toEqual({
      date: '2026-10-05',
      signedOff: true,
      readOn: '2028-01-01'
    })
    expect(verdictAsOf({ status: 'in-review', signOff: undefined }, '2028-01-01T00:00:00.000Z')).toEqual({
      date: '2028-01-01',
      signedOff: false,
      readOn: '2028-01-01'
    })
  })

  it('the report says it beside the law, in the summary table and the jurisdictions, on the day after the threshold and not on it', () => {
    // the same answers, not signed off, so the report speaks as at its generation time (law as at 30 November 2025)
    const draft = exampleReportInput('managed-contact-centre.json', {
      assessment: (a) => ({ ...a, status: 'in-review' as const, signOff: undefined })
    })
    const on = buildReportModel({ ...draft, generatedAt: '2026-11-30T23:00:00.000Z' })
    const after = buildReportModel({ ...draft, generatedAt: '2026-12-01T00:00:00.000Z' })
    expect(on.lawVerdicts[0]).toMatchObject({ lawAsAt: 'Law as at 30 November 2025', lawAsAtStale: false })
    expect(on.jurisdictions[0]).toMatchObject({ lawAsAt: 'Law as at 30 November 2025', lawAsAtStale: false })
    const warning = 'Law as at 30 November 2025, more than a year before 1 December 2026: check for changes since.'
    expect(after.lawVerdicts[0]).toMatchObject({ lawAsAt: warning, lawAsAtStale: true })
    expect(after.jurisdictions[0]).toMatchObject({ lawAsAt: warning, lawAsAtStale: true })
  })

  it('a final signed within the year keeps its verdict, but a report printed over a year after the law says so (counsel review)', () => {
    const final = exampleReportInput('managed-contact-centre.json')
    expect(final.assessment.status).toBe('final')
    const within = buildReportModel({ ...final, generatedAt: '2026-11-30T12:00:00.000Z' })
    expect(within.lawVerdicts[0]?.lawAsAtStale).toBe(false)
    const model = buildReportModel({ ...final, generatedAt: '2029-01-01T00:00:00.000Z' })
    expect(model.lawVerdicts[0]?.lawAsAtStale).toBe(true)
    expect(model.lawVerdicts[0]?.lawAsAt).toBe(
      'Law as at 30 November 2025: under a year old at its sign-off on 5 October 2026, but more than a year before 1 January 2029: check for changes since.'
    )
  })
})

describe('the amplifier sentences say what the formula does (methodology 2.5)', () => {
  it('never says amplifiers multiply or raise the control points by a percentage', () => {
    const input = exampleReportInput('germany-client-instructions.json')
    expect(input.result.amplification.total).toBeGreaterThan(0)
    const model = buildReportModel(input)
    const method = model.method.flatMap((m) => m.paragraphs).join(' ')
    const amplifierFindings = model.findings.flatMap((f) => (f.amplifier ? [f.amplifier] : []))
    expect(amplifierFindings.length).toBeGreaterThan(0)
    const all = [method, ...model.overall.explanation, ...amplifierFindings].join(' ')
    expect(all).not.toMatch(/multiply the control points|raise control points by|raises the control score by/)
    expect(method).toContain(
      'closes part of the distance between the score and 100: that distance, times the amplification, times the share of the maximum points that the control points found make up'
    )
    expect(model.overall.explanation[0]).toContain('close part of the distance to 100 in proportion to the control points found')
    // an amplifier carries no points: it is not shown as "0.0 of 212.1 points (0%)", which read as weighing nothing
    const amplifiers = model.findings.filter((f) => f.amplifier && f.points === 0)
    expect(amplifiers.length).toBeGreaterThan(0)
    for (const f of amplifiers) {
      expect(f.pointsText).toBe('No points: amplifies')
      expect(f.share).toMatch(/^\+\d+%$/)
    }
    expect(model.findings.filter((f) => f.points > 0).every((f) => / of [\d.]+ points$/.test(f.pointsText))).toBe(true)
  })
})

describe('exposures are kept apart from employment, and never left out of the recommendation (counsel review)', () => {
  const draft = (a: Assessment): Assessment => ({ ...a, status: 'in-review', signOff: undefined })

  it('an AWR exposure fired: no "Accept"; the exposure is named in the recommendation, and the band is not lifted', () => {
    const plain = exampleReportInput('managed-contact-centre.json', { assessment: draft })
    const awr = exampleReportInput('managed-contact-centre.json', {
      assessment: (a) => draft({ ...a, answers: { ...a.answers, 'UK-02': { choice: 'in-scope-not-honoured' } } })
    })
    expect(buildReportModel(plain).recommendation.kind).toBe('accept')
    const model = buildReportModel(awr)
    expect(awr.result.decisive.map((f) => f.nature)).toEqual(['exposure'])
    expect(awr.result.overall.band).toBe(plain.result.overall.band)
    expect(model.recommendation.kind).toBe('remediate')
    // the law's answer on employment comes first, the exposure beside it (it had replaced the UK verdict)
    expect(awr.result.verdicts[0]?.verdict).toBe(
      `No finding of employment by you under the law of the United Kingdom. An exposure of its own, not employment: ${awr.result.decisive[0]!.verdict}`
    )
    const reasons = model.recommendation.reasons.join(' ')
    expect(reasons).toContain(`An exposure, not employment (${awr.result.decisive[0]!.title})`)
    expect(reasons).not.toContain('no decisive findings')
  })

  it('answers carried forward and not confirmed bar "Accept" (vendor-manager review: a rubber-stamped cycle read Low, accept)', () => {
    const carried = exampleReportInput('managed-contact-centre.json', {
      assessment: (a) =>
        draft({ ...a, answers: Object.fromEntries(Object.entries(a.answers).map(([id, ans]) => [id, { ...ans, carried: true }])) })
    })
    expect(carried.result.coverage.carriedUnconfirmed).toBeGreaterThan(0)
    const model = buildReportModel(carried)
    expect(model.recommendation.kind).toBe('remediate')
    expect(model.recommendation.reasons.join(' ')).toContain('carried forward from the last cycle are not confirmed for this one')
  })

  it('a question open only on an exposure does not make the result provisional; it is listed apart', () => {
    const open = exampleReportInput('managed-contact-centre.json', {
      assessment: (a) => {
        const { 'UK-01': _tupe, 'UK-02': _awr, ...answers } = a.answers
        return draft({ ...a, answers })
      }
    })
    const uk = open.result.verdicts[0]!
    expect(uk.openExposures).toEqual(expect.arrayContaining(['UK-01', 'UK-02']))
    expect(uk.openDecisive.filter((id) => id === 'UK-01' || id === 'UK-02')).toEqual([])
    const model = buildReportModel(open)
    const row = model.lawVerdicts[0]!
    expect(row.result).not.toContain('provisional')
    // it cannot raise the band, but it could add a liability: no "Accept" until it is answered (attacker review)
    expect(model.recommendation.kind).toBe('remediate')
    expect(model.recommendation.reasons.join(' ')).toContain('Still open and able to add an exposure of its own')
    expect(row.openExposures).toBe(
      `Still open: could add a liability of its own, weighed apart from whether you employ the agents now: ${uk.openExposures.join(', ')}`
    )
  })
})
