import type { App, Session, WebContents } from 'electron'
import { isAppIndexUrl, isAppResourceUrl, isDevServerUrl, type AppLocation } from './app-urls'
import { CONTENT_SECURITY_POLICY_HEADER } from './csp'

/** The parts of a session the hardening touches (the real defaultSession, or a fake in tests). */
export type HardenedSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'webRequest'>

/**
 * All Electron hardening that is not a webPreferences flag, in one place to audit. Call after
 * `app.whenReady()` (sessions do not exist before) and before the first window is created.
 */
export function installSecurity(app: Pick<App, 'on'>, session: HardenedSession, location: AppLocation): void {
  // why: applies to every WebContents ever created, including any a future feature adds by mistake
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, location))
  hardenSession(session, location)
}

type NavigationEvent = { url: string; preventDefault: () => void }

export function hardenWebContents(contents: WebContents, location: AppLocation): void {
  const stayHome = (event: NavigationEvent): void => {
    // why: the window only ever shows our own page; a link, a dropped file or a script must not replace it
    if (!isAppIndexUrl(location, event.url)) event.preventDefault()
  }
  contents.on('will-navigate', stayHome)
  // why: will-navigate covers the main frame only; sub-frames navigate through this event
  contents.on('will-frame-navigate', stayHome)
  // why: a permitted navigation could still be redirected elsewhere by the server
  contents.on('will-redirect', stayHome)
  // why: no new windows at all (window.open, target=_blank, middle-click); the app has one window and no
  // links out, so there is nothing to hand to shell.openExternal either
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  // why: <webview> is disabled in webPreferences; refuse attachment too in case anything re-enables it
  contents.on('will-attach-webview', (event) => event.preventDefault())
}

export function hardenSession(session: HardenedSession, location: AppLocation): void {
  // why: Electron grants every permission (camera, geolocation, notifications, …) unless told otherwise
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  // why: the synchronous checks (e.g. navigator.permissions.query, clipboard) are a separate path
  session.setPermissionCheckHandler(() => false)
  // why: an offline app makes no network requests; anything else is a bug or an injected resource
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(location, details.url) })
  })
  // why: the app:// handler already sends the policy (plus frame-ancestors, which only works as a header)
  // and index.html repeats it in <meta>; this hook puts the same header on any other response, replacing
  // whatever it carried, so no response reaches the page with a weaker policy. Dev-server responses are
  // left alone: Vite's dev page needs an inline React-refresh preamble this policy forbids.
  session.webRequest.onHeadersReceived((details, callback) => {
    if (isDevServerUrl(location, details.url)) {
      callback({})
      return
    }
    callback({ responseHeaders: withCsp(details.responseHeaders) })
  })
}

// why: allow-list of schemes, so a scheme nobody thought of is refused rather than allowed
const INTERNAL_SCHEMES = new Set(['data:', 'blob:', 'devtools:'])

export function isAllowedRequest(location: AppLocation, raw: string): boolean {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return false
  }
  if (INTERNAL_SCHEMES.has(url.protocol)) return true
  // app://bundle/ only for files inside the built renderer folder; no file: at all; http/ws only to the dev server
  return isAppResourceUrl(location, raw)
}

export function withCsp(headers: Record<string, string[]> | undefined): Record<string, string[]> {
  const result: Record<string, string[]> = {}
  for (const [name, value] of Object.entries(headers ?? {})) {
    // why: drop any other CSP header in any letter case, so exactly one policy (ours) applies
    if (name.toLowerCase() !== 'content-security-policy') result[name] = value
  }
  result['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY_HEADER]
  return result
}
