import { BrowserWindow, dialog } from 'electron'
import { APP_INDEX_URL } from './app-protocol'

export type MainWindowDeps = {
  /** out/preload/index.cjs (see paths.ts). */
  preloadPath: string
  /** Already validated by devServerOrigin(): a localhost http origin, or null. */
  devOrigin: string | null
  /** DevTools only in unpackaged builds. */
  allowDevTools: boolean
}

/**
 * The app's one window. webPreferences are written out literally (not built in a variable) so that
 * electronegativity can read them; test/electron/window.test.ts asserts the same values.
 */
export function createMainWindow(deps: MainWindowDeps): BrowserWindow {
  const window = new BrowserWindow({
    title: "Arm's Length",
    width: 1280,
    height: 860,
    // why: below this the engagement register and the questionnaire side panel stop fitting side by side
    minWidth: 960,
    minHeight: 640,
    // why: shown at ready-to-show so the user never sees a blank white frame while React boots
    show: false,
    backgroundColor: '#f5f6f8',
    webPreferences: {
      preload: deps.preloadPath,
      // why: the page and the preload live in separate JavaScript worlds; the page sees only the bridge
      contextIsolation: true,
      // why: the renderer runs in Chromium's OS sandbox with no Node.js; the preload must then be CJS
      sandbox: true,
      // why: no require/process in the page or its workers, even if the sandbox were lifted
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      // why: keep same-origin policy and block http content inside our page
      webSecurity: true,
      allowRunningInsecureContent: false,
      // why: <webview> embeds arbitrary pages with its own preferences; the app needs none
      webviewTag: false,
      // why: the spellchecker may download dictionaries from Google's CDN; the app is offline
      spellcheck: false,
      // why: middle-click (auxclick) can open links outside the navigation guards
      disableBlinkFeatures: 'Auxclick',
      experimentalFeatures: false,
      // why: a file dropped on the window would otherwise navigate to it
      navigateOnDragDrop: false,
      // why: a page looping alert() cannot lock the user out
      safeDialogs: true,
      devTools: deps.allowDevTools
    }
  })

  window.once('ready-to-show', () => window.show())

  // why: the page holds a close back while typing is not saved (renderer leave-guard.ts), and Electron, unlike a
  // browser, then shows no prompt: the window would just not close. The person is asked; leaving lets it close.
  window.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(window, {
      type: 'question',
      title: 'Leave without saving?',
      message: 'What you typed is not saved. Leaving now discards it.',
      buttons: ['Stay', 'Leave without saving'],
      defaultId: 0,
      cancelId: 0
    })
    if (choice === 1) event.preventDefault()
  })

  // why: app://bundle/ (served by app-protocol.ts from out/renderer), never file://; see app-protocol.ts
  const loading = window.loadURL(deps.devOrigin !== null ? `${deps.devOrigin}/` : APP_INDEX_URL)
  loading.catch((error: unknown) => {
    // why: ready-to-show may never come after a failed load; an invisible running app is worse than a blank one
    console.error('Could not load the app page:', error)
    if (!window.isDestroyed()) window.show()
  })
  return window
}
