import { randomUUID } from 'node:crypto'
import { app, BrowserWindow, dialog, ipcMain, protocol, session } from 'electron'
import type { ArmsLengthApi } from '@shared/ipc/contract'
import { createStoreService } from '@shared/service/store-service'
import type { AppLocation } from './app-urls'
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './app-protocol'
import { devServerOrigin } from './dev-server'
import { createDialogFileSaver } from './files/dialog-file-saver'
import { registerIpc } from './ipc/register-ipc'
import { builtPaths, dataPaths } from './paths'
import { createElectronPersistence } from './persistence/electron-persistence'
import { StoreUnreadableError } from './persistence/read-text'
import { installSecurity } from './security'
import { createSenderCheck } from './trusted-sender'
import { createMainWindow } from './window'
import { join } from 'node:path'
import { createThreadReportGenerator } from './pdf/thread-report-generator'
import { messageOf } from '@shared/util/result'

const now = (): string => new Date().toISOString()
/** The user's calendar date (this machine's time zone), for due dates and file names. */
const today = (): string => {
  const d = new Date()
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

/** App lifecycle only; everything with logic lives in the modules imported above. */
export async function main(): Promise<void> {
  // why: one writer per store file. A second instance would write the same JSON concurrently (conf has
  // no cross-process locking), so it hands over to the first one and exits.
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return
  }

  // why: every renderer sandboxed, including any a future change forgets to configure
  app.enableSandbox()
  // why: schemes can only be given privileges before ready; app:// replaces file:// (app-protocol.ts)
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES])

  const built = builtPaths(import.meta.dirname)
  const location: AppLocation = {
    rendererDir: built.rendererDir,
    devOrigin: devServerOrigin(process.env, app.isPackaged)
  }
  let mainWindow: BrowserWindow | null = null
  const openWindow = (): BrowserWindow =>
    createMainWindow({
      preloadPath: built.preload,
      devOrigin: location.devOrigin,
      allowDevTools: !app.isPackaged
    })

  let serving = false
  app.on('second-instance', () => {
    if (mainWindow === null || mainWindow.isDestroyed()) {
      // macOS keeps the app running without windows; reopen one, but only once IPC is in place
      if (serving) mainWindow = openWindow()
      return
    }
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })

  await app.whenReady()
  installSecurity(app, session.defaultSession, location)
  // why: registered on the default session, the only one the window uses; serves out/renderer only
  protocol.handle(APP_SCHEME, createAppProtocolHandler(built.rendererDir))

  const api = await openService(() => (mainWindow !== null && !mainWindow.isDestroyed() ? mainWindow : null))
  if (api === null) return
  registerIpc(ipcMain, api, createSenderCheck(location))
  serving = true

  mainWindow = openWindow()
  app.on('window-all-closed', () => {
    // macOS apps stay open without windows; elsewhere closing the window ends the app
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = openWindow()
  })
}

const STARTUP_BACKUP_DELAY_MS = 5_000

/** The store service, or null after telling the user why the app cannot start (the file is untouched). */
async function openService(parentWindow: () => BrowserWindow | null): Promise<ArmsLengthApi | null> {
  try {
    const paths = dataPaths(app.getPath('userData'), process.env)
    const persistence = createElectronPersistence({ paths, now })
    const files = createDialogFileSaver({ dialog, parentWindow, defaultDir: () => app.getPath('documents') })
    const reports = createThreadReportGenerator(join(import.meta.dirname, 'pdf-worker.js'))
    app.on('will-quit', () => reports.shutdown())
    return await createStoreService({
      edition: 'desktop',
      persistence,
      files,
      reports,
      clock: { now, today },
      ids: { newId: () => randomUUID() },
      // the start-up backup copies every assessment: after the window has shown the register
      defer: (task) => setTimeout(task, STARTUP_BACKUP_DELAY_MS)
    })
  } catch (error) {
    const message =
      error instanceof StoreUnreadableError
        ? error.message
        : `The app could not open its data: ${messageOf(error)}\n\nNo data was changed.`
    dialog.showErrorBox("Arm's Length cannot start", message)
    app.exit(1)
    return null
  }
}

/** Resolves once start-up finished (tests await it). */
export const started: Promise<void> = main().catch((error: unknown) => {
  dialog.showErrorBox("Arm's Length cannot start", messageOf(error))
  app.exit(1)
})
