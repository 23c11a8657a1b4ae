import { mkdtempSync } from 'node:fs'
import { mkdir, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { CHANNELS } from '@shared/ipc/channels'

const electron = vi.hoisted(() => {
  const state = { lock: true }
  const app = Object.assign(new (require('node:events').EventEmitter)() as import('node:events').EventEmitter, {
    isPackaged: false,
    requestSingleInstanceLock: vi.fn(() => state.lock),
    quit: vi.fn(),
    exit: vi.fn(),
    enableSandbox: vi.fn(),
    whenReady: vi.fn(async () => undefined),
    getPath: vi.fn(() => '/nonexistent-user-data'),
    getVersion: vi.fn(() => '0.1.0')
  })
  class BrowserWindow {
    static created: BrowserWindow[] = []
    static getAllWindows = vi.fn(() => BrowserWindow.created)
    minimized = false
    focus = vi.fn()
    restore = vi.fn()
    show = vi.fn()
    isDestroyed = vi.fn(() => false)
    isMinimized = vi.fn(() => this.minimized)
    once = vi.fn()
    loadFile = vi.fn(async () => undefined)
    loadURL = vi.fn(async () => undefined)
    // window.ts asks before a close the page holds back (will-prevent-unload)
    webContents = { on: vi.fn() }
    constructor(readonly options: unknown) {
      BrowserWindow.created.push(this)
    }
  }
  const ipcMain = { handle: vi.fn(), on: vi.fn(), removeAllListeners: vi.fn() }
  const webRequest = { onBeforeRequest: vi.fn(), onHeadersReceived: vi.fn() }
  const session = {
    defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn(), webRequest }
  }
  const dialog = { showErrorBox: vi.fn() }
  const shell = { openPath: vi.fn() }
  const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() }
  return { state, module: { app, BrowserWindow, ipcMain, session, dialog, shell, protocol } }
})
vi.mock('electron', () => ({ default: electron.module, ...electron.module }))

const { app, BrowserWindow, ipcMain, dialog, protocol } = electron.module
let userData: string

async function start(): Promise<void> {
  vi.resetModules()
  const index = await import('../../electron/main/index')
  await index.started
}

beforeEach(() => {
  vi.clearAllMocks()
  app.removeAllListeners()
  BrowserWindow.created.length = 0
  electron.state.lock = true
  userData = mkdtempSync(join(tmpdir(), 'al-main-'))
  vi.stubEnv('ARMSLENGTH_USER_DATA', userData)
  vi.stubEnv('ELECTRON_RENDERER_URL', '')
})
afterEach(async () => {
  vi.unstubAllEnvs()
  await rm(userData, { recursive: true, force: true })
})

// each test imports the main process afresh (vi.resetModules): the first import transforms its whole module
// graph, about 4 s on a loaded 2-core machine, past vitest's 5 s default; a timed-out start then leaked its
// calls into the next test. The work is real, so the limit is explicit rather than the default.
describe('main process start-up', { timeout: 30_000 }, () => {
  it('quits at once when another instance holds the lock', async () => {
    electron.state.lock = false
    await start()
    expect(app.requestSingleInstanceLock).toHaveBeenCalledTimes(1)
    expect(app.quit).toHaveBeenCalledTimes(1)
    expect(app.whenReady).not.toHaveBeenCalled()
    expect(BrowserWindow.created).toHaveLength(0)
    expect(ipcMain.handle).not.toHaveBeenCalled()
  })

  it('with the lock: sandboxes, registers every channel and opens one window', async () => {
    await start()
    expect(app.quit).not.toHaveBeenCalled()
    expect(app.enableSandbox).toHaveBeenCalledTimes(1)
    expect(ipcMain.handle.mock.calls.map((call) => call[0]).sort()).toEqual(Object.values(CHANNELS).sort())
    expect(BrowserWindow.created).toHaveLength(1)
    expect(app.listenerCount('web-contents-created')).toBe(1)
  })

  it('focuses (and restores) the existing window when a second instance starts', async () => {
    await start()
    const [window] = BrowserWindow.created
    if (!window) throw new Error('no window')
    window.minimized = true
    app.emit('second-instance', {}, [], '/')
    expect(window.restore).toHaveBeenCalledTimes(1)
    expect(window.focus).toHaveBeenCalledTimes(1)
    expect(BrowserWindow.created).toHaveLength(1)
  })

  it('shows an error and exits, without touching the file, when the store cannot be read', async () => {
    const storeFile = join(userData, 'armslength-store.json')
    await mkdir(storeFile)
    await start()
    expect(dialog.showErrorBox).toHaveBeenCalledTimes(1)
    expect(dialog.showErrorBox.mock.calls[0]?.[1]).toMatch(/cannot be read/)
    expect(app.exit).toHaveBeenCalledWith(1)
    expect(BrowserWindow.created).toHaveLength(0)
    expect(ipcMain.handle).not.toHaveBeenCalled()
    expect(await readdir(storeFile)).toEqual([])
    // nothing but the log was written: the failure and its stack, for support
    expect((await readdir(userData)).sort()).toEqual(['armslength-store.json', 'logs'])
    const logged = await readFile(join(userData, 'logs', 'main.log'), 'utf8')
    expect(logged).toMatch(/ info app-start version=0\.1\.0 /)
    expect(logged).toMatch(/ error start-failed unreadable=true\n\w*Error: /)
  })

  it('ignores ELECTRON_RENDERER_URL that is not a local http server', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'https://evil.example/')
    await start()
    const [window] = BrowserWindow.created
    expect(window?.loadURL).toHaveBeenCalledWith('app://bundle/index.html')
    expect(window?.loadFile).not.toHaveBeenCalled()
  })

  it('gives app:// its privileges before ready and serves it once ready, only from the renderer build', async () => {
    await start()
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledTimes(1)
    const [schemes] = protocol.registerSchemesAsPrivileged.mock.calls[0] as [{ scheme: string; privileges: Record<string, boolean> }[]]
    expect(schemes.map((s) => s.scheme)).toEqual(['app'])
    expect(protocol.registerSchemesAsPrivileged.mock.invocationCallOrder[0]).toBeLessThan(app.whenReady.mock.invocationCallOrder[0] ?? 0)
    expect(protocol.handle).toHaveBeenCalledTimes(1)
    expect(protocol.handle.mock.calls[0]?.[0]).toBe('app')
    const serve = protocol.handle.mock.calls[0]?.[1] as (request: Request) => Promise<Response>
    expect((await serve(new Request('app://bundle/..%2fmain%2findex.js'))).status).toBe(404)
  })
})
