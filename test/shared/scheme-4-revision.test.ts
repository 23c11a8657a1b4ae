import { describe, expect, test } from 'vitest'
import { DEFAULT_BANK } from '@shared/bank/bank-registry'
import { checkStoreDoc, readExchangeFile } from '@shared/exchange/validate-exchange'
import { applyImport } from '@shared/exchange/plan-import'
import { verifySignOff } from '@shared/integrity/verify-sign-off'
import { buildReportModel } from '@shared/report/report-model'
import { revisionRelationOf } from '@shared/report/revision-relation'
import { emptyStoreDoc } from '@shared/store/store-schema'
import { finalizeAssessmentIn, startRevisionIn } from '@shared/workflow/assessment-ops'
import { revisionLinkProblem, type CycleInput } from '@shared/workflow/revision-cycles'
import { laterRevisionLines, revisionLines } from '../../electron/cli/commands/verify-lines'
import { BUILTIN_BANKS } from '../fixtures/builtin-banks'
import { GENERATED_AT } from '../fixtures/report-fixtures'
import { REVISION_ID, revisionFixture } from '../fixtures/revision'
import { reportInputOf, schemeThreeInput } from '../fixtures/scheme-three'

/*
 * Scheme 4 (DECISIONS 236): a revision's sign-off records the final it corrects, by that final's sign-off fingerprint,
 * so the link is covered by the revision's fingerprint: it can be neither removed nor moved to another final unseen.
 */
const NOW = '2026-12-07T00:00:00.000Z'
const textOf = (assessments: unknown[], file: ReturnType<typeof revisionFixture>['file']) => JSON.stringify({ ...file, assessments })

