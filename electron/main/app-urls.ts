import { isAbsolute, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

/** What the app itself may load: the built renderer folder, or the dev server while developing. */
export type AppLocation = {
  rendererDir: string
  rendererIndex: string
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

/** The local path of a file: URL, or null. Encoded slashes and remote hosts make fileURLToPath throw. */
function localPath(url: URL): string | null {
  if (url.protocol !== 'file:') return null
  try {
    return fileURLToPath(url)
  } catch {
    return null
  }
}

// why: Windows paths are case-insensitive, and a drive letter may come back in either case
function samePath(a: string, b: string): boolean {
  return process.platform === 'win32' ? a.toLowerCase() === b.toLowerCase() : a === b
}

function isInside(dir: string, file: string): boolean {
  const rel = relative(dir, file)
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)
}

function isDevOrigin(location: AppLocation, url: URL): boolean {
  // why: origin equality, never startsWith — 'http://localhost:5173.evil.test' must not pass
  return location.devOrigin !== null && url.origin === location.devOrigin
}

/** True only for our own start page: the built index.html exactly, or the dev server's origin. */
export function isAppIndexUrl(location: AppLocation, raw: string): boolean {
  const url = parse(raw)
  if (url === null) return false
  if (isDevOrigin(location, url)) return true
  const path = localPath(url)
  return path !== null && samePath(path, location.rendererIndex)
}

/** True for anything served by the dev server, including Vite's HMR WebSocket on the same host and port. */
export function isDevServerUrl(location: AppLocation, raw: string): boolean {
  const url = parse(raw)
  if (url === null || location.devOrigin === null) return false
  if (isDevOrigin(location, url)) return true
  return url.protocol === 'ws:' && url.host === new URL(location.devOrigin).host
}

/** True for a resource the renderer may fetch: a file inside the built renderer folder, or the dev server. */
export function isAppResourceUrl(location: AppLocation, raw: string): boolean {
  if (isDevServerUrl(location, raw)) return true
  const url = parse(raw)
  if (url === null) return false
  const path = localPath(url)
  if (path === null) return false
  const dir = process.platform === 'win32' ? location.rendererDir.toLowerCase() : location.rendererDir
  return isInside(dir, process.platform === 'win32' ? path.toLowerCase() : path)
}
