import type { Assessment } from '../schemas/assessment'
import { revisionLinkProblem } from '../workflow/revision-cycles'

/** A final of an engagement that is the same signed final as an earlier one of the list, under another id. */
export type RepeatedSignOff = { index: number; firstIndex: number; fingerprint: string }

/**
 * The finals of one engagement's list that repeat an earlier final's sign-off fingerprint (the fingerprint leaves
 * the id out, so a copy under a new id is the same signed final). The app never holds one twice in an engagement
 * ("keep both" copies into a new engagement): a second copy would stand as its own cycle beside the revision that
 * replaced the first, or count one signed revision as two (attacker review), so it is refused where files are read.
 */
export function repeatedSignOffs(assessments: readonly Assessment[]): RepeatedSignOff[] {
  const first = new Map<string, number>()
  const repeated: RepeatedSignOff[] = []
  assessments.forEach((a, index) => {
    const fingerprint = a.status === 'final' ? a.signOff?.fingerprint : undefined
    if (fingerprint === undefined) return
    const firstIndex = first.get(fingerprint)
    if (firstIndex === undefined) first.set(fingerprint, index)
    else repeated.push({ index, firstIndex, fingerprint })
  })
  return repeated
}

/** How a repeated sign-off is named where a file is refused. */
export function repeatedSignOffText(r: RepeatedSignOff, assessments: readonly Assessment[]): string {
  return `The same signed final as ${assessments[r.firstIndex]?.id ?? 'another assessment'} (sign-off fingerprint ${r.fingerprint}) under another id: an engagement holds each signed final once`
}

/** A signed final that revises the same final as an earlier signed final of the list. */
export type SecondRevision = { index: number; firstIndex: number; revisedId: string }

/**
 * The signed revisions of one engagement's list that revise a final an earlier signed revision of the list already
 * revises. The app revises a final once (a later correction revises the revision: startRevisionIn, and sign-off
 * refuses a second), so two would both stand for one cycle; a file or store holding them was made elsewhere
 * (attacker review: a file with both, or a colleague's draft revision imported beside ours and signed here).
 */
export function secondSignedRevisions(assessments: readonly Assessment[]): SecondRevision[] {
  const first = new Map<string, number>()
  const second: SecondRevision[] = []
  assessments.forEach((a, index) => {
    if (a.status !== 'final' || a.signOff === undefined || a.revisionOfId === undefined) return
    const firstIndex = first.get(a.revisionOfId)
    if (firstIndex === undefined) first.set(a.revisionOfId, index)
    // the same signed revision under another id is a repeated sign-off, named as such (repeatedSignOffs)
    else if (assessments[firstIndex]?.signOff?.fingerprint !== a.signOff.fingerprint)
      second.push({ index, firstIndex, revisedId: a.revisionOfId })
  })
  return second
}

/** How a second signed revision is named where a file is refused. */
export function secondRevisionText(r: SecondRevision, assessments: readonly Assessment[]): string {
  return `A second signed revision of ${r.revisedId}, which ${assessments[r.firstIndex]?.id ?? 'another assessment'} already revises: a final is revised once, and a later correction revises the revision`
}

/**
 * What is wrong with an engagement's records: a signed final held twice, a final with two signed revisions, or a
 * signed final's revision link the app could not have made. The kind tells the screens where it can have come from:
 * a second revision also from an import by a version before the app refused one (DECISIONS 249), the others only
 * from a store edited outside the app.
 */
export type EngagementRecordProblem = { kind: 'repeated-sign-off' | 'second-revision' | 'revision-link'; message: string }

/**
 * Why an engagement's assessments are not as the app keeps them, or null (see engagementRecordProblem).
 */
export function engagementRecordProblemOf(assessments: readonly Assessment[]): EngagementRecordProblem | null {
  const repeated = repeatedSignOffs(assessments)[0]
  if (repeated)
    return { kind: 'repeated-sign-off', message: `${assessments[repeated.index]?.id}: ${repeatedSignOffText(repeated, assessments)}` }
  const second = secondSignedRevisions(assessments)[0]
  if (second) return { kind: 'second-revision', message: `${assessments[second.index]?.id}: ${secondRevisionText(second, assessments)}` }
  for (const a of assessments) {
    if (a.status !== 'final') continue
    const link = revisionLinkProblem(a, assessments)
    if (link) return { kind: 'revision-link', message: `${a.id}: ${link}` }
  }
  return null
}

/**
 * Why an engagement's assessments are not as the app keeps them, or null: a signed final held twice, a final with two
 * signed revisions, or a signed final's revision link the app could not have made (revisionLinkProblem). Import,
 * restore and `validate` refuse such a file with the path of each problem; a report of the engagement refuses to
 * print from such data (its store edited outside the app), since it would print a revision as a plain final, or a
 * corrected final as standing. An unsigned revision's link stands for no cycle and prints no claim that holds, so
 * it does not lock the engagement's reports (break-it review: a draft revision dated before its final by a clock set
 * back did).
 */
export function engagementRecordProblem(assessments: readonly Assessment[]): string | null {
  return engagementRecordProblemOf(assessments)?.message ?? null
}
