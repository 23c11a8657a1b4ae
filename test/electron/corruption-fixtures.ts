import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect } from 'vitest'
import { DEFAULT_BANK } from '@shared/bank/bank-registry'
import type { ArmsLengthApi } from '@shared/ipc/contract'
import type { ReportGenerator } from '@shared/report/report-generator'
import type { Assessment } from '@shared/schemas/assessment'
import type { Engagement } from '@shared/schemas/engagement'
import type { StorePersistence } from '@shared/service/persistence'
import { STORE_INDEX_VERSION, StoreIndexSchema, type StoreIndex } from '@shared/store/store-index'
import { emptyStoreDoc, type StoreDoc } from '@shared/store/store-schema'
import type { Result } from '@shared/util/result'
import { memoryPersistence } from '../helpers/memory-persistence'
import { engagementFields } from './fixtures'

/**
 * The corrupted-file matrix (reliability reference §2): every way the store can be damaged, on the
 * desktop (the index file and one file per assessment, real files in a temp folder) and in the browser
 * edition (IndexedDB records, through an in-memory KeyValueStore). The store is an index plus one record
 * per assessment (shared/store/store-index.ts), so there are two kinds of damage:
 *
 * A damaged index (the store file / the `store` record). The promise is the same as for the old single
 * file:
 *   - the damaged index is set aside with its exact bytes, and nothing is written over it;
 *   - the assessment records it referenced go with it (desktop: a folder beside it; browser: under its
 *     name), byte for byte: nothing is deleted, not even by a later start's sweep;
 *   - the newest backup that opens cleanly is offered (StartupInfo.notice.offeredBackup);
 *   - the notice tells the user what was wrong and where the file went;
 *   - restoring the offered backup brings the data back.
 * An index from a newer version is not damage: it opens read-only, unmoved and unchanged (NEWER_VERSION).
 *
 * A damaged assessment record (missing, empty, truncated, not JSON, wrong shape, another assessment's).
 * Only that assessment is affected: reading it answers `invalid-file` naming the record and saying that
 * nothing was changed; its bytes stay as they are; the register and every other assessment still work;
 * restoring a backup brings it back.
 *
 * An unreadable file is different: its bytes cannot be read, so it cannot be judged or copied. An
 * unreadable index is left exactly where it is and the app refuses to start, saying why (path and error
 * code); an unreadable assessment record is reported like a damaged one.
 *
 * Also in the suite: an old single-document store (store version ≤ 3) is split on first open, its exact text kept
 * as a backup; and leftovers of interrupted writes are swept at start, while anything else stays.
 *
 * The suite is split by job: corruption-desktop-index, corruption-desktop-records and
 * corruption-desktop-files (real files; their setup is corruption-desktop.ts), and corruption-browser.
 * This module holds what both editions share, and imports nothing of Electron, so the browser suite
 * needs no `electron` mock.
 */

// why: nothing here renders a report; every generator method rejects, whatever methods the interface grows
export const noReports = new Proxy({} as ReportGenerator, {
  get: (_target, key) => (key === 'then' ? undefined : () => Promise.reject(new Error('no reports in this suite')))
})

const INDEX_VERSION_AHEAD = STORE_INDEX_VERSION + 1
export const QUESTION = DEFAULT_BANK.questions[0]!

/** A seeded byte generator, so the "garbage" is the same on every run. */
export function garbage(length: number, seed = 7): Buffer {
  let a = seed
  const bytes = Buffer.alloc(length)
  for (let i = 0; i < length; i++) {
    a = (Math.imul(a, 1103515245) + 12345) >>> 0
    bytes[i] = a >>> 24
  }
  return bytes
}

/** Rewrites a JSON file's content through `edit`. */
function editJson(good: Buffer, edit: (json: Record<string, unknown>) => unknown): Buffer {
  return Buffer.from(JSON.stringify(edit(JSON.parse(good.toString('utf8')) as Record<string, unknown>)))
}

function editIndex(good: Buffer, edit: (index: StoreIndex) => unknown): Buffer {
  return Buffer.from(JSON.stringify(edit(StoreIndexSchema.parse(JSON.parse(good.toString('utf8'))))))
}

