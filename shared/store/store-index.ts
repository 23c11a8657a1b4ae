import { z } from 'zod'
import { EngagementSchema } from '../schemas/engagement'
import { ASSESSMENT_STATUSES, Sha256HexSchema, type Assessment } from '../schemas/assessment'
import { IdSchema, TimestampSchema, text } from '../schemas/common'
import { AssessmentKindSchema, QuestionBankSchema, type QuestionBank } from '../bank/bank-schema'
import { IndexedResultSummarySchema, resultSummaryOf } from './result-summary'
import { SettingsSchema, STORE_SCHEMA_VERSION, uniqueIds, type StoreDoc } from './store-schema'
import { sha256Hex } from '../integrity/sha256'

/**
 * The store on disk since version 4: one small index plus one record per assessment ("body").
 * Version 3 and older kept everything in one document, which at 1,000 engagements × 5 assessments
 * (≈ 60 MB) took about a second to open and most of one to save (docs/performance.md). Now a start
 * reads and validates only the index, an assessment is read when first used, and an autosave writes
 * one body and the index.
 *
 * Bodies are never overwritten: each write of an assessment gets a new revision (the index's
 * generation after the change), and the index names the revision it uses. A crash between writing
 * bodies and writing the index therefore leaves the old index pointing at old, intact bodies; the
 * index write is the commit. Unreferenced bodies are swept at the next start.
 *
 * Version 5 adds each assessment's result summary to its ref (result-summary.ts), so the portfolio is
 * built from the index alone. A version-4 index reads as version 5 without summaries; the first start
 * after the update computes them once, with progress shown (shared/service/summary-upgrade.ts).
 *
 * Version 6 adds to each summary how many questions still open could decide the result (openDecisive),
 * so a band such a question could raise is shown as provisional on the portfolio too. A version-5
 * index's summaries lack it: they are dropped on reading and computed again from the bodies, the same
 * one-time upgrade a version-4 index gets (its bodies backed up first). Version 6 also records each
 * sign-off's fingerprint in its ref (the upgrade adds it from the bodies it reads).
 *
 * Version 7 records in each ref the final a revision corrects (revisionOfId), so due dates and trends read
 * from the index count a signed revision as the cycle it corrects, not as a new one (revision-cycles.ts).
 * An older index's refs lack it: it is read as the current version and the same one-time upgrade reads
 * every body, recording it with the summary.
 */
export const STORE_INDEX_VERSION = 7
/**
 * The index versions this version reads: their result summaries (none in 4; 5's lack openDecisive) are computed again
 * from the bodies, which also records what 6's refs lack (the final a revision corrects).
 */
export const UPGRADABLE_INDEX_VERSIONS: readonly number[] = [4, 5, 6]

