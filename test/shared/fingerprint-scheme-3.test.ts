import { describe, expect, it } from 'vitest'
import { DEFAULT_BANK } from '@shared/bank/bank-registry'
import { readExchangeFile } from '@shared/exchange/validate-exchange'
import { fingerprintAssessment, signAssessment } from '@shared/integrity/fingerprint'
import { verifySignOff } from '@shared/integrity/verify-sign-off'
import { changeSinceLastText } from '@shared/report/compared-as-signed'
import { comparisonFor } from '@shared/report/comparison'
import { buildPacketModel } from '@shared/report/packet/packet-model'
import { entryReportModel } from '@shared/report/packet/packet-report'
import { createReportRenderer } from '@shared/report/render/render-report'
import { buildReportModel, documentIdFor } from '@shared/report/report-model'
import { AssessmentSchema, type Assessment } from '@shared/schemas/assessment'
import { emptyStoreDoc } from '@shared/store/store-schema'
import { finalizeAssessmentIn } from '@shared/workflow/assessment-ops'
import { BUILTIN_BANKS } from '../fixtures/builtin-banks'
import { GENERATED_AT, makeAssessment, makeReportFixture, reportFonts } from '../fixtures/report-fixtures'
import { schemeThreeFixture, schemeThreeInput, SIGNED_AT } from '../fixtures/scheme-three'
import { signUnderSchemeTwo } from '../fixtures/scheme-two'
import { readPdf } from '../helpers/pdf-text'

const { engagement, earlier, signed, file } = schemeThreeFixture()
const [final2024, final2025] = earlier as [Assessment, Assessment]
const historyIds = (assessments: readonly Assessment[]) => schemeThreeInput(file, assessments).history.map((h) => h.assessment.id)

/** A "final" anyone can make: another assessment, signed with a valid fingerprint and dated before our final. */
function forgedEarlierFinal(): Assessment {
  const base = makeAssessment({ cycle: 3, status: 'in-review', engagement })
  const forged: Assessment = { ...base, id: 'asm-forged', title: 'Annual review 2026 (interim)', createdAt: '2026-01-05T09:00:00.000Z' }
  const fields = {
    assessorName: 'A. Nother',
    reviewerName: 'R. Eviewer',
    attestation: 'Reviewed.',
    finalizedAt: '2026-06-30T12:00:00.000Z'
  }
  return signAssessment(forged, fields, engagement, DEFAULT_BANK, [])
}

