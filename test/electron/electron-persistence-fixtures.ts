import { readFile, readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { DEFAULT_BANK } from '@shared/bank/bank-registry'
import type { Assessment } from '@shared/schemas/assessment'
import { StoreIndexSchema, emptyStoreIndex, type StoreIndex } from '@shared/store/store-index'
import { DEFAULT_SETTINGS } from '@shared/store/store-schema'
import type { Result } from '@shared/util/result'
import { testReports } from '../helpers/memory-persistence'
import { engagementFields } from './fixtures'
import { useTempStore, type TempStore } from './temp-store'

/**
 * What the electron-persistence test files share: electron-persistence (paths, round trip, file modes),
 * -records (commits and record keys), -startup (the sweep and setting damaged files aside) and -backups.
 * Each of them mocks `electron` itself (see temp-store.ts).
 */

export const QUESTION = DEFAULT_BANK.questions[0]!
/** Text only an answer holds, so a test can tell where answers are stored. */
export const ANSWER_NOTE = 'Seen on site visit — ąćęłńóśźż'

export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.value
}

export async function filesIn(dir: string): Promise<string[]> {
  return (await readdir(dir)).sort()
}

/** Every file in a folder with its bytes (folders in it left out). */
export async function filesWithBytes(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>()
  for (const name of await filesIn(dir)) {
    if ((await stat(join(dir, name))).isFile()) files.set(name, await readFile(join(dir, name)))
  }
  return files
}

/** A minimal index naming records of assessment ids at revisions; the persistence never looks inside. */
export function indexNaming(generation: number, refs: readonly { id: string; rev: number }[]): StoreIndex {
  const at = '2026-11-25T10:00:00.000Z'
  return {
    ...emptyStoreIndex({ ...DEFAULT_SETTINGS }),
    generation,
    assessments: refs.map(({ id, rev }) => ({
      id,
      engagementId: 'e-1',
      rev,
      kind: 'annual',
      status: 'draft',
      title: '',
      createdAt: at,
      updatedAt: at
    }))
  }
}

export type PersistenceStore = TempStore & {
  storedIndex: () => Promise<StoreIndex>
  recordFile: (key: string) => string
  /** An engagement with one assessment that has an answer, written through the service. */
  storedAssessment: () => Promise<Assessment>
}

/** A temp user-data folder per test (see useTempStore), with the helpers that read and fill it. */
export function usePersistenceStore(prefix: string): PersistenceStore {
  const store = useTempStore({ prefix, reports: testReports })
  const { paths, openService } = store

  const storedIndex = async (): Promise<StoreIndex> => StoreIndexSchema.parse(JSON.parse(await readFile(paths.storeFile, 'utf8')))
  const recordFile = (key: string) => join(paths.assessmentsDir, `${key}.json`)

  async function storedAssessment(): Promise<Assessment> {
    const service = await openService()
    const engagement = unwrap(await service.createEngagement({ fields: engagementFields() }))
    const started = unwrap(await service.startAssessment({ engagementId: engagement.id, kind: 'annual', title: 'Annual review' }))
    unwrap(
      await service.saveAnswer({
        assessmentId: started.id,
        questionId: QUESTION.id,
        answer: { choice: QUESTION.options[0]!.id, note: ANSWER_NOTE }
      })
    )
    return unwrap(await service.openAssessment({ assessmentId: started.id })).assessment
  }

  return { ...store, storedIndex, recordFile, storedAssessment }
}
