import { describe, expect, test } from 'vitest'
import { DEFAULT_BANK } from '@shared/bank/bank-registry'
import type { QuestionBank } from '@shared/bank/bank-schema'
import { bankContentHash, fingerprintAssessment, signAssessment } from '@shared/integrity/fingerprint'
import { verifySignOff } from '@shared/integrity/verify-sign-off'
import { CONFIDENTIAL_MARKING, markingFor } from '@shared/report/marking'
import { buildReportModel } from '@shared/report/report-model'
import { AssessmentSchema, type Assessment } from '@shared/schemas/assessment'
import type { Engagement } from '@shared/schemas/engagement'
import { emptyStoreDoc, type StoreDoc } from '@shared/store/store-schema'
import {
  finalizeAssessmentIn,
  findingsWithoutVerdict,
  setReviewIn,
  setStatusIn,
  startAssessmentIn,
  saveAnswerIn
} from '@shared/workflow/assessment-ops'
import { findingsOf } from '@shared/workflow/findings'
import { scoreStoredAssessment } from '@shared/workflow/score-stored'
import { makeReportFixture } from '../fixtures/report-fixtures'
import { engagementFields } from '../helpers/engagement-fields'

const fixture = makeReportFixture({ status: 'final' })
const signed = fixture.input.assessment
const bank = fixture.input.bank

/**
 * A final as the app signed it before scheme 2 (no scheme, snapshot or bank hash, answered under bank 2026.1,
 * signed in November 2026), with `changes` made before it is fingerprinted.
 */
function schemeOne(changes: Partial<Assessment> = {}, signOffChanges: Partial<NonNullable<Assessment['signOff']>> = {}): Assessment {
  const { scheme: _s, engagement: _e, bankSha256: _b, assessorSubmittedAt: _a, notReviewed: _n, ...legacy } = signed.signOff!
  const { counselDirection: _c, submittedAt: _t, ...assessment } = signed
  const reviews = Object.fromEntries(Object.entries(signed.reviews).filter(([, r]) => r.verdict !== undefined))
  const signOff = { ...legacy, finalizedAt: '2026-11-28T16:30:00.000Z', ...signOffChanges, fingerprint: '0'.repeat(64) }
  const unsigned: Assessment = { ...assessment, bank: { id: 'armslength-core', version: '2026.1' }, reviews, ...changes, signOff }
  return { ...unsigned, signOff: { ...signOff, fingerprint: fingerprintAssessment(unsigned) } }
}

