import { APP_HOST, APP_SCHEME, resolveAppFile } from './app-protocol'

/** What the app itself may load: the built renderer folder (served as app://bundle/), or the dev server. */
export type AppLocation = {
  rendererDir: string
  /** e.g. 'http://localhost:5173', or null in a packaged/built run. */
  devOrigin: string | null
}

function parse(raw: string): URL | null {
  try {
    return new URL(raw)
  } catch {
    return null
  }
}

function isDevOrigin(location: AppLocation, url: URL): boolean {
  // why: origin equality, never startsWith — 'http://localhost:5173.evil.test' must not pass
  return location.devOrigin !== null && url.origin === location.devOrigin
}

/**
 * Our own scheme and host exactly. Compared part by part: Node's URL gives a non-special scheme the
 * origin "null", so an origin comparison would accept every such URL.
 */
function isAppOrigin(url: URL): boolean {
  return url.protocol === `${APP_SCHEME}:` && url.hostname === APP_HOST && url.port === '' && url.username === '' && url.password === ''
}

/** True only for our own start page: app://bundle/index.html (or /) in a built run, the dev server's origin in development. */
export function isAppIndexUrl(location: AppLocation, raw: string): boolean {
  const url = parse(raw)
  if (url === null) return false
  if (location.devOrigin !== null) return isDevOrigin(location, url)
  return isAppOrigin(url) && (url.pathname === '/index.html' || url.pathname === '/')
}

/** True for anything served by the dev server, including Vite's HMR WebSocket on the same host and port. */
export function isDevServerUrl(location: AppLocation, raw: string): boolean {
  const url = parse(raw)
  if (url === null || location.devOrigin === null) return false
  if (isDevOrigin(location, url)) return true
  return url.protocol === 'ws:' && url.host === new URL(location.devOrigin).host
}

/** True for a resource the renderer may fetch: a file of the renderer build under app://bundle/, or the dev server. */
export function isAppResourceUrl(location: AppLocation, raw: string): boolean {
  if (isDevServerUrl(location, raw)) return true
  const url = parse(raw)
  return url !== null && isAppOrigin(url) && resolveAppFile(location.rendererDir, raw) !== null
}
