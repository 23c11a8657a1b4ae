import { randomUUID } from 'node:crypto'
import { app, BrowserWindow, dialog, ipcMain, protocol, session } from 'electron'
import type { ArmsLengthApi } from '@shared/ipc/contract'
import { createStoreService } from '@shared/service/store-service'
import type { AppLocation } from './app-urls'
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './app-protocol'
import { devServerOrigin } from './dev-server'
import { createDialogFileSaver } from './files/dialog-file-saver'
import { registerIpc } from './ipc/register-ipc'
import { builtPaths, dataPaths, type DataPaths } from './paths'
import { createElectronPersistence } from './persistence/electron-persistence'
import { StoreUnreadableError } from './persistence/read-text'
import { installSecurity } from './security'
import { createSenderCheck } from './trusted-sender'
import { createMainWindow } from './window'
import { join } from 'node:path'
import { createThreadReportGenerator } from './pdf/thread-report-generator'
import { messageOf } from '@shared/util/result'
import type { DiagnosticsHost } from '@shared/diagnostics/collect-diagnostics'
import { createDesktopLogger, type DesktopLogger } from './logging/app-log'
import { watchProcessErrors } from './logging/process-errors'
import { installNativeSha256 } from './native-sha256'
import { setThreadNoticeSink } from './pdf/thread-notices'

// fingerprints by Node's SHA-256 (a backup checks every signed assessment): the same digests, checked on install
installNativeSha256()

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

  const paths = dataPaths(app.getPath('userData'), process.env)
  const log = createDesktopLogger({ logsDir: join(paths.userData, 'logs'), console: !app.isPackaged })
  log.event('app-start', { version: app.getVersion(), platform: process.platform, arch: process.arch, electron: process.versions.electron })
  // the reason is a thread's error message (no page content); a field would reduce its spaces to "?"
  setThreadNoticeSink((notice) => log.error(notice.kind, new Error(notice.why)))
  // why: only inside Electron; under the unit tests (electron mocked) a listener would swallow the test runner's own errors
  if (process.versions.electron !== undefined) {
    watchProcessErrors(process, log, (error) =>
      dialog.showErrorBox(
        "Arm's Length hit an unexpected error",
        `${error.message}\n\nThe details were written to ${log.file}. Settings › Copy diagnostic information includes them.`
      )
    )
  }
  app.on('render-process-gone', (_event, _contents, details) =>
    log.warn('render-process-gone', { reason: details.reason, exitCode: details.exitCode })
  )
  app.on('child-process-gone', (_event, details) =>
    log.warn('child-process-gone', { type: details.type, reason: details.reason, exitCode: details.exitCode })
  )

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

  const host: DiagnosticsHost = {
    appVersion: app.getVersion(),
    platform: `${process.platform} ${process.arch}; Electron ${process.versions.electron ?? '?'}; Chromium ${process.versions.chrome ?? '?'}; Node ${process.versions.node}`,
    recentLog: (count) => log.recent(count)
  }
  const api = await openService(paths, log, host, () => (mainWindow !== null && !mainWindow.isDestroyed() ? mainWindow : null))
  if (api === null) return
  const startup = await api.getStartupInfo()
  if (startup.ok) log.event('store-opened', { migratedFrom: startup.value.migratedFrom, setAside: startup.value.notice !== null })
  registerIpc(ipcMain, api, createSenderCheck(location), log)
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
async function openService(
  paths: DataPaths,
  log: DesktopLogger,
  host: DiagnosticsHost,
  parentWindow: () => BrowserWindow | null
): Promise<ArmsLengthApi | null> {
  try {
    const persistence = createElectronPersistence({ paths, now })
    const files = createDialogFileSaver({ dialog, parentWindow, defaultDir: () => app.getPath('documents') })
    const reports = createThreadReportGenerator(join(import.meta.dirname, 'pdf-worker.js'), ({ error, exitCode }) =>
      log.error('pdf-worker-failed', error ?? new Error(`PDF worker exited with code ${exitCode}`), { exitCode })
    )
    app.on('will-quit', () => reports.shutdown())
    return await createStoreService({
      edition: 'desktop',
      persistence,
      files,
      reports,
      clock: { now, today },
      ids: { newId: () => randomUUID() },
      host,
      // the start-up backup copies every assessment: after the window has shown the register
      defer: (task) => setTimeout(task, STARTUP_BACKUP_DELAY_MS)
    })
  } catch (error) {
    log.error('start-failed', error, { unreadable: error instanceof StoreUnreadableError })
    const message =
      error instanceof StoreUnreadableError ? error.message : `The app could not open its data: ${messageOf(error)}\n\nNo data was changed.`
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