describe('fingerprint scheme 2: what the report states is what is signed', () => {
  test('a new sign-off records the scheme, the engagement facts and the bank hash, and verifies', () => {
    expect(signed.signOff?.scheme).toBe(2)
    expect(signed.signOff?.engagement?.vendorName).toBe(fixture.input.engagement.vendorName)
    expect(signed.signOff?.bankSha256).toBe(bankContentHash(bank))
    expect(verifySignOff(signed, bank)).toEqual({ ok: true, value: { scheme: 2, fingerprint: signed.signOff?.fingerprint } })
    expect(AssessmentSchema.safeParse(signed).success).toBe(true)
  })

  test('changing the engagement facts signed (vendor, countries, headcount) breaks the fingerprint', () => {
    const facts = signed.signOff!.engagement!
    for (const changed of [
      { ...facts, vendorName: 'Another Vendor Ltd' },
      { ...facts, deliveryCountries: ['IN' as const] },
      { ...facts, headcount: facts.headcount + 1 }
    ]) {
      const tampered: Assessment = { ...signed, signOff: { ...signed.signOff!, engagement: changed } }
      const r = verifySignOff(tampered, bank)
      expect(r.ok).toBe(false)
      if (!r.ok) expect(r.error.message).toContain('changed after it was signed off')
    }
  })

  test('facts stored with stray spaces are signed as a file reads them back, so export and re-import still verify', () => {
    const untidy = {
      ...fixture.input.engagement,
      vendorName: `${fixture.input.engagement.vendorName} `,
      sites: fixture.input.engagement.sites.map((s) => ({ ...s, site: `${s.site} ` }))
    }
    const draft: Assessment = { ...signed, status: 'in-review' }
    delete (draft as { signOff?: unknown }).signOff
    const resigned = signAssessment(
      draft,
      { assessorName: 'A. Assessor', reviewerName: 'R. Reviewer', attestation: 'Reviewed.', finalizedAt: signed.signOff!.finalizedAt },
      untidy,
      bank,
      fixture.file.assessments
    )
    const roundTrip = AssessmentSchema.parse(JSON.parse(JSON.stringify(resigned)))
    expect(roundTrip.signOff?.engagement?.vendorName).toBe(fixture.input.engagement.vendorName)
    expect(verifySignOff(roundTrip, bank).ok).toBe(true)
  })

  test('a question bank whose content differs from the one signed under is refused, even at the same version', () => {
    const edited: QuestionBank = { ...bank, questions: bank.questions.map((q, i) => (i === 0 ? { ...q, help: `${q.help} (edited)` } : q)) }
    const r = verifySignOff(signed, edited)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error.message).toContain('not the one it was signed under')
    expect(verifySignOff(signed, null).ok).toBe(false)
  })

  test('an old final (scheme 1, no scheme field) keeps verifying under its own scheme', () => {
    const old = schemeOne()
    expect(AssessmentSchema.safeParse(old).success).toBe(true)
    expect(verifySignOff(old, null)).toEqual({ ok: true, value: { scheme: 1, fingerprint: old.signOff?.fingerprint } })
    expect(verifySignOff({ ...old, title: 'changed' }, null).ok).toBe(false)
    // a custom bank's id is never the built-in one: its scheme 1 finals of the time verify too
    expect(verifySignOff(schemeOne({ bank: { id: 'acme-outsourcing', version: '3' } }), null).ok).toBe(true)
  })

  test('scheme 1 is refused where the app never wrote it: a later built-in bank, a later date, what only scheme 2 records', () => {
    const refused = (changes: Partial<Assessment>, signOff: Partial<NonNullable<Assessment['signOff']>> = {}): string => {
      const r = verifySignOff(schemeOne(changes, signOff), null)
      expect(r.ok).toBe(false)
      return r.ok ? '' : r.error.message
    }
    for (const version of ['2026.3', '2026.4'])
      expect(refused({ bank: { id: 'armslength-core', version } })).toBe(
        `The sign-off is scheme 1 (it records no "scheme"), which was made only under question banks armslength-core 2026.1 and 2026.2; this assessment is answered under armslength-core ${version}, released after scheme 2 replaced it`
      )
    expect(refused({}, { finalizedAt: '2026-12-07T09:00:00.000Z' })).toContain(
      'yet it is dated 2026-12-07T09:00:00.000Z, after scheme 2 replaced scheme 1'
    )
    expect(refused({ counselDirection: { name: 'Anna Schmidt', date: '2026-11-02' } })).toContain(
      'yet the assessment holds what only scheme 2 records (counselDirection)'
    )
    expect(refused({}, { notReviewed: { questionIds: ['SUP-01'], reason: 'later' } })).toContain('(signOff.notReviewed)')
    expect(refused({ reviews: { 'SUP-01': { comment: 'no verdict', at: '2026-11-20T10:00:00.000Z' } } })).toContain('(reviews.SUP-01)')
  })

  test('a scheme 2 sign-off without its snapshot is not a valid file', () => {
    const { engagement: _e, ...rest } = signed.signOff!
    expect(AssessmentSchema.safeParse({ ...signed, signOff: rest }).success).toBe(false)
  })

  test("a final report prints the facts signed, not today's engagement record", () => {
    const renamed: Engagement = { ...fixture.input.engagement, vendorName: 'Renamed After Sign-off GmbH', headcount: 9999 }
    const model = buildReportModel({ ...fixture.input, engagement: renamed })
    expect(model.engagement.vendorName).toBe(fixture.input.engagement.vendorName)
    expect(JSON.stringify(model)).not.toContain('Renamed After Sign-off')
    expect(model.engagement.facts.find((f) => f.label === 'Headcount')?.value).toBe(String(fixture.input.engagement.headcount))
    expect(model.fingerprint).toBe(signed.signOff?.fingerprint)
  })

  test("a draft report's fingerprint covers today's engagement facts", () => {
    const draft = makeReportFixture({ status: 'draft' })
    const a = buildReportModel(draft.input)
    const b = buildReportModel({ ...draft.input, engagement: { ...draft.input.engagement, vendorName: 'Other Vendor' } })
    expect(a.fingerprint).not.toBe(b.fingerprint)
    expect(a.documentId).not.toBe(b.documentId)
  })
})

