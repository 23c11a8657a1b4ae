import { describe, expect, test } from 'vitest'
import { DEFAULT_BANK } from '@shared/bank/bank-registry'
import { checkStoreDoc, readExchangeFile } from '@shared/exchange/validate-exchange'
import { applyImport, previewImport } from '@shared/exchange/plan-import'
import { engagementRecordProblem } from '@shared/integrity/record-consistency'
import { fingerprintAssessment } from '@shared/integrity/fingerprint'
import type { Assessment } from '@shared/schemas/assessment'
import { emptyStoreDoc, type StoreDoc } from '@shared/store/store-schema'
import { finalizeAssessmentIn, setStatusIn, startRevisionIn, type Changed } from '@shared/workflow/assessment-ops'
import { BUILTIN_BANKS } from '../fixtures/builtin-banks'
import { schemeThreeFixture } from '../fixtures/scheme-three'
import { REVISION_ID, THEIR_REVISION_ID, bothSidesRevised } from '../fixtures/revision'

/*
 * "Replace ours" and a final both sides revised (break-it review): the app revises a final once, so a file's revision of
 * a final we revised ourselves would stand beside ours for the same cycle. It is not taken, nor what builds on it.
 */
const NOW = '2026-12-07T00:00:00.000Z'

function done<T>(changed: Changed<T>): { doc: StoreDoc; value: T } {
  if (!changed.ok) throw new Error(changed.error.message)
  return changed.value
}

function recordOf(file: unknown) {
  const read = readExchangeFile(JSON.stringify(file), BUILTIN_BANKS, NOW)
  if (!read.ok || read.value.kind !== 'engagement') throw new Error(read.ok ? 'not one engagement' : JSON.stringify(read.error))
  return read.value.file
}

const revisionsOf = (doc: StoreDoc, finalId: string): Assessment[] =>
  doc.assessments.filter((a) => a.status === 'final' && a.revisionOfId === finalId)

/**
 * Their copy with a draft revision of the corrected final, started there instead of their signed one: the file's
 * assessments, and the draft.
 */
function theirDraftRevision(id: string): { assessments: Assessment[]; draft: Assessment } {
  const { corrected, theirs } = bothSidesRevised()
  const withoutTheirs: StoreDoc = {
    ...emptyStoreDoc(),
    engagements: [theirs.engagement],
    assessments: theirs.assessments.filter((a) => a.id !== THEIR_REVISION_ID)
  }
  const { assessments } = done(startRevisionIn(withoutTheirs, corrected.id, id, [DEFAULT_BANK], '2026-11-30T12:00:00.000Z')).doc
  return { assessments, draft: assessments.find((a) => a.id === id) as Assessment }
}