/** `binary`: raw bytes, which the browser edition (strings) sees one char per byte. */
export type Damage = { label: string; bytes: (good: Buffer) => Buffer; says: RegExp; binary?: true }

/** What can be wrong with the store file (the index), with what the notice must say about it. `good` is a real index. */
export const DAMAGED: Damage[] = [
  { label: 'an empty file (0 bytes)', bytes: () => Buffer.alloc(0), says: /The data file was empty\./ },
  { label: 'whitespace only', bytes: () => Buffer.from(' \r\n\t\n', 'utf8'), says: /The data file was empty\./ },
  { label: 'truncated to its first half', bytes: (good) => good.subarray(0, Math.floor(good.length / 2)), says: /not valid JSON/ },
  { label: 'truncated by its last byte', bytes: (good) => good.subarray(0, good.length - 1), says: /not valid JSON/ },
  { label: 'truncated after 10 bytes', bytes: (good) => good.subarray(0, 10), says: /not valid JSON/ },
  { label: 'binary garbage (4 KiB, seeded)', bytes: () => garbage(4096), says: /not valid JSON/, binary: true },
  { label: 'zero-filled (4 KiB, a classic power-loss result)', bytes: () => Buffer.alloc(4096), says: /not valid JSON/, binary: true },
  {
    label: 'bytes that are not UTF-8 inside valid-looking JSON',
    bytes: (good) => Buffer.concat([good.subarray(0, 40), Buffer.from([0xff, 0xfe, 0x80]), good.subarray(40)]),
    says: /not valid JSON/,
    binary: true
  },
  {
    label: 'a UTF-8 byte-order mark before valid JSON',
    bytes: (good) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), good]),
    says: /not valid JSON/
  },
  {
    label: 'valid JSON, but an array',
    bytes: () => Buffer.from('[1,2,3]'),
    says: /does not have the expected shape:\n\(root\): expected an object/
  },
  { label: 'valid JSON, but null', bytes: () => Buffer.from('null'), says: /does not have the expected shape/ },
  { label: 'valid JSON, an empty object', bytes: () => Buffer.from('{}'), says: /expected shape:\nschemaVersion: missing/ },
  {
    label: 'an index with engagements of the wrong type',
    bytes: (good) => editIndex(good, (index) => ({ ...index, engagements: 'none' })),
    says: /expected shape:\n.*engagements/
  },
  {
    label: 'an index with one engagement with a wrong field',
    bytes: (good) =>
      editIndex(good, (index) => ({
        ...index,
        engagements: [{ ...index.engagements[0], headcount: 'many' }, ...index.engagements.slice(1)]
      })),
    says: /expected shape:\nengagements\[0\]\.headcount/
  },
  {
    label: 'an index with an assessment entry of the wrong shape',
    bytes: (good) =>
      editIndex(good, (index) => ({ ...index, assessments: [{ ...index.assessments[0], rev: 'latest' }, ...index.assessments.slice(1)] })),
    says: /expected shape:\nassessments\[0\]\.rev/
  },
  {
    label: 'an index that lists one assessment twice',
    bytes: (good) => editIndex(good, (index) => ({ ...index, assessments: [...index.assessments, index.assessments[0]] })),
    says: /expected shape:\n.*is listed twice/
  },
  {
    label: 'an index naming a revision newer than itself',
    bytes: (good) =>
      editIndex(good, (index) => ({
        ...index,
        assessments: [{ ...index.assessments[0], rev: index.generation + 1 }, ...index.assessments.slice(1)]
      })),
    says: /expected shape:\n.*newer than the index/
  },
  {
    label: 'an old whole document (store version 3) with engagements of the wrong type',
    bytes: () => Buffer.from(JSON.stringify({ ...emptyStoreDoc(), engagements: 'none' })),
    says: /expected shape:\n.*engagements/
  },
  {
    label: 'an export bundle saved in place of the store',
    bytes: () =>
      Buffer.from(
        JSON.stringify({ format: 'armslength.bundle', formatVersion: 1, exportedAt: '2026-11-25T10:00:00.000Z', engagements: [] })
      ),
    says: /expected shape:\nschemaVersion: missing/
  }
]

/**
 * Not damage: an index written by a newer version of the app. It opens read-only (DECISIONS 30): nothing
 * is moved or written, what still matches this version's index is shown, and every change is refused.
 */
