import { describe, expect, test } from 'vitest'
import { DEFAULT_BANK } from '@shared/bank/bank-registry'
import { emptyStoreDoc, type StoreDoc } from '@shared/store/store-schema'
import { finalizeAssessmentIn, startRevisionIn } from '@shared/workflow/assessment-ops'
import { directionDateError } from '@shared/schemas/finalize-form'
import { REVISION_ID, revisionFixture } from '../fixtures/revision'
import { createStoreService } from '@shared/service/store-service'
import { memoryFiles, memoryPersistence, sequentialIds, testReports } from '../helpers/memory-persistence'
import { engagementFields } from '../helpers/engagement-fields'
import { SIGN_OFF, value } from './store-session-fixtures'
import { fakeApi } from '../helpers/fake-api'
import { comparedAsSignedView } from '@shared/report/compared-as-signed'
import { revisionLinkProblem } from '@shared/workflow/revision-cycles'
import { readExampleEngagement } from '../helpers/example-report'
import { asSignedUnderSchemeThree } from '../fixtures/scheme-three'

const NOW = '2026-12-05T10:00:00.000Z'

function docOf(): { doc: StoreDoc; correctedId: string } {
  const { corrected, file } = revisionFixture()
  return { doc: { ...emptyStoreDoc(), engagements: [file.engagement], assessments: [...file.assessments] }, correctedId: corrected.id }
}

describe('one correction at a time, each building on the last (vendor-manager review)', () => {
  test('a final its signed revision replaced cannot be revised again: the revision that stands is named', () => {
    const { doc, correctedId } = docOf()
    const again = startRevisionIn(doc, correctedId, 'asm-second-rev', [DEFAULT_BANK], NOW)
    expect(again.ok).toBe(false)
    expect(!again.ok && again.error.message).toMatch(
      /^This final was replaced by its signed revision \(.+, started 2026-11-30\): revise that one instead/
    )
    // the revision itself can be revised
    expect(startRevisionIn(doc, REVISION_ID, 'asm-rev-of-rev', [DEFAULT_BANK], NOW).ok).toBe(true)
  })

  test('a final with a revision still open cannot get a second one', () => {
    const { doc } = docOf()
    const first = startRevisionIn(doc, REVISION_ID, 'asm-rev-2', [DEFAULT_BANK], NOW)
    if (!first.ok) throw new Error(first.error.message)
    const second = startRevisionIn(first.value.doc, REVISION_ID, 'asm-rev-3', [DEFAULT_BANK], NOW)
    expect(!second.ok && second.error.message).toMatch(
      /^A revision of this final is already open \(.+, started 2026-12-05\): continue that one\.$/
    )
  })
})

describe('a sign-off attests to a whole period that has ended (attacker review)', () => {
  const inReview = (period: { periodStart?: string; periodEnd?: string }): StoreDoc => {
    const { doc } = docOf()
    const started = startRevisionIn(doc, REVISION_ID, 'asm-rev-p', [DEFAULT_BANK], NOW)
    if (!started.ok) throw new Error(started.error.message)
    const { periodStart: _s, periodEnd: _e, ...rest } = started.value.value
    return {
      ...started.value.doc,
      assessments: started.value.doc.assessments.map((a) =>
        a.id === 'asm-rev-p' ? { ...rest, ...period, status: 'in-review' as const } : a
      )
    }
  }
  const finalize = (doc: StoreDoc) =>
    finalizeAssessmentIn(
      doc,
      { id: 'asm-rev-p', assessorName: 'A. Assessor', reviewerName: 'R. Reviewer', attestation: 'We attest.', notReviewedReason: 'Later.' },
      [DEFAULT_BANK],
      NOW
    )

  test('an imported draft holding half a period, or an inverted one, is not signed', () => {
    const half = finalize(inReview({ periodStart: '2027-06-01' }))
    expect(!half.ok && half.error.message).toMatch(/^Give both the start and the end of the period, or neither\. Correct the review period/)
    const inverted = finalize(inReview({ periodStart: '2026-11-30', periodEnd: '2026-01-01' }))
    expect(!inverted.ok && inverted.error.message).toMatch(/^The end of the period must be after its start\./)
    expect(finalize(inReview({ periodStart: '2026-01-01', periodEnd: '2026-11-30' })).ok).toBe(true)
  })
})

describe('report files of one cycle never share a name (vendor-manager review)', () => {
  test('a final’s report names its document id, and a revision’s says it is one', async () => {
    const saved = memoryFiles()
    const clock = { now: () => '2026-11-25T10:00:00.000Z', today: () => '2026-11-25' }
    const api = await createStoreService({
      edition: 'desktop',
      persistence: memoryPersistence().persistence,
      files: saved.files,
      reports: testReports,
      clock,
      ids: sequentialIds('f')
    })
    const e = value(await api.createEngagement({ fields: engagementFields() }))
    const a = value(await api.startAssessment({ engagementId: e.id, kind: 'annual' }))
    value(await api.saveAnswer({ assessmentId: a.id, questionId: 'SUP-01', answer: { choice: 'vendor-only', contractChoice: 'silent' } }))
    value(await api.setAssessmentStatus({ assessmentId: a.id, status: 'in-review' }))
    value(await api.finalizeAssessment({ assessmentId: a.id, ...SIGN_OFF }))
    const revision = value(await api.startRevision({ assessmentId: a.id }))
    value(await api.setAssessmentStatus({ assessmentId: revision.id, status: 'in-review' }))
    value(await api.finalizeAssessment({ assessmentId: revision.id, ...SIGN_OFF }))
    value(await api.exportReportPdf({ assessmentId: a.id }))
    value(await api.exportReportPdf({ assessmentId: revision.id }))
    const [finalName, revisionName] = saved.saved.map((f) => f.suggestedName)
    expect(finalName).toMatch(/-final-AL-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-2026-11-25\.pdf$/)
    expect(revisionName).toMatch(/-final-revision-AL-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-2026-11-25\.pdf$/)
    expect(revisionName).not.toBe(finalName)
  })
})