describe('marking: privilege only when counsel directed it', () => {
  test('the default is "Confidential", never a claim of privilege', () => {
    expect(markingFor({})).toBe(CONFIDENTIAL_MARKING)
    const model = buildReportModel(makeReportFixture({ status: 'draft' }).input)
    expect(model.marking).toBe('Confidential')
    expect(JSON.stringify(model)).not.toMatch(/privileged/i)
  })

  test('a recorded direction names counsel and the date', () => {
    const draft = makeReportFixture({ status: 'draft' })
    const model = buildReportModel({
      ...draft.input,
      assessment: { ...draft.input.assessment, counselDirection: { name: 'Anna Schmidt', date: '2026-11-02' } }
    })
    expect(model.marking).toBe('Privileged & Confidential — prepared at the direction of counsel (Anna Schmidt, 2 November 2026)')
  })
})

/** A store with one engagement and one in-review assessment holding findings (a red flag). */
function inReview(): { doc: StoreDoc; id: string; findings: string[] } {
  const engagement: Engagement = {
    ...engagementFields({ vendorName: 'Łódź Services Sp. z o.o.' }),
    id: 'e1',
    status: 'active',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z'
  }
  let doc: StoreDoc = { ...emptyStoreDoc(), engagements: [engagement] }
  const step = <T>(r: { ok: true; value: { doc: StoreDoc; value: T } } | { ok: false; error: { message: string } }): T => {
    if (!r.ok) throw new Error(r.error.message)
    doc = r.value.doc
    return r.value.value
  }
  const a = step(startAssessmentIn(doc, { engagementId: 'e1', kind: 'annual' }, DEFAULT_BANK, 'a1', '2026-11-01T09:00:00.000Z'))
  for (const q of DEFAULT_BANK.questions.slice(0, 12)) {
    const risky = [...q.options].sort((x, y) => y.risk - x.risk)[0]!
    step(
      saveAnswerIn(
        doc,
        a.id,
        q.id,
        { choice: risky.id, ...(q.contract ? { contractChoice: q.contract.options[0]!.id } : {}) },
        '2026-11-01T10:00:00.000Z'
      )
    )
  }
  step(setStatusIn(doc, a.id, 'in-review', '2026-11-20T10:00:00.000Z'))
  const scored = scoreStoredAssessment(doc.assessments[0]!, [DEFAULT_BANK])
  if (!scored.ok) throw new Error('not scored')
  return { doc, id: a.id, findings: findingsOf(scored.value.result).map((f) => f.questionId) }
}

const names = { assessorName: 'Zoë Kowalczyk', reviewerName: 'Dr. Jürgen Weiß', attestation: 'We attest.' }

