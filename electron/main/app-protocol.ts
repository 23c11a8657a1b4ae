import { readFile } from 'node:fs/promises'
import { extname, isAbsolute, relative, resolve } from 'node:path'
import type { CustomScheme } from 'electron'
import { CONTENT_SECURITY_POLICY_HEADER } from './csp'

/**
 * The app's own origin. The UI is served from app://bundle/ instead of file:// (Electron security
 * checklist #18): a file:// page shares its origin with every file on the disk, and file:// gets extra
 * privileges we switch off with the GrantFileProtocolExtraPrivileges fuse (electron-builder.yml).
 */
export const APP_SCHEME = 'app'
export const APP_HOST = 'bundle'
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`

/**
 * Registered before `ready`. standard: relative URLs, an origin, and storage (localStorage holds the
 * answer journal); secure: treated like https (module workers, crypto.randomUUID); supportFetchAPI and
 * corsEnabled: Vite's `<script type="module" crossorigin>` and the PDF module worker load in CORS mode.
 * Not bypassCSP, not allowServiceWorkers, not stream: nothing needs them.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true }
}

/** What the renderer build holds, and nothing else is served (an unknown kind is a 404, not a guess). */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm'
}

/**
 * The file inside `rendererDir` an app:// URL names, or null for anything else: another scheme or host,
 * credentials or a port, an undecodable or NUL-carrying path, a backslash (a Windows separator smuggled
 * past the URL parser), or a path that resolves outside the folder ('..' or '%2e%2e' or encoded slashes).
 */
export function resolveAppFile(rendererDir: string, raw: string): string | null {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return null
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.hostname !== APP_HOST || url.port !== '' || url.username !== '' || url.password !== '')
    return null
  let path: string
  try {
    path = decodeURIComponent(url.pathname)
  } catch {
    return null
  }
  if (path.includes('\0') || path.includes('\\')) return null
  const file = resolve(rendererDir, `.${path === '/' ? '/index.html' : path}`)
  // why: the containment test the Electron protocol docs recommend; relative() also catches another drive
  const rel = relative(rendererDir, file)
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return null
  return file
}

/** Headers on every app:// response: the policy travels with the page, whatever loads it. */
export function appResponseHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY_HEADER,
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    // why: the bundle changes with each version; a cached old chunk must never mix with a new one
    'Cache-Control': 'no-store'
  }
}

export type ReadFile = (path: string) => Promise<Uint8Array>

/**
 * The protocol.handle callback for app://: GET (or HEAD) of a known file kind inside the renderer build,
 * else 404 (405 for other methods). Reads through Electron's fs, which reads inside app.asar.
 */
export function createAppProtocolHandler(rendererDir: string, read: ReadFile = readFile): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405 })
    const file = resolveAppFile(rendererDir, request.url)
    const type = file === null ? undefined : CONTENT_TYPES[extname(file).toLowerCase()]
    if (file === null || type === undefined) return new Response(null, { status: 404 })
    let body: Uint8Array
    try {
      body = await read(file)
    } catch {
      return new Response(null, { status: 404 })
    }
    return new Response(request.method === 'HEAD' ? null : (body as Uint8Array<ArrayBuffer>), {
      status: 200,
      headers: appResponseHeaders(type)
    })
  }
}
