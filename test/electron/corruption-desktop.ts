import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect } from 'vitest'
import type { BackupInfo } from '@shared/ipc/contract'
import type { Assessment } from '@shared/schemas/assessment'
import { StoreIndexSchema, bodyKey, referencedBodies } from '@shared/store/store-index'
import { engagementWithAssessment, filesWithBytes, noReports, unwrap, type Started } from './corruption-fixtures'
import { useTempStore, type TempStore } from './temp-store'

export type History = {
  index: Buffer
  /** The assessment record files, by file name. */
  bodies: Map<string, Buffer>
  first: Started
  second: Started
  assessments: Assessment[]
  /** Newest first: the start-up backups of the two-engagement and the one-engagement state. */
  backups: BackupInfo[]
}

export type DesktopStore = TempStore & {
  goodHistory: () => Promise<History>
  bodyFileOf: (index: Buffer, assessmentId: string) => { key: string; file: string }
}

/**
 * The desktop half of the corruption suite (see corruption-fixtures.ts): real files in a temp folder per
 * test. Kept apart from corruption-fixtures.ts because it loads the Electron persistence: a test file that
 * uses it mocks `electron` itself. `reset` clears that file's simulated fs faults around each test.
 */
export function useDesktopStore(options: { prefix: string; reset?: () => void }): DesktopStore {
  const store = useTempStore({ ...options, reports: noReports })
  const { paths, openService } = store

  /** Three good starts, each with its start-up backup written: an older backup with one engagement, the newest with two. */
  async function goodHistory(): Promise<History> {
    const first = await engagementWithAssessment(await openService(), 'First')
    const two = await openService()
    unwrap(await two.listBackups()) // waits for the start-up backup
    const second = await engagementWithAssessment(two, 'Second')
    const three = await openService()
    const backups = unwrap(await three.listBackups())
    const bodies = await filesWithBytes(paths.assessmentsDir)
    const index = await readFile(paths.storeFile)
    // the good store really has its assessments as records: exactly the ones the index names
    expect([...bodies.keys()]).toEqual(
      [...referencedBodies(StoreIndexSchema.parse(JSON.parse(index.toString('utf8'))))].map((k) => `${k}.json`).sort()
    )
    expect(bodies.size).toBe(2)
    return { index, bodies, first, second, assessments: unwrap(await three.listAssessments({})), backups }
  }

  function bodyFileOf(index: Buffer, assessmentId: string): { key: string; file: string } {
    const ref = StoreIndexSchema.parse(JSON.parse(index.toString('utf8'))).assessments.find((r) => r.id === assessmentId)
    if (!ref) throw new Error(`no ${assessmentId} in the index`)
    const key = bodyKey(ref.id, ref.rev)
    return { key, file: join(paths.assessmentsDir, `${key}.json`) }
  }

  return { ...store, goodHistory, bodyFileOf }
}
