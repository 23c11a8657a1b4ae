import { tmpdir } from 'node:os'

/**
 * Stands in for the `electron` module when main-process code runs under plain Node (the crash test's
 * child and the store benchmark). Only what electron-store and our persistence touch is provided:
 * paths come from ARMSLENGTH_USER_DATA, IPC registration is a no-op because nothing can call it.
 */
const userData = (): string => process.env['ARMSLENGTH_USER_DATA'] ?? tmpdir()

export const app = {
  getPath: (_name: string): string => userData(),
  getVersion: (): string => '0.1.0',
  isPackaged: false
}

export const ipcMain = {
  on: (): void => undefined,
  handle: (): void => undefined,
  removeAllListeners: (): void => undefined
}

export const shell = { openPath: async (): Promise<string> => '' }

const electron = { app, ipcMain, shell }
export default electron