/** What lists, due dates and the register need of an assessment without reading its body. */
export const AssessmentRefSchema = z.strictObject({
  id: IdSchema,
  engagementId: IdSchema,
  /** The body revision this index uses (see bodyKey). */
  rev: z.number().int().min(1),
  kind: AssessmentKindSchema,
  status: z.enum(ASSESSMENT_STATUSES),
  title: text(200),
  /**
   * Present once the assessment is final: when it was signed off, and the sign-off's fingerprint, so a
   * restore can tell a backup holding another content under the same id and date (restore-impact.ts).
   * The fingerprint is absent from refs a version-5 index wrote until the upgrade reads their bodies.
   */
  signOff: z.strictObject({ finalizedAt: TimestampSchema, fingerprint: Sha256HexSchema.optional() }).optional(),
  /** The final this assessment revises (a revision corrects it; revision-cycles.ts). Since version 7. */
  revisionOfId: IdSchema.optional(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  /**
   * The result as scored when this revision was written (or when the summaries were last refreshed).
   * Absent when it could not be computed (the body could not be read at the upgrade): the portfolio
   * then scores the body itself. A stale one (isCurrentSummary) is never shown either.
   */
  result: IndexedResultSummarySchema.optional()
})
export type AssessmentRef = z.infer<typeof AssessmentRefSchema>
/** The part of a ref the register sees: everything but the storage revision and the result (the portfolio's). */
export type AssessmentSummary = Omit<AssessmentRef, 'rev' | 'result'>

export const StoreIndexSchema = z
  .strictObject({
    schemaVersion: z.literal(STORE_INDEX_VERSION),
    /** Bumped by every commit; new body revisions take the new value, so they never collide with committed ones. */
    generation: z.number().int().min(0),
    engagements: z.array(EngagementSchema),
    assessments: z.array(AssessmentRefSchema),
    settings: SettingsSchema,
    customBanks: z.array(QuestionBankSchema),
    /** The generation the newest backup was taken of: a start with nothing changed since takes none. */
    backedUpGeneration: z.number().int().min(0).optional()
  })
  .superRefine((index, ctx) => {
    uniqueIds(index.engagements, 'engagements', ctx)
    uniqueIds(index.assessments, 'assessments', ctx)
    index.assessments.forEach((ref, i) => {
      if (ref.rev > index.generation) {
        ctx.addIssue({
          code: 'custom',
          path: ['assessments', i, 'rev'],
          message: `revision ${ref.rev} is newer than the index (generation ${index.generation})`
        })
      }
    })
  })
export type StoreIndex = z.infer<typeof StoreIndexSchema>

/** The ref of one body revision; with `banks`, its result summary too (what every commit of the service writes). */
export function refOf(assessment: Assessment, rev: number, banks?: readonly QuestionBank[]): AssessmentRef {
  return {
    id: assessment.id,
    engagementId: assessment.engagementId,
    rev,
    kind: assessment.kind,
    status: assessment.status,
    title: assessment.title,
    ...recordedRefOf(assessment),
    createdAt: assessment.createdAt,
    updatedAt: assessment.updatedAt,
    ...(banks ? { result: resultSummaryOf(assessment, banks) } : {})
  }
}

/** What a ref records of its body beyond the listing: the sign-off's date and fingerprint, and the final a revision corrects. */
export type RecordedRef = Pick<AssessmentRef, 'signOff' | 'revisionOfId'>

/** The sign-off's date and fingerprint (nothing while the assessment is not signed) and the final it revises (nothing for a first one). */
export function recordedRefOf(assessment: Assessment): RecordedRef {
  const signOff = assessment.signOff
  return {
    ...(signOff ? { signOff: { finalizedAt: signOff.finalizedAt, fingerprint: signOff.fingerprint } } : {}),
    ...(assessment.revisionOfId ? { revisionOfId: assessment.revisionOfId } : {})
  }
}

export function summaryOf({ rev: _rev, result: _result, ...summary }: AssessmentRef): AssessmentSummary {
  return summary
}

/**
 * The storage key of one body revision: a file name stem on the desktop, a record key in the browser.
 * Ids are `[A-Za-z0-9_-]` (IdSchema), so they are safe in file names; but Windows and macOS fold case,
 * so an id with capitals (only imports can bring one) also carries a hash of its exact spelling.
 */
export function bodyKey(id: string, rev: number): string {
  const lower = id.toLowerCase()
  const stem = lower === id ? id : `${lower}~${sha256Hex(id).slice(0, 12)}`
  return `${stem}.${rev}`
}

/** The whole document (the backup format, store version 3) from the index and its bodies, in index order. */
export function wholeDoc(index: StoreIndex, bodies: readonly Assessment[]): StoreDoc {
  return {
    schemaVersion: STORE_SCHEMA_VERSION,
    engagements: index.engagements,
    assessments: [...bodies],
    settings: index.settings,
    customBanks: index.customBanks
  }
}

export function emptyStoreIndex(settings: StoreDoc['settings']): StoreIndex {
  return { schemaVersion: STORE_INDEX_VERSION, generation: 0, engagements: [], assessments: [], settings, customBanks: [] }
}

/** The body keys an index references: everything else in the body folder is left over from a crash. */
export function referencedBodies(index: StoreIndex): Set<string> {
  return new Set(index.assessments.map((r) => bodyKey(r.id, r.rev)))
}
