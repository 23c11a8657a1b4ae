import { join } from 'node:path'

/** The store file's base name (electron-store adds `.json`). */
export const STORE_NAME = 'armslength-store'

/**
 * Every on-disk location the app uses, in one place. The user-data folder comes from Electron unless
 * ARMSLENGTH_USER_DATA points elsewhere (tests, and a portable/second profile when debugging).
 */
export type DataPaths = {
  userData: string
  storeFile: string
  /** One file per assessment revision (shared/store/store-index.ts). */
  assessmentsDir: string
  backupsDir: string
}

export function dataPaths(electronUserData: string, env: Record<string, string | undefined>): DataPaths {
  const override = env['ARMSLENGTH_USER_DATA']
  const userData = override !== undefined && override !== '' ? override : electronUserData
  return {
    userData,
    storeFile: join(userData, `${STORE_NAME}.json`),
    assessmentsDir: join(userData, 'assessments'),
    backupsDir: join(userData, 'backups')
  }
}

/** Where the built preload and renderer sit, relative to the built main entry (out/main/index.js). */
export type BuiltPaths = {
  preload: string
  /** Served as app://bundle/ (app-protocol.ts). */
  rendererDir: string
}

/**
 * `mainDir` is the folder of the main entry bundle. Only index.ts passes import.meta.dirname: the entry
 * is always emitted as out/main/index.js, whereas a module could land in a shared chunk folder.
 */
export function builtPaths(mainDir: string): BuiltPaths {
  const rendererDir = join(mainDir, '..', 'renderer')
  return {
    preload: join(mainDir, '..', 'preload', 'index.cjs'),
    rendererDir
  }
}
