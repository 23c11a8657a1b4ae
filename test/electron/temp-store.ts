import { mkdtempSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach } from 'vitest'
import type { ArmsLengthApi } from '@shared/ipc/contract'
import type { ReportGenerator } from '@shared/report/report-generator'
import type { StorePersistence } from '@shared/service/persistence'
import { createStoreService } from '@shared/service/store-service'
import { dataPaths, type DataPaths } from '../../electron/main/paths'
import { createElectronPersistence } from '../../electron/main/persistence/electron-persistence'
import { cancellingFileSaver, sequentialIds, steppingClock } from './fixtures'

export type TempStore = {
  /** This test's user-data folder and the paths in it. */
  paths: DataPaths
  /** One clock per file, as before the split: timestamps keep moving from test to test. */
  clock: { now: () => string }
  persistence: () => StorePersistence
  openService: (p?: StorePersistence) => Promise<ArmsLengthApi>
}

type Options = {
  /** mkdtemp prefix; one per test file, so a leftover folder says which file left it. */
  prefix: string
  reports: ReportGenerator
  /** Runs after each test's folder is made and again before it is removed (the callers' fault switches). */
  reset?: () => void
}

/**
 * The desktop persistence on real files: a fresh user-data folder per test, removed after it. Call it at
 * the top of a test file or inside a describe; the hooks are registered there.
 *
 * electron-persistence imports `electron`, so every test file that uses this must mock `electron` itself
 * (vi.mock is hoisted per test file and cannot be installed from here).
 */
export function useTempStore({ prefix, reports, reset }: Options): TempStore {
  // why one object refilled per test rather than a new one: tests destructure `paths` once, at the top of
  // the file, and keep reading `paths.storeFile` in every test
  const paths: DataPaths = { userData: '', storeFile: '', assessmentsDir: '', backupsDir: '' }
  const clock = steppingClock()
  // one id source per test: ids stay unique across the services a test opens
  let ids = sequentialIds('e')

  beforeEach(() => {
    Object.assign(paths, dataPaths('/nonexistent', { ARMSLENGTH_USER_DATA: mkdtempSync(join(tmpdir(), prefix)) }))
    ids = sequentialIds('e')
    reset?.()
  })
  afterEach(async () => {
    reset?.()
    await rm(paths.userData, { recursive: true, force: true })
  })

  // why a copy of `paths`: work a test left running (a start-up backup) must stay in that test's folder,
  // not follow the shared object into the next test's
  const persistence = (): StorePersistence => createElectronPersistence({ paths: { ...paths }, now: clock.now })
  const openService = (p: StorePersistence = persistence()) =>
    createStoreService({ edition: 'desktop', persistence: p, files: cancellingFileSaver(), reports, clock, ids })

  return { paths, clock, persistence, openService }
}
