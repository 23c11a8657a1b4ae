import { describe, expect, test } from 'vitest'
import { DEFAULT_BANK } from '@shared/bank/bank-registry'
import { readExchangeFile } from '@shared/exchange/validate-exchange'
import { applyImport, previewImport } from '@shared/exchange/plan-import'
import { engagementRecordProblem } from '@shared/integrity/record-consistency'
import type { Assessment } from '@shared/schemas/assessment'
import { emptyStoreDoc, type StoreDoc } from '@shared/store/store-schema'
import { startRevisionIn, type Changed } from '@shared/workflow/assessment-ops'
import { BUILTIN_BANKS } from '../fixtures/builtin-banks'
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
})
