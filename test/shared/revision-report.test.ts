import { describe, expect, it } from 'vitest'
import { fingerprintAssessment } from '@shared/integrity/fingerprint'
import { buildPacketModel } from '@shared/report/packet/packet-model'
import { buildReportModel, documentIdFor, REPORT_TITLE, REVISION_TITLE } from '@shared/report/report-model'
import type { ReportModel } from '@shared/report/report-types'
import type { Assessment } from '@shared/schemas/assessment'
import { reportInputFor } from '@shared/report/report-input'
import { BUILTIN_BANKS } from '../fixtures/builtin-banks'
import { GENERATED_AT } from '../fixtures/report-fixtures'
import { REVISION_ID, REVISION_SIGNED_AT, revisionFixture } from '../fixtures/revision'
import { reportInputOf } from '../fixtures/scheme-three'

/*
 * Employment-counsel review: a signed revision's report never said it was one, nor which final it corrects, and the
 * corrected final's report, printed later, did not say it was replaced. A link the app could not have made prints nothing.
 */
const { corrected, revision, earlier, file } = revisionFixture()
const [, final2025] = earlier as [Assessment, Assessment]

function modelOf(assessmentId: string, assessments: readonly Assessment[] = file.assessments, generatedAt = GENERATED_AT): ReportModel {
  const made = reportInputFor({ engagement: file.engagement, assessments, assessmentId, banks: BUILTIN_BANKS, generatedAt })
  if (!made.ok) throw new Error(made.error.message)
  return buildReportModel(made.value)
}

const correctedText = `"Annual review 2026", signed off 28 November 2026 (document id ${documentIdFor(corrected.signOff!.fingerprint)})`
const revisionText = `"Annual review 2026", signed off 1 December 2026 (document id ${documentIdFor(revision.signOff!.fingerprint)})`
const row = (m: ReportModel, label: string) => m.documentControl.find((r) => r.label === label)?.value

describe('a report says which final a signed revision corrects', () => {
  it('the fixture is a revision made as the app makes one: signed, linked to the 2026 final, a different fingerprint', () => {
    expect(revision).toMatchObject({ id: REVISION_ID, status: 'final', revisionOfId: corrected.id })
    expect(revision.signOff?.finalizedAt).toBe(REVISION_SIGNED_AT)
    expect(revision.signOff?.fingerprint).not.toBe(corrected.signOff?.fingerprint)
  })

  it("the revision's report is titled a revision and names the final it corrects by title, sign-off and document id", () => {
    const m = modelOf(REVISION_ID)
    expect(m.title).toBe(REVISION_TITLE)
    expect(m.revision?.of).toBe(`Revision of ${correctedText}: it corrects that final and stands for the same cycle in its place.`)
    expect(m.revision?.replacedBy).toBeNull()
    expect(row(m, 'Revision of')).toBe(
      `document ${documentIdFor(corrected.signOff!.fingerprint)}, named above; no fingerprint covers this link`
    )
    expect(row(m, 'Replaced by')).toBeUndefined()
    expect(m.properties.subject).toContain(`revision of document ${documentIdFor(corrected.signOff!.fingerprint)}`)
    expect(m.properties.title.startsWith(REVISION_TITLE)).toBe(true)
  })

  it('the corrected final, printed once the revision is signed, says the revision replaced it', () => {
    const m = modelOf(corrected.id)
    expect(m.title).toBe(REPORT_TITLE)
    expect(m.revision?.of).toBeNull()
    expect(m.revision?.replacedBy).toBe(`Replaced by its signed revision ${revisionText}: that revision stands for this cycle now.`)
    expect(row(m, 'Replaced by')).toBe(
      `document ${documentIdFor(revision.signOff!.fingerprint)}, named above; no fingerprint covers this link`
    )
    expect(m.properties.subject).toContain(`replaced by document ${documentIdFor(revision.signOff!.fingerprint)}`)
    // its own document id and fingerprint are those it was signed with: the words are beside them, not in them
    expect(m.fingerprint).toBe(corrected.signOff?.fingerprint)
  })

  it('printed before the revision was signed off, the corrected final says nothing of it (as verify re-renders it)', () => {
    const before = modelOf(corrected.id, file.assessments, '2026-11-30T12:00:00.000Z')
    expect(before.revision).toBeUndefined()
    expect(before.documentControl.some((r) => r.label === 'Replaced by')).toBe(false)
  })

  it('a revision still in draft says so, and that the final it revises stands until it is signed', () => {
    const { signOff: _signOff, ...unsigned } = revision
    const draft: Assessment = { ...unsigned, status: 'draft' }
    const assessments = file.assessments.map((a) => (a.id === REVISION_ID ? draft : a))
    const m = modelOf(REVISION_ID, assessments)
    expect(m.title).toBe(REVISION_TITLE)
    expect(m.revision?.of).toBe(`Revision of ${correctedText}, not signed off yet: until it is, that final stands.`)
    // an unsigned revision replaces nothing
    expect(modelOf(corrected.id, assessments).revision).toBeUndefined()
  })

  it('a final without a revision link prints no revision words at all', () => {
    const m = modelOf(final2025.id)
    expect(m.revision).toBeUndefined()
    expect(m.title).toBe(REPORT_TITLE)
    expect(JSON.stringify(m)).not.toMatch(/Revision of|Replaced by/)
  })
})