describe('a verdict is the reviewer’s, given in review (vendor-manager review)', () => {
  test('refused on a draft, where a comment may still be left; given once sent for review', async () => {
    const { api } = await fakeApi()
    const e = value(await api.createEngagement({ fields: engagementFields() }))
    const a = value(await api.startAssessment({ engagementId: e.id, kind: 'annual' }))
    value(
      await api.saveAnswer({ assessmentId: a.id, questionId: 'SUP-01', answer: { choice: 'direct-routine', contractChoice: 'silent' } })
    )
    const early = await api.setReview({ assessmentId: a.id, questionId: 'SUP-01', verdict: 'acceptable', comment: '' })
    expect(!early.ok && early.error.message).toBe(
      'A reviewer verdict is given once the assessment is sent for review: send it for review first.'
    )
    expect((await api.setReview({ assessmentId: a.id, questionId: 'SUP-01', verdict: null, comment: 'Ask the vendor' })).ok).toBe(true)
    value(await api.setAssessmentStatus({ assessmentId: a.id, status: 'in-review' }))
    expect((await api.setReview({ assessmentId: a.id, questionId: 'SUP-01', verdict: 'to-correct', comment: 'Ask the vendor' })).ok).toBe(
      true
    )
  })
})

describe('a revision with no earlier cycle does not say no final came before it (attacker review)', () => {
  test('its comparison names the cycle, not the final it corrects', () => {
    const corrected = { id: 'f1', title: 'Annual 2026', finalizedAt: '2026-01-10T10:00:00.000Z', fingerprint: 'a'.repeat(64) }
    const revision = comparedAsSignedView(
      {
        comparedAsSigned: { recorded: 0, unmatched: [] },
        revision: { revisionOf: corrected, revisionOfBound: false, replacedBy: [], replacedByBound: false }
      },
      null
    )
    expect(revision?.none).toMatch(/^No earlier cycle of this engagement \(before the one this revision corrects\) had been signed/)
    const first = comparedAsSignedView({ comparedAsSigned: { recorded: 0, unmatched: [] } }, null)
    expect(first?.none).toMatch(/^No final of this engagement had been signed before this one/)
  })
})

describe('a relinked final is refused when its own sign-off records the target as a cycle compared with (attacker review)', () => {
  test('the 2026 final "revising" the 2025 final it was signed to compare with is not a link the app made', () => {
    const { assessments } = readExampleEngagement('managed-contact-centre.json')
    const [older, newer] = assessments
    expect(newer!.signOff?.comparedWith?.map((c) => c.id)).toContain(older!.id)
    // signed under scheme 3, the link is outside the fingerprint: the sign-off's comparison gives it away
    const relinked = { ...asSignedUnderSchemeThree(newer!), revisionOfId: older!.id }
    expect(revisionLinkProblem(relinked, [older!, relinked])).toBe(
      `It revises ${older!.id}, which its own sign-off records as an earlier cycle to compare with: a revision is never compared with the final it corrects`
    )
    // signed under scheme 4 (as the example is), its sign-off says it revises no final (DECISIONS 236)
    expect(revisionLinkProblem({ ...newer!, revisionOfId: older!.id }, [older!, relinked])).toBe(
      `It is linked as a revision of ${older!.id}, but its sign-off records that it revises no final`
    )
    // a genuine revision (the fixture's) passes
    const { revision, file } = revisionFixture()
    expect(revisionLinkProblem(revision, file.assessments)).toBeNull()
  })
})

describe('counsel’s direction is not dated after the sign-off (vendor-manager review)', () => {
  test('the form and the service refuse a direction dated after today', () => {
    expect(directionDateError('2026-12-08', '2026-12-07')).toBe(
      'Counsel’s direction cannot be dated after today (2026-12-07): give the day counsel directed it.'
    )
    expect(directionDateError('2026-12-07', '2026-12-07')).toBeNull()
    const { doc } = docOf()
    const started = startRevisionIn(doc, REVISION_ID, 'asm-rev-d', [DEFAULT_BANK], NOW)
    if (!started.ok) throw new Error(started.error.message)
    const inReview = {
      ...started.value.doc,
      assessments: started.value.doc.assessments.map((a) => (a.id === 'asm-rev-d' ? { ...a, status: 'in-review' as const } : a))
    }
    const request = (date: string) => ({
      id: 'asm-rev-d',
      assessorName: 'A. Assessor',
      reviewerName: 'R. Reviewer',
      attestation: 'We attest.',
      notReviewedReason: 'Later.',
      counselDirection: { name: 'C. Counsel', date }
    })
    const later = finalizeAssessmentIn(inReview, request('2026-12-06'), [DEFAULT_BANK], NOW, '2026-12-31')
    expect(later.ok).toBe(true)
    const future = finalizeAssessmentIn(inReview, request('2027-01-02'), [DEFAULT_BANK], NOW, '2026-12-31')
    expect(!future.ok && future.error.message).toMatch(/^Counsel’s direction cannot be dated after today/)
  })
})