describe('fingerprint scheme 3: a final records the finals it compares with', () => {
  it('a final signed after two earlier finals records both (id and sign-off fingerprint), and not the draft', () => {
    expect(signed.signOff?.scheme).toBe(3)
    expect(signed.signOff?.comparedWith).toEqual([
      { id: final2024.id, fingerprint: final2024.signOff?.fingerprint },
      { id: final2025.id, fingerprint: final2025.signOff?.fingerprint }
    ])
    expect(verifySignOff(signed, DEFAULT_BANK)).toEqual({ ok: true, value: { scheme: 3, fingerprint: signed.signOff?.fingerprint } })
    expect(AssessmentSchema.safeParse(signed).success).toBe(true)
  })

  it('the finals recorded are covered by the fingerprint: dropping or swapping one breaks the sign-off', () => {
    const recorded = signed.signOff!.comparedWith!
    for (const comparedWith of [recorded.slice(1), [recorded[0]!, { ...recorded[1]!, fingerprint: 'f'.repeat(64) }], []]) {
      const r = verifySignOff({ ...signed, signOff: { ...signed.signOff!, comparedWith } }, DEFAULT_BANK)
      expect(r.ok).toBe(false)
      if (!r.ok) expect(r.error.message).toContain('changed after it was signed off')
    }
  })

  it('a file holding the scheme 3 final is read (import, restore and validate check it so)', () => {
    const read = readExchangeFile(JSON.stringify(file), BUILTIN_BANKS, GENERATED_AT)
    expect(read.ok).toBe(true)
  })

  it('the schema holds each scheme to its fields: scheme 3 needs its list, schemes 1 and 2 may not have one, an id is listed once', () => {
    const { comparedWith, ...withoutList } = signed.signOff!
    const refused = (signOff: unknown) => AssessmentSchema.safeParse({ ...signed, signOff }).error?.issues.map((i) => i.path.join('.'))
    expect(refused(withoutList)).toEqual(['signOff.comparedWith'])
    expect(refused({ ...signed.signOff, scheme: 2 })).toEqual(['signOff.comparedWith'])
    expect(refused({ ...signed.signOff, comparedWith: [comparedWith![0], comparedWith![0]] })).toEqual(['signOff.comparedWith.1.id'])
  })

  it('its report compares with exactly the recorded finals, and says nothing more while the data holds them as signed', () => {
    const input = schemeThreeInput(file, file.assessments)
    expect(input.history.map((h) => h.assessment.id)).toEqual([final2024.id, final2025.id])
    const model = buildReportModel(input)
    expect(model.changes?.previous.title).toBe('Annual review 2025')
    expect(model.comparedAsSigned).toEqual({
      none: expect.any(String),
      missingIntro: null,
      missing: [],
      changeSinceLast: null,
      trendNote: null
    })
  })

  it('a recorded final deleted from the data: the report says which, compares without it, and the fingerprint still verifies', () => {
    const genuine = buildReportModel(schemeThreeInput(file, file.assessments))
    const withoutLatest = file.assessments.filter((a) => a.id !== final2025.id)
    expect(historyIds(withoutLatest)).toEqual([final2024.id])
    const model = buildReportModel(schemeThreeInput(file, withoutLatest))
    // the comparison differs accordingly (with 2024 now), and the report says so rather than pass it for the one signed
    expect(model.changes?.previous.title).toBe('Annual review 2024')
    expect(model.trend.map((t) => t.date)).toEqual(genuine.trend.filter((t) => !t.date.includes('2025')).map((t) => t.date))
    expect(model.comparedAsSigned?.missingIntro).toBe(
      'This final was signed to be compared with 2 earlier finals, recorded in its sign-off and covered by its fingerprint. 1 of them cannot be compared from the data this report was made from, so the comparison and the trend here leave it out and are not the ones made at sign-off:'
    )
    expect(model.comparedAsSigned?.missing).toEqual([
      `The final with id asm-2025 (its own report's document id ${documentIdFor(final2025.signOff!.fingerprint)}) is not in the data this report was made from.`
    ])
    // same fingerprint and document id: the sign-off holds, and the report says what the data lacks
    expect(verifySignOff(signed, DEFAULT_BANK).ok).toBe(true)
    expect(model.fingerprint).toBe(signed.signOff?.fingerprint)
    expect(model.documentId).toBe(genuine.documentId)

    const withNeither = file.assessments.filter((a) => !earlier.includes(a))
    const alone = buildReportModel(schemeThreeInput(file, withNeither))
    expect(alone.changes).toBeNull()
    expect(alone.comparedAsSigned?.missingIntro).toBe(
      'This final was signed to be compared with 2 earlier finals, recorded in its sign-off and covered by its fingerprint. None of them can be compared from the data this report was made from, so nothing is compared here, though it was at sign-off:'
    )
    expect(alone.comparedAsSigned?.missing).toHaveLength(2)
  })

  it('a recorded final the data lacks: the key figures and the trend say so too, never "First on record"', () => {
    const withoutLatest = buildReportModel(
      schemeThreeInput(
        file,
        file.assessments.filter((a) => a.id !== final2025.id)
      )
    )
    expect(withoutLatest.comparedAsSigned?.changeSinceLast).toBe(
      `${changeSinceLastText(withoutLatest.changes!)}; 1 earlier final recorded at sign-off is not in this data, so left out (see What changed)`
    )
    expect(withoutLatest.comparedAsSigned?.trendNote).toBe(
      'This trend leaves out 1 earlier final recorded at sign-off that is not in this data (see What changed in the executive summary).'
    )
    const alone = buildReportModel(
      schemeThreeInput(
        file,
        file.assessments.filter((a) => !earlier.includes(a))
      )
    )
    expect(alone.changes).toBeNull()
    expect(alone.comparedAsSigned?.changeSinceLast).toBe(
      'Not compared: 2 earlier finals recorded at sign-off are not in this data (see What changed)'
    )
    expect(alone.comparedAsSigned?.trendNote).toBeNull()
    // one the data holds otherwise is not "not in this data": it cannot be compared from it
    const unscored = buildReportModel(
      schemeThreeInput(
        file,
        file.assessments.filter((a) => a.id !== final2025.id).map((a) => (a.id === final2024.id ? { ...a, title: 'Changed' } : a))
      )
    )
    expect(unscored.comparedAsSigned?.changeSinceLast).toBe(
      'Not compared: 2 earlier finals recorded at sign-off cannot be compared from this data (see What changed)'
    )
  })

  it('the printed summary says the recorded final is not compared, not "First on record" (employment-counsel review)', async () => {
    const renderer = createReportRenderer(reportFonts())
    // the key figures to the end of "What changed" (and the trend, on the risk profile's pages), as printed
    const printed = async (assessments: readonly Assessment[]) => {
      const all = (await readPdf(renderer.render(buildReportModel(schemeThreeInput(file, assessments))))).pages
        .join('\n')
        .replace(/\s+/g, ' ')
      const trend = all.indexOf('Trend across assessments')
      const start = all.indexOf('Overall score')
      return `${all.slice(start, all.indexOf('2. Scope and method', start))} ${trend < 0 ? '' : all.slice(trend, trend + 600)}`
    }
    const alone = await printed(file.assessments.filter((a) => !earlier.includes(a)))
    expect(alone).not.toContain('First on record')
    expect(alone).toContain(
      'Change since last cycle Not compared: 2 earlier finals recorded at sign-off are not in this data (see What changed)'
    )
    const withoutLatest = await printed(file.assessments.filter((a) => a.id !== final2025.id))
    expect(withoutLatest).toMatch(
      /Change since last cycle \S+ \(was [0-9.]+ \w+\); 1 earlier final recorded at sign-off is not in this data, so left out/
    )
    expect(withoutLatest).toContain('This trend leaves out 1 earlier final recorded at sign-off that is not in this data')
    // with every recorded final in the data the summary is as before
    const whole = await printed(file.assessments)
    expect(whole).not.toMatch(/Not compared|leaves out|First on record/)
    expect(whole).toMatch(/Change since last cycle \S+ \(was [0-9.]+ \w+\) /)
  }, 60_000)

  it('a forged earlier "final" added to the data is not compared: the report is the same', () => {
    const forged = forgedEarlierFinal()
    expect(verifySignOff(forged, DEFAULT_BANK).ok).toBe(true)
    const withForged = [...file.assessments.slice(0, -1), forged, signed]
    expect(historyIds(withForged)).toEqual([final2024.id, final2025.id])
    expect(buildReportModel(schemeThreeInput(file, withForged))).toEqual(buildReportModel(schemeThreeInput(file, file.assessments)))
    // under scheme 2 the same forgery became what the report compared with (why scheme 3 exists)
    const old = makeReportFixture().file
    const oldFinal = old.assessments.at(-1)!
    const oldWithForged = [...old.assessments.slice(0, -1), { ...forged, engagementId: old.engagement.id }, oldFinal]
    expect(schemeThreeInput(old, oldWithForged).history.map((h) => h.assessment.id)).toContain('asm-forged')
  })

  it('a recorded final changed and signed again under its id is not taken for it: the report names the record the data holds', () => {
    const { signOff, ...unsigned } = final2025
    const { fingerprint: _f, scheme: _c, engagement: _e, bankSha256: _b, ...given } = signOff!
    const resigned = signUnderSchemeTwo(
      { ...unsigned, title: 'Annual review 2025 (amended)', status: 'in-review' },
      given,
      engagement,
      DEFAULT_BANK
    )
    const swapped = file.assessments.map((a) => (a.id === final2025.id ? resigned : a))
    expect(historyIds(swapped)).toEqual([final2024.id])
    const model = buildReportModel(schemeThreeInput(file, swapped))
    expect(model.comparedAsSigned?.missing).toEqual([
      `The final with id asm-2025 (its own report's document id ${documentIdFor(final2025.signOff!.fingerprint)}) is not in this data as signed: the data holds another record under that id (a final with document id ${documentIdFor(fingerprintAssessment(resigned))}).`
    ])
  })

  it('the same finals renumbered by an import that kept both are still the ones signed (ids are outside the fingerprint)', () => {
    const renumbered = file.assessments.map((a) => ({ ...a, id: `copy-${a.id}`, engagementId: 'eng-copy' }))
    const input = schemeThreeInput({ ...file, engagement: { ...engagement, id: 'eng-copy' } }, renumbered, `copy-${signed.id}`)
    expect(input.history.map((h) => h.assessment.id)).toEqual([`copy-${final2024.id}`, `copy-${final2025.id}`])
    expect(input.comparedAsSigned).toEqual({ recorded: 2, unmatched: [] })
  })

  it('a recorded final whose question bank is not available is named, not silently dropped', () => {
    const comparison = comparisonFor(signed, file.assessments, [])
    expect(comparison.kind === 'as-signed' && comparison.unmatched.map((u) => [u.id, u.reason])).toEqual([
      [final2024.id, 'bank-unavailable'],
      [final2025.id, 'bank-unavailable']
    ])
  })

  it('a first final records none, says so, and a forged earlier final added later changes nothing', () => {
    const current = makeAssessment({ cycle: 4, status: 'in-review', engagement })
    const doc = { ...emptyStoreDoc(), engagements: [engagement], assessments: [current] }
    const names = {
      assessorName: current.assessorName,
      reviewerName: current.reviewerName,
      attestation: 'Reviewed.',
      notReviewedReason: 'Later.'
    }
    // the fixture's period runs to 31 December, signed as before DECISIONS 225 (scheme-three.ts): the day given is its end
    const done = finalizeAssessmentIn(doc, { id: current.id, ...names }, [DEFAULT_BANK], SIGNED_AT, current.periodEnd)
    if (!done.ok) throw new Error(done.error.message)
    const first = done.value.value
    expect(first.signOff?.comparedWith).toEqual([])
    const only = { ...file, assessments: [first] }
    const model = buildReportModel(schemeThreeInput(only, [first]))
    expect(model.changes).toBeNull()
    expect(model.comparedAsSigned).toEqual({
      none: 'No final of this engagement had been signed before this one when it was signed off, so there is nothing to compare with.',
      missingIntro: null,
      missing: [],
      changeSinceLast: null,
      trendNote: null
    })
    expect(buildReportModel(schemeThreeInput(only, [forgedEarlierFinal(), first]))).toEqual(model)
  })

  it('a scheme 2 final keeps comparing with the finals the data holds, and its report model has no word of scheme 3', () => {
    const { input } = makeReportFixture()
    expect(input.assessment.signOff?.scheme).toBe(2)
    const old = makeReportFixture().file
    const made = schemeThreeInput(old, old.assessments)
    expect(made.comparedAsSigned).toBeUndefined()
    expect('comparedAsSigned' in buildReportModel(made)).toBe(false)
  })
})

describe('an audit packet prints the same comparison as the single report', () => {
  it("a member final's report names the recorded final the packet's data lacks, word for word as its own report does", () => {
    const withoutLatest = file.assessments.filter((a) => a.id !== final2025.id)
    const packet = buildPacketModel({
      records: [{ engagement, assessments: withoutLatest }],
      banks: BUILTIN_BANKS,
      generatedAt: GENERATED_AT
    })
    const member = entryReportModel(packet, packet.entries[0]!)
    expect(member?.comparedAsSigned?.missing).toEqual([
      `The final with id asm-2025 (its own report's document id ${documentIdFor(final2025.signOff!.fingerprint)}) is not in the data this report was made from.`
    ])
    expect(member).toEqual(buildReportModel(schemeThreeInput(file, withoutLatest)))
  })
})
