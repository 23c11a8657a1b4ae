import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { BrowserWindowConstructorOptions } from 'electron'

const fake = vi.hoisted(() => {
  type Listener = () => void
  class FakeWindow {
    static created: FakeWindow[] = []
    static failLoad = false
    readonly options: unknown
    readonly onceListeners = new Map<string, Listener>()
    readonly webListeners = new Map<string, (event: { preventDefault: () => void }) => void>()
    readonly webContents = {
      on: (event: string, listener: (event: { preventDefault: () => void }) => void) => this.webListeners.set(event, listener)
    }
    show = vi.fn()
    isDestroyed = vi.fn(() => false)
    loadFile = vi.fn(async (_path: string) => undefined)
    loadURL = vi.fn(async (_url: string) => {
      if (FakeWindow.failLoad) throw new Error('ERR_FILE_NOT_FOUND')
    })
    constructor(options: unknown) {
      this.options = options
      FakeWindow.created.push(this)
    }
    once(event: string, listener: Listener): this {
      this.onceListeners.set(event, listener)
      return this
    }
  }
  const dialog = { choice: 0, showMessageBoxSync: vi.fn((): number => dialog.choice) }
  return { FakeWindow, dialog }
})

vi.mock('electron', () => {
  const BrowserWindow = fake.FakeWindow
  const dialog = fake.dialog
  return { default: { BrowserWindow, dialog }, BrowserWindow, dialog }
})

import { createMainWindow } from '../../electron/main/window'

const deps = {
  preloadPath: '/app/out/preload/index.cjs',
  devOrigin: null,
  allowDevTools: false
}

function lastWindow() {
  const window = fake.FakeWindow.created.at(-1)
  if (!window) throw new Error('no window created')
  return window
}

describe('createMainWindow', () => {
  beforeEach(() => {
    fake.FakeWindow.created.length = 0
    fake.FakeWindow.failLoad = false
  })

  it('creates the window with every hardening flag set', () => {
    createMainWindow(deps)
    const options = lastWindow().options as BrowserWindowConstructorOptions
    expect(options.webPreferences).toEqual({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      devTools: false
    })
  })

  it('is titled, sized and hidden until ready-to-show', () => {
    const window = createMainWindow(deps) as unknown as InstanceType<typeof fake.FakeWindow>
    const options = window.options as BrowserWindowConstructorOptions
    expect(options.title).toBe("Arm's Length")
    expect(options.show).toBe(false)
    expect(options.minWidth).toBeGreaterThanOrEqual(800)
    expect(options.minHeight).toBeGreaterThanOrEqual(600)
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i)
    expect(window.show).not.toHaveBeenCalled()
    window.onceListeners.get('ready-to-show')?.()
    expect(window.show).toHaveBeenCalledTimes(1)
  })

  it('loads the built page from app://bundle/, never from file://, when there is no dev server', () => {
    const window = createMainWindow(deps) as unknown as InstanceType<typeof fake.FakeWindow>
    expect(window.loadURL).toHaveBeenCalledWith('app://bundle/index.html')
    expect(window.loadFile).not.toHaveBeenCalled()
  })

  it('loads the dev server when one was validated', () => {
    const window = createMainWindow({ ...deps, devOrigin: 'http://localhost:5173', allowDevTools: true }) as unknown as InstanceType<
      typeof fake.FakeWindow
    >
    expect(window.loadURL).toHaveBeenCalledWith('http://localhost:5173/')
    expect(window.loadFile).not.toHaveBeenCalled()
    expect((window.options as BrowserWindowConstructorOptions).webPreferences?.devTools).toBe(true)
  })

  it('shows the window anyway when the page fails to load', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    fake.FakeWindow.failLoad = true
    const window = createMainWindow(deps) as unknown as InstanceType<typeof fake.FakeWindow>
    await vi.waitFor(() => expect(window.show).toHaveBeenCalledTimes(1))
    expect(logged).toHaveBeenCalled()
    logged.mockRestore()
  })

  it('asks before a close the page holds back for unsaved typing; leaving lets it close, staying keeps it open', () => {
    const window = createMainWindow(deps) as unknown as InstanceType<typeof fake.FakeWindow>
    const held = window.webListeners.get('will-prevent-unload')
    expect(held).toBeDefined()
    for (const [choice, closes] of [
      [1, true],
      [0, false]
    ] as const) {
      fake.dialog.choice = choice
      const event = { preventDefault: vi.fn() }
      held?.(event)
      // in Electron, preventDefault on will-prevent-unload overrides the page's beforeunload: the window closes
      expect(event.preventDefault).toHaveBeenCalledTimes(closes ? 1 : 0)
    }
    expect(fake.dialog.showMessageBoxSync).toHaveBeenCalledWith(
      window,
      expect.objectContaining({ buttons: ['Stay', 'Leave without saving'], cancelId: 0 })
    )
  })
})