export const NEWER_VERSION = {
  bytes: (good: Buffer) => editJson(good, (json) => ({ ...json, schemaVersion: INDEX_VERSION_AHEAD, addedLater: { x: 1 } })),
  says: new RegExp(`newer version of Arm's Length \\(store version ${INDEX_VERSION_AHEAD}; this version writes`)
}

/**
 * What can be wrong with one assessment's record, with what the refusal must say. `good` is that record,
 * `other` the record of an assessment of another engagement; null means the record is gone.
 */
export type BodyDamage = { label: string; bytes: (good: Buffer, other: Buffer) => Buffer | null; says: RegExp; binary?: true }

export const BODY_DAMAGED: BodyDamage[] = [
  { label: 'missing', bytes: () => null, says: /\) is missing\. Nothing was changed/ },
  { label: 'empty', bytes: () => Buffer.alloc(0), says: /\) is not valid JSON \(.*\)\. Nothing was changed/ },
  { label: 'truncated to its first half', bytes: (good) => good.subarray(0, Math.floor(good.length / 2)), says: /\) is not valid JSON \(/ },
  { label: 'not JSON (binary garbage)', bytes: () => garbage(512), says: /\) is not valid JSON \(/, binary: true },
  {
    label: 'valid JSON of the wrong shape',
    bytes: (good) => editJson(good, (json) => ({ ...json, status: 'lost' })),
    says: /\) does not have the expected shape:\nstatus[^]*Nothing was changed/
  },
  {
    label: 'the record of another assessment copied in its place',
    bytes: (_good, other) => other,
    says: /\) belongs to another assessment\. Nothing was changed/
  }
]

export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.value
}

export const notice = async (service: ArmsLengthApi) => unwrap(await service.getStartupInfo()).notice

/** Every file in a folder (none when it does not exist) with its bytes. */
export async function filesWithBytes(dir: string): Promise<Map<string, Buffer>> {
  const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [] as string[]
    throw error
  })
  const files = new Map<string, Buffer>()
  for (const name of names.sort()) files.set(name, await readFile(join(dir, name)))
  return files
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

export type Started = { engagement: Engagement; assessment: Assessment }

/** An engagement with one assessment that has an answer, as the user leaves them. */
export async function engagementWithAssessment(service: ArmsLengthApi, name: string): Promise<Started> {
  const engagement = unwrap(await service.createEngagement({ fields: engagementFields({ name }) }))
  const started = unwrap(await service.startAssessment({ engagementId: engagement.id, kind: 'annual', title: `Annual review ${name}` }))
  const answer = { choice: QUESTION.options[0]!.id, note: `Zażółć gęślą jaźń — ${name}` }
  unwrap(await service.saveAnswer({ assessmentId: started.id, questionId: QUESTION.id, answer }))
  return { engagement, assessment: unwrap(await service.openAssessment({ assessmentId: started.id })).assessment }
}

/** An invalid-file refusal whose message matches `says`. */
export function refused(says: RegExp) {
  return { ok: false, error: { code: 'invalid-file', message: expect.stringMatching(says) } }
}

/** A store as version 3 kept it: everything in one document. Built with today's code, in memory. */
export async function oldStoreDoc(open: (p: StorePersistence) => Promise<ArmsLengthApi>): Promise<StoreDoc> {
  const { persistence: memory, state } = memoryPersistence()
  const service = await open(memory)
  const first = await engagementWithAssessment(service, 'First')
  await engagementWithAssessment(service, 'Second')
  unwrap(await service.startAssessment({ engagementId: first.engagement.id, kind: 'adhoc', title: 'Ad hoc check' }))
  unwrap(await service.updateSettings({ settings: { confidentialityMarking: 'Attorney work product', defaultReviewIntervalMonths: 6 } }))
  const doc = state.storedDoc()
  // imports can bring ids with capitals; on a disk that folds case, their records must not collide
  // with the lower-case spelling of the same id
  const [a, b, c] = doc.assessments
  if (!a || !b || !c) throw new Error('expected three assessments')
  return { ...doc, assessments: [{ ...a, id: 'Imported-A1' }, { ...b, id: 'imported-a1' }, c] }
}