describe('a link the app could not have made: no report of the engagement is made (DECISIONS 239)', () => {
  const withRevision = (over: Partial<Assessment>) => file.assessments.map((a) => (a.id === REVISION_ID ? { ...a, ...over } : a))
  // files holding such a link are refused where they are read; the app's own store, edited outside it, is refused here
  const refused = (assessments: readonly Assessment[]) => {
    for (const id of [REVISION_ID, corrected.id, final2025.id].filter((id) => assessments.some((a) => a.id === id))) {
      const input = reportInputOf(file, assessments, id)
      expect(!input.ok && input.error.message, id).toMatch(/^This engagement's assessments are not as the app keeps them \(/)
    }
  }

  it('the 2025 final "revising" the 2026 one, signed after it', () => {
    const forged = file.assessments
      .filter((a) => a.id !== REVISION_ID)
      .map((a) => (a.id === final2025.id ? { ...a, revisionOfId: corrected.id } : a))
    refused(forged)
  })

  it('a revision linked to the unsigned draft, to itself, or to an id the data lacks', () => {
    const draft = file.assessments.find((a) => a.status === 'draft') as Assessment
    for (const revisionOfId of [draft.id, REVISION_ID, 'asm-nowhere']) refused(withRevision({ revisionOfId }))
  })

  it('a link to a final whose record no longer gives its signed fingerprint names nothing of it', () => {
    const edited = file.assessments.map((a) => (a.id === corrected.id ? { ...a, title: 'Annual review 2026 (amended)' } : a))
    expect(fingerprintAssessment(edited.find((a) => a.id === corrected.id)!)).not.toBe(corrected.signOff?.fingerprint)
    const m = modelOf(REVISION_ID, edited)
    expect(m.revision).toBeUndefined()
    expect(m.title).toBe(REPORT_TITLE)
  })
})

describe('an audit packet marks a revision', () => {
  it("the engagement's entry is the revision, listed as a revision of the final it corrects", () => {
    const model = buildPacketModel({
      records: [{ engagement: file.engagement, assessments: file.assessments }],
      banks: BUILTIN_BANKS,
      generatedAt: GENERATED_AT
    })
    const [entry] = model.entries
    expect(entry?.assessment?.id).toBe(REVISION_ID)
    expect(entry?.statusLabel).toBe('Final (revision)')
    expect(entry?.revisionOf).toEqual({ text: correctedText, id: corrected.id })
    // the manifest line (and so the packet's hash and id) records the assessment's own status, as before
    expect(model.manifestLines[0]?.split('|')[2]).toBe('final')
  })

  it('a forged link is not listed as a revision: the entry is not scored, and says why', () => {
    const forged = file.assessments.map((a) => (a.id === REVISION_ID ? { ...a, revisionOfId: 'asm-nowhere' } : a))
    const model = buildPacketModel({
      records: [{ engagement: file.engagement, assessments: forged }],
      banks: BUILTIN_BANKS,
      generatedAt: GENERATED_AT
    })
    expect(model.entries[0]).toMatchObject({ statusLabel: 'Not scored', revisionOf: null })
    expect(JSON.stringify(model.entries[0])).toMatch(/not as the app keeps them/)
  })
})