describe('"Replace ours" with a final both sides revised', () => {
  test('keeps our revision, leaves theirs, and says so in the preview and the outcome', () => {
    const { ours, revision, theirs, engagementId } = bothSidesRevised()
    const record = recordOf(theirs)
    const [item] = previewImport(ours, [record], '2026-12-07')
    const theirRevision = theirs.assessments.find((a) => a.id === THEIR_REVISION_ID) as Assessment
    expect(item?.conflict?.secondRevisions).toEqual([theirRevision.title || theirRevision.id])
    expect(item?.conflict?.signedDifferently).toEqual([])

    let n = 0
    const { doc, outcome } = applyImport(ours, [record], { [engagementId]: 'replace' }, () => `asm-new-${++n}`, '2026-12-07')
    expect(outcome).toMatchObject({ replaced: 1, secondRevisions: 1, signedDifferently: 0 })
    expect(revisionsOf(doc, revision.revisionOfId as string).map((a) => a.id)).toEqual([REVISION_ID])
    expect(doc.assessments.some((a) => a.id === THEIR_REVISION_ID)).toBe(false)
    expect(engagementRecordProblem(doc.assessments.filter((a) => a.engagementId === engagementId))).toBeNull()
  })

  test('leaves with it what the file builds on it: a revision of their revision started there', () => {
    const { ours, theirs, engagementId } = bothSidesRevised()
    let doc: StoreDoc = { ...emptyStoreDoc(), engagements: [theirs.engagement], assessments: theirs.assessments }
    doc = done(startRevisionIn(doc, THEIR_REVISION_ID, 'asm-2026-rev-theirs-2', [DEFAULT_BANK], '2026-12-03T09:00:00.000Z')).doc
    const record = recordOf({ ...theirs, assessments: doc.assessments })
    expect(previewImport(ours, [record], '2026-12-07')[0]?.conflict?.secondRevisions).toHaveLength(2)
    const applied = applyImport(ours, [record], { [engagementId]: 'replace' }, () => 'asm-new', '2026-12-07')
    expect(applied.outcome.secondRevisions).toBe(2)
    expect(applied.doc.assessments.some((a) => a.revisionOfId === THEIR_REVISION_ID || a.id === THEIR_REVISION_ID)).toBe(false)
  })

  test('takes the file’s revision when we have none of our own, and the very same revision when both hold it', () => {
    const { ours, theirs, engagementId } = bothSidesRevised()
    const noRevision: StoreDoc = { ...ours, assessments: ours.assessments.filter((a) => a.id !== REVISION_ID) }
    const record = recordOf(theirs)
    expect(previewImport(noRevision, [record], '2026-12-07')[0]?.conflict?.secondRevisions).toEqual([])
    const taken = applyImport(noRevision, [record], { [engagementId]: 'replace' }, () => 'asm-new', '2026-12-07')
    expect(taken.outcome.secondRevisions).toBe(0)
    expect(taken.doc.assessments.some((a) => a.id === THEIR_REVISION_ID)).toBe(true)
    // our own file back: the same revision on both sides is the same record, not a second one
    const same = recordOf({ ...theirs, assessments: ours.assessments })
    expect(previewImport(ours, [same], '2026-12-07')[0]?.conflict?.secondRevisions).toEqual([])
  })

  // the attacker review's cases (helper): each would end with two standing revisions, a lost final, or a broken link
  test('a file holding both revisions of one final is refused where it is read, and so is a store', () => {
    const { revision, theirs } = bothSidesRevised()
    const read = readExchangeFile(JSON.stringify({ ...theirs, assessments: [...theirs.assessments, revision] }), BUILTIN_BANKS, NOW)
    expect(read.ok ? null : JSON.stringify(read.error)).toMatch(/A second signed revision of asm-2026, which .* already revises/)
    const both = [...theirs.assessments, revision]
    expect(engagementRecordProblem(both)).toMatch(/A second signed revision of asm-2026/)
    expect(
      checkStoreDoc({ ...emptyStoreDoc(), engagements: [theirs.engagement], assessments: both }, BUILTIN_BANKS, NOW, 'refused')
    ).toEqual([expect.objectContaining({ reason: expect.stringMatching(/A second signed revision of asm-2026/) })])
  })

  test('their draft revision of a final we revised is not taken, and a second revision is never signed here', () => {
    const { ours, theirs, engagementId } = bothSidesRevised()
    const draft = theirDraftRevision('asm-their-draft')
    const record = recordOf({ ...theirs, assessments: draft.assessments })
    expect(previewImport(ours, [record], '2026-12-07')[0]?.conflict?.secondRevisions).toHaveLength(1)
    const applied = applyImport(ours, [record], { [engagementId]: 'replace' }, () => 'asm-new', '2026-12-07')
    expect(applied.doc.assessments.some((a) => a.id === 'asm-their-draft')).toBe(false)
    // had it come in (a store edited elsewhere), signing it as a second revision is refused
    const smuggled: StoreDoc = {
      ...ours,
      assessments: [...ours.assessments, draft.draft]
    }
    const inReview = done(setStatusIn(smuggled, 'asm-their-draft', 'in-review', '2026-12-01T09:00:00.000Z')).doc
    const signed = finalizeAssessmentIn(
      inReview,
      {
        id: 'asm-their-draft',
        assessorName: 'A. Assessor',
        reviewerName: 'R. Reviewer',
        attestation: 'We attest.',
        notReviewedReason: 'Later.'
      },
      [DEFAULT_BANK],
      '2026-12-02T09:00:00.000Z',
      '2026-12-31'
    )
    expect(!signed.ok && signed.error.message).toMatch(/already revised by .*, signed off: a final is revised once/)
  })

  test('never leaves out a final of ours, even from a store that already holds two revisions of one final', () => {
    const { ours, theirs, engagementId } = bothSidesRevised()
    const theirRevision = theirs.assessments.find((a) => a.id === THEIR_REVISION_ID) as Assessment
    const both: StoreDoc = { ...ours, assessments: [...ours.assessments, theirRevision] }
    // our own older export: the final and our revision, the very same records
    const record = { engagement: theirs.engagement, assessments: ours.assessments }
    const [item] = previewImport(both, [record], '2026-12-07')
    expect(item?.conflict?.secondRevisions).toEqual([])
    const { doc } = applyImport(both, [record], { [engagementId]: 'replace' }, () => 'asm-new', '2026-12-07')
    for (const a of both.assessments.filter((x) => x.status === 'final')) expect(doc.assessments.map((x) => x.id)).toContain(a.id)
  })

  test('leaves out what the file builds on a final it is not given: under our revision’s id, or a copy of our final', () => {
    const { ours, corrected, revision, theirs, engagementId } = bothSidesRevised()
    const theirRevision = theirs.assessments.find((a) => a.id === THEIR_REVISION_ID) as Assessment
    // their revision under our revision's id (signed differently, not taken), and a revision of it
    const underOurId = { ...theirRevision, id: REVISION_ID }
    const onTop: Assessment = {
      ...theirRevision,
      id: 'asm-on-top',
      revisionOfId: REVISION_ID,
      signOff: { ...theirRevision.signOff!, fingerprint: 'f'.repeat(64) }
    }
    const first = applyImport(
      ours,
      [{ engagement: theirs.engagement, assessments: [corrected, underOurId, onTop] }],
      { [engagementId]: 'replace' },
      () => 'asm-new',
      '2026-12-07'
    )
    expect(first.outcome).toMatchObject({ signedDifferently: 1, secondRevisions: 1 })
    expect(first.doc.assessments.find((a) => a.id === REVISION_ID)).toEqual(revision)
    expect(first.doc.assessments.some((a) => a.id === 'asm-on-top')).toBe(false)
    // our final under another id (signed differently), and their revision linked to that copy
    const copy = { ...corrected, id: 'asm-copy' }
    const linked = { ...theirRevision, revisionOfId: 'asm-copy' }
    const second = applyImport(
      ours,
      [{ engagement: theirs.engagement, assessments: [copy, linked] }],
      { [engagementId]: 'replace' },
      () => 'asm-new',
      '2026-12-07'
    )
    expect(second.outcome).toMatchObject({ signedDifferently: 1, secondRevisions: 1 })
    expect(engagementRecordProblem(second.doc.assessments.filter((a) => a.engagementId === engagementId))).toBeNull()
  })

  test('the very same final as ours is taken back, though another final of ours shares its sign-off event (attacker review)', () => {
    const { file, signed } = schemeThreeFixture()
    const [questionId, answer] = Object.entries(signed.answers).find(([, a]) => a.note !== undefined) ?? []
    if (!questionId || !answer) throw new Error('the fixture has an answer with a note')
    const unsigned: Assessment = {
      ...signed,
      id: 'asm-twin',
      answers: { ...signed.answers, [questionId]: { ...answer, note: 'other' } },
      signOff: { ...signed.signOff!, fingerprint: '' }
    }
    const twin = { ...unsigned, signOff: { ...unsigned.signOff!, fingerprint: fingerprintAssessment(unsigned) } }
    const assessments = [...file.assessments, twin]
    const ours: StoreDoc = { ...emptyStoreDoc(), engagements: [file.engagement], assessments }
    expect(checkStoreDoc(ours, BUILTIN_BANKS, NOW, 'refused')).toEqual([])
    const record = recordOf({ ...file, assessments })
    const conflict = previewImport(ours, [record], '2026-12-07')[0]?.conflict
    expect(conflict?.signedDifferently).toEqual([])
    const { doc } = applyImport(ours, [record], { [file.engagement.id]: 'replace' }, () => 'asm-new', '2026-12-07')
    const finals = doc.assessments.filter((a) => a.status === 'final').map((a) => a.id)
    expect(finals).toEqual(expect.arrayContaining([signed.id, 'asm-twin']))
  })

  test('the preview says our unfinished revision is dropped when the file brings it back but it is not taken', () => {
    const { ours, theirs, engagementId } = bothSidesRevised()
    const xDraft = theirDraftRevision('asm-x-draft').draft
    const withDraft: StoreDoc = { ...ours, assessments: [...ours.assessments, xDraft] }
    const record = { engagement: theirs.engagement, assessments: withDraft.assessments }
    const conflict = previewImport(withDraft, [record], '2026-12-07')[0]?.conflict
    expect(conflict?.secondRevisions).toEqual([xDraft.title || xDraft.id])
    expect(conflict?.droppedUnfinished).toEqual([xDraft.title || xDraft.id])
    const { doc } = applyImport(withDraft, [record], { [engagementId]: 'replace' }, () => 'asm-new', '2026-12-07')
    expect(doc.assessments.some((a) => a.id === 'asm-x-draft')).toBe(false)
  })
})