describe('finalize: a sign-off that means what it says', () => {
  test('refuses while findings have no verdict and no reason is given', () => {
    const { doc, id, findings } = inReview()
    expect(findings.length).toBeGreaterThan(1)
    const r = finalizeAssessmentIn(doc, { id, ...names }, [DEFAULT_BANK], '2026-11-28T16:30:00.000Z')
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error.message).toContain(`${findings.length} of the findings have no verdict`)
  })

  test('with a reason, the findings left without a verdict and the reason are signed and printed', () => {
    const { doc, id, findings } = inReview()
    const r = finalizeAssessmentIn(
      doc,
      { id, ...names, notReviewedReason: 'Counsel reviews these in January.' },
      [DEFAULT_BANK],
      '2026-11-28T16:30:00.000Z'
    )
    if (!r.ok) throw new Error(r.error.message)
    const final = r.value.value
    expect(final.signOff?.notReviewed).toEqual({ questionIds: findings, reason: 'Counsel reviews these in January.' })
    expect(verifySignOff(final, DEFAULT_BANK).ok).toBe(true)
    const engagement = r.value.doc.engagements[0]!
    const scored = scoreStoredAssessment(final, [DEFAULT_BANK])
    if (!scored.ok) throw new Error('not scored')
    const model = buildReportModel({
      engagement,
      assessment: final,
      bank: DEFAULT_BANK,
      result: scored.value.result,
      history: [],
      generatedAt: '2026-11-29T08:00:00.000Z'
    })
    expect(model.signOff.notReviewed?.reason).toBe('Counsel reviews these in January.')
    expect(model.signOff.unreviewedFindings).toBe(findings.length)
    expect(
      model.findings.every((f) => f.reviewLine.startsWith('Not reviewed. Reason given at sign-off: Counsel reviews these in January.'))
    ).toBe(true)
    expect(JSON.stringify(model)).not.toContain('the findings were reviewed.')
  })

  test('with a verdict on every finding it finalizes; a comment alone is not a verdict', () => {
    const setup = inReview()
    const { id, findings } = setup
    let doc = setup.doc
    const [first, ...rest] = findings
    let r = setReviewIn(doc, id, first!, null, 'Looks wrong to me', '2026-11-21T10:00:00.000Z')
    if (!r.ok) throw new Error(r.error.message)
    doc = r.value.doc
    expect(r.value.value.reviews[first!]).toEqual({ comment: 'Looks wrong to me', at: '2026-11-21T10:00:00.000Z' })
    for (const q of rest) {
      r = setReviewIn(doc, id, q, 'to-correct', '', '2026-11-21T10:00:00.000Z')
      if (!r.ok) throw new Error(r.error.message)
      doc = r.value.doc
    }
    const open = findingsWithoutVerdict(doc.assessments[0]!, [DEFAULT_BANK])
    expect(open).toEqual({ ok: true, value: [first] })
    expect(finalizeAssessmentIn(doc, { id, ...names }, [DEFAULT_BANK], '2026-11-28T16:30:00.000Z').ok).toBe(false)
    r = setReviewIn(doc, id, first!, 'to-improve', 'Looks wrong to me', '2026-11-22T10:00:00.000Z')
    if (!r.ok) throw new Error(r.error.message)
    const done = finalizeAssessmentIn(r.value.doc, { id, ...names }, [DEFAULT_BANK], '2026-11-28T16:30:00.000Z')
    if (!done.ok) throw new Error(done.error.message)
    expect(done.value.value.signOff?.notReviewed).toBeUndefined()
  })

  test('assessor and reviewer sign as different people, each with a dated event', () => {
    const { doc, id } = inReview()
    const same = finalizeAssessmentIn(
      doc,
      { id, assessorName: 'Anna Nowak', reviewerName: ' anna  nowak ', attestation: 'x', notReviewedReason: 'r' },
      [DEFAULT_BANK],
      '2026-11-28T16:30:00.000Z'
    )
    expect(same.ok).toBe(false)
    const r = finalizeAssessmentIn(doc, { id, ...names, notReviewedReason: 'r' }, [DEFAULT_BANK], '2026-11-28T16:30:00.000Z')
    if (!r.ok) throw new Error(r.error.message)
    expect(r.value.value.signOff?.assessorSubmittedAt).toBe('2026-11-20T10:00:00.000Z')
    expect(r.value.value.signOff?.finalizedAt).toBe('2026-11-28T16:30:00.000Z')
  })

  test('names that look the same are one person: Unicode forms and invisible characters do not make two', () => {
    const { doc, id } = inReview()
    for (const [assessorName, reviewerName] of [
      ['Tomasz Wójcik', 'Tomasz Wo\u0301jcik'],
      ['Anna Nowak', 'Anna\u200b Nowak'],
      ['Anna Nowak', 'Anna\u00a0Nowak\u200e']
    ]) {
      const r = finalizeAssessmentIn(
        doc,
        { id, assessorName: assessorName!, reviewerName: reviewerName!, attestation: 'x', notReviewedReason: 'r' },
        [DEFAULT_BANK],
        '2026-11-28T16:30:00.000Z'
      )
      expect(r.ok).toBe(false)
      if (!r.ok) expect(r.error.message).toContain('two different people')
    }
  })

  test('an invisible reason, name or attestation is blank: the report would print nothing', () => {
    const { doc, id } = inReview()
    const reason = finalizeAssessmentIn(
      doc,
      { id, ...names, notReviewedReason: ' \u200b\u2060 ' },
      [DEFAULT_BANK],
      '2026-11-28T16:30:00.000Z'
    )
    expect(reason.ok).toBe(false)
    if (!reason.ok) expect(reason.error.message).toContain('have no verdict')
    for (const blank of [{ reviewerName: '\u200b' }, { assessorName: '\ufeff' }, { attestation: '\u200b \u200b' }]) {
      const r = finalizeAssessmentIn(doc, { id, ...names, ...blank, notReviewedReason: 'r' }, [DEFAULT_BANK], '2026-11-28T16:30:00.000Z')
      expect(r.ok).toBe(false)
    }
  })

  test('the counsel direction given at finalize is signed and marks the report', () => {
    const { doc, id } = inReview()
    const r = finalizeAssessmentIn(
      doc,
      { id, ...names, notReviewedReason: 'r', counselDirection: { name: 'Anna Schmidt', date: '2026-11-02' } },
      [DEFAULT_BANK],
      '2026-11-28T16:30:00.000Z'
    )
    if (!r.ok) throw new Error(r.error.message)
    expect(markingFor(r.value.value)).toContain('Anna Schmidt, 2 November 2026')
    expect(verifySignOff({ ...r.value.value, counselDirection: undefined }, DEFAULT_BANK).ok).toBe(false)
  })
})