describe('a revision signed under scheme 4 records the final it corrects', () => {
  test('its sign-off holds the corrected final’s fingerprint, and both verify', () => {
    const { corrected, revision, file } = revisionFixture(4)
    expect(revision.signOff).toMatchObject({ scheme: 4, revises: { fingerprint: corrected.signOff?.fingerprint } })
    expect(verifySignOff(revision, DEFAULT_BANK).ok).toBe(true)
    expect(revisionLinkProblem(revision, file.assessments)).toBeNull()
    expect(readExchangeFile(JSON.stringify(file), BUILTIN_BANKS, NOW).ok).toBe(true)
  })

  test('a file with the link removed is refused, naming what the sign-off records (a scheme 3 revision could lose it unseen)', () => {
    const { revision, file } = revisionFixture(4)
    const { revisionOfId: _gone, ...unlinked } = revision
    const r = readExchangeFile(textOf([...file.assessments.filter((a) => a.id !== REVISION_ID), unlinked], file), BUILTIN_BANKS, NOW)
    expect(!r.ok && JSON.stringify(r.error)).toMatch(
      new RegExp(
        `revisionOfId.*Its sign-off records that it revises the final signed with fingerprint ${revision.signOff?.revises?.fingerprint}, but its link to that final \\(revisionOfId\\) is missing`
      )
    )
  })

  test('a link moved to another signed final is refused: the sign-off names the final by its fingerprint', () => {
    const signed = (id: string, fingerprint: string, extra: Partial<CycleInput> = {}): CycleInput => ({
      id,
      engagementId: 'e1',
      status: 'final',
      createdAt: '2026-01-01T00:00:00.000Z',
      signOff: { finalizedAt: '2026-02-01T00:00:00.000Z', fingerprint },
      ...extra
    })
    const first = signed('f1', 'a'.repeat(64))
    const other = signed('f2', 'b'.repeat(64))
    const revision = signed('r1', 'c'.repeat(64), {
      createdAt: '2026-03-01T00:00:00.000Z',
      revisionOfId: 'f2',
      signOff: { finalizedAt: '2026-03-02T00:00:00.000Z', scheme: 4, fingerprint: 'c'.repeat(64), revises: { fingerprint: 'a'.repeat(64) } }
    })
    expect(revisionLinkProblem(revision, [first, other, revision])).toBe(
      `It revises f2, signed with fingerprint ${'b'.repeat(64)}, but its own sign-off records that it revises the final signed with fingerprint ${'a'.repeat(64)}`
    )
    expect(revisionLinkProblem({ ...revision, revisionOfId: 'f1' }, [first, other, revision])).toBeNull()
  })

  test('"keep both" renumbers the ids and the link still leads to the final its sign-off records', () => {
    const { file } = revisionFixture(4)
    const read = readExchangeFile(JSON.stringify(file), BUILTIN_BANKS, NOW)
    if (!read.ok || read.value.kind !== 'engagement') throw new Error('the fixture reads as one engagement file')
    const ours = { ...emptyStoreDoc(), engagements: [file.engagement], assessments: file.assessments }
    let n = 0
    const { doc } = applyImport(ours, [read.value.file], { [file.engagement.id]: 'keep-both' }, () => `asm-new-${++n}`, '2026-12-07')
    const copy = doc.assessments.filter((a) => a.engagementId !== file.engagement.id)
    const revision = copy.find((a) => a.signOff?.revises !== undefined)
    expect(revision?.id).not.toBe(REVISION_ID)
    expect(revision && revisionLinkProblem(revision, copy)).toBeNull()
  })

  test('the report and verify say the revision’s fingerprint covers the link; a scheme 3 revision’s does not', () => {
    const four = revisionFixture(4)
    const three = revisionFixture(3)
    const rowOf = (f: typeof four, id: string, label: string) =>
      buildReportModel(schemeThreeInput(f.file, f.file.assessments, id)).documentControl.find((r) => r.label === label)?.value
    expect(rowOf(four, REVISION_ID, 'Revision of')).toMatch(/named above; this document's fingerprint covers this link$/)
    expect(rowOf(four, four.corrected.id, 'Replaced by')).toMatch(
      /named above; the revision's fingerprint covers this link, not this document's$/
    )
    expect(rowOf(three, REVISION_ID, 'Revision of')).toMatch(/named above; no fingerprint covers this link$/)
    expect(rowOf(three, three.corrected.id, 'Replaced by')).toMatch(/named above; no fingerprint covers this link$/)
    const linesOf = (f: typeof four, id: string) =>
      revisionLines(
        revisionRelationOf(
          f.file.assessments.find((a) => a.id === id)!,
          f.file.assessments,
          GENERATED_AT
        )
      )
    expect(linesOf(four, REVISION_ID)).toEqual([
      expect.stringMatching(/^covered by the fingerprint: that it revises the final .* recorded at its sign-off$/)
    ])
    expect(linesOf(four, four.corrected.id)).toEqual([
      expect.stringMatching(/^covered by that revision's fingerprint, not this one: that its signed revision asm-2026-rev/)
    ])
    expect(linesOf(three, REVISION_ID)).toEqual([expect.stringMatching(/^not covered by the fingerprint: that it revises/)])
  })

  test('finalize refuses a revision whose final is gone, rather than sign a link its sign-off cannot record', () => {
    const { revision, file } = revisionFixture(4)
    const { signOff: _s, ...inReview } = { ...revision, status: 'in-review' as const }
    const doc = {
      ...emptyStoreDoc(),
      engagements: [file.engagement],
      assessments: [...file.assessments.filter((a) => a.id !== REVISION_ID && a.id !== revision.revisionOfId), inReview]
    }
    const r = finalizeAssessmentIn(
      doc,
      { id: REVISION_ID, assessorName: 'A. Assessor', reviewerName: 'R. Reviewer', attestation: 'We attest.', notReviewedReason: 'Later.' },
      [DEFAULT_BANK],
      '2026-12-05T00:00:00.000Z',
      '2026-12-31'
    )
    expect(!r.ok && r.error.message).toMatch(
      /^It revises .*, which is not among this engagement's assessments here\. This revision cannot be signed off\.$/
    )
  })
})

describe('a signed final is held once per engagement (attacker review)', () => {
  test('a copy of the corrected final under another id, the revision linked to the copy: the file is refused', () => {
    const { corrected, revision, file } = revisionFixture(4)
    const copy = { ...corrected, id: 'asm-2026-copy' }
    const relinked = { ...revision, revisionOfId: copy.id }
    const assessments = [...file.assessments.filter((a) => a.id !== REVISION_ID), copy, relinked]
    const r = readExchangeFile(textOf(assessments, file), BUILTIN_BANKS, NOW)
    const index = assessments.indexOf(copy)
    expect(!r.ok && JSON.stringify(r.error)).toMatch(
      new RegExp(
        `assessments\\[${index}\\]\\.signOff\\.fingerprint.*The same signed final as ${corrected.id} \\(sign-off fingerprint ${corrected.signOff?.fingerprint}\\) under another id`
      )
    )
  })

  test('a copy of the revision is refused too, and a restore holding a copy in one engagement; copies in two engagements are not', () => {
    const { revision, file } = revisionFixture(4)
    const twice = [...file.assessments, { ...revision, id: 'asm-2026-rev2' }]
    expect(readExchangeFile(textOf(twice, file), BUILTIN_BANKS, NOW).ok).toBe(false)
    const doc = { ...emptyStoreDoc(), engagements: [file.engagement], assessments: twice }
    expect(checkStoreDoc(doc, BUILTIN_BANKS, NOW, 'refused').map((p) => p.path)).toEqual([
      `assessments[${twice.length - 1}].signOff.fingerprint`
    ])
    // "keep both" copies a final into a new engagement: the same print in two engagements is not a repeat
    const other = { ...file.engagement, id: 'eng-copy' }
    const copies = file.assessments.map((a) => ({ ...a, id: `${a.id}-copy`, engagementId: other.id }))
    const relinked = copies.map((a) => (a.revisionOfId ? { ...a, revisionOfId: `${a.revisionOfId}-copy` } : a))
    expect(
      checkStoreDoc(
        { ...doc, engagements: [file.engagement, other], assessments: [...file.assessments, ...relinked] },
        BUILTIN_BANKS,
        NOW,
        'refused'
      )
    ).toEqual([])
  })

  test('a stored revision whose link was removed outside the app: no report of it, nor of the final it corrected', () => {
    const { corrected, revision, file } = revisionFixture(4)
    const { revisionOfId: _gone, ...unlinked } = revision
    const assessments = file.assessments.map((a) => (a.id === REVISION_ID ? unlinked : a))
    for (const id of [REVISION_ID, corrected.id]) {
      const input = reportInputOf(file, assessments, id)
      expect(!input.ok && input.error.message).toMatch(
        /^This engagement's assessments are not as the app keeps them \(asm-2026-rev: Its sign-off records that it revises/
      )
    }
    // the genuine data still reports
    expect(reportInputOf(file, file.assessments, corrected.id).ok).toBe(true)
  })

  test('verify notes a revision signed after the report was made', () => {
    const { corrected, file } = revisionFixture(4)
    const final = file.assessments.find((a) => a.id === corrected.id)!
    const before = revisionRelationOf(final, file.assessments, '2026-11-29T00:00:00.000Z')
    const now = revisionRelationOf(final, file.assessments, NOW)
    expect(before.replacedBy).toEqual([])
    expect(laterRevisionLines(before, now)).toEqual([
      expect.stringMatching(
        /^note: this data now holds a signed revision that replaced it, signed 2026-12-01T15:00:00\.000Z, after this report was made: asm-2026-rev/
      )
    ])
    expect(laterRevisionLines(now, now)).toEqual([])
  })
})

describe('a clock set back after a sign-off does not lock the engagement (break-it review)', () => {
  test('a revision started "before" its final was signed is dated at that sign-off, and its link holds', () => {
    const { corrected, file } = revisionFixture(4)
    const doc = {
      ...emptyStoreDoc(),
      engagements: [file.engagement],
      assessments: file.assessments.filter((a) => a.id !== REVISION_ID)
    }
    const signedAt = corrected.signOff!.finalizedAt
    const tenMinutesEarlier = new Date(Date.parse(signedAt) - 600_000).toISOString()
    const started = startRevisionIn(doc, corrected.id, 'asm-rev-skewed', [DEFAULT_BANK], tenMinutesEarlier)
    if (!started.ok) throw new Error(started.error.message)
    expect(started.value.value.createdAt).toBe(signedAt)
    expect(revisionLinkProblem(started.value.value, started.value.doc.assessments)).toBeNull()
  })

  test('an unsigned revision whose link the app could not have made does not stop the reports of the signed finals', () => {
    const { corrected, file } = revisionFixture(4)
    const draft = {
      ...corrected,
      id: 'asm-draft-rev',
      status: 'draft' as const,
      revisionOfId: corrected.id,
      createdAt: '2020-01-01T00:00:00.000Z'
    }
    const { signOff: _none, ...unsigned } = draft
    const assessments = [...file.assessments.filter((a) => a.id !== REVISION_ID), unsigned]
    expect(revisionLinkProblem(unsigned, assessments)).toMatch(/after this revision was started/)
    expect(reportInputOf(file, assessments, corrected.id).ok).toBe(true)
  })
})
