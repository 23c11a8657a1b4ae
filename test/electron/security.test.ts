import { EventEmitter } from 'node:events'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it, vi } from 'vitest'
import type { App, HandlerDetails, WebContents } from 'electron'
import type { AppLocation } from '../../electron/main/app-urls'
import { devServerOrigin } from '../../electron/main/dev-server'
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_HEADER } from '../../electron/main/csp'
import { installSecurity, type HardenedSession } from '../../electron/main/security'

const rendererDir = '/opt/armslength/resources/app.asar/out/renderer'
const built: AppLocation = { rendererDir, devOrigin: null }
const dev: AppLocation = { ...built, devOrigin: 'http://localhost:5173' }
const indexUrl = 'app://bundle/index.html'
/** Where the UI loaded from before app://: now foreign like any other file. */
const oldFileIndexUrl = pathToFileURL(join(rendererDir, 'index.html')).href

type RequestListener = (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void
type HeadersListener = (
  details: { url: string; responseHeaders?: Record<string, string[]> },
  callback: (response: { responseHeaders?: Record<string, string[]> }) => void
) => void
type PermissionRequest = (contents: unknown, permission: string, callback: (granted: boolean) => void) => void
type PermissionCheck = (contents: unknown, permission: string) => boolean

function setup(location: AppLocation) {
  const app = new EventEmitter()
  const captured: {
    request?: PermissionRequest
    check?: PermissionCheck
    beforeRequest?: RequestListener
    headers?: HeadersListener
  } = {}
  const session = {
    setPermissionRequestHandler: vi.fn((handler: PermissionRequest) => (captured.request = handler)),
    setPermissionCheckHandler: vi.fn((handler: PermissionCheck) => (captured.check = handler)),
    webRequest: {
      onBeforeRequest: vi.fn((listener: RequestListener) => (captured.beforeRequest = listener)),
      onHeadersReceived: vi.fn((listener: HeadersListener) => (captured.headers = listener))
    }
  }
  installSecurity(app as unknown as Pick<App, 'on'>, session as unknown as HardenedSession, location)

  // a WebContents as Electron would create it, after our hooks were installed
  const contents = Object.assign(new EventEmitter(), {
    openHandler: undefined as ((details: HandlerDetails) => { action: string }) | undefined,
    setWindowOpenHandler(handler: (details: HandlerDetails) => { action: string }) {
      this.openHandler = handler
    }
  })
  app.emit('web-contents-created', {}, contents as unknown as WebContents)

  function navigate(event: 'will-navigate' | 'will-frame-navigate' | 'will-redirect', url: string): boolean {
    const preventDefault = vi.fn()
    contents.emit(event, { url, preventDefault }, url)
    return preventDefault.mock.calls.length > 0
  }
  function cancelled(url: string): boolean {
    let result: boolean | undefined
    captured.beforeRequest?.({ url }, (response) => (result = response.cancel === true))
    if (result === undefined) throw new Error('onBeforeRequest did not answer')
    return result
  }
  function headersFor(url: string, responseHeaders?: Record<string, string[]>) {
    let result: Record<string, string[]> | undefined | null = null
    captured.headers?.({ url, ...(responseHeaders ? { responseHeaders } : {}) }, (response) => (result = response.responseHeaders))
    if (result === null) throw new Error('onHeadersReceived did not answer')
    return result as Record<string, string[]> | undefined
  }
  return { contents, captured, session, navigate, cancelled, headersFor }
}

describe('navigation and windows', () => {
  it('prevents navigation away from the app page', () => {
    const { navigate } = setup(built)
    for (const url of [
      'https://example.com/',
      'http://localhost:5173/',
      'file:///etc/passwd',
      oldFileIndexUrl,
      'app://bundle/other.html',
      'app://bundle.evil.test/index.html',
      'app://evil/index.html',
      'app://user@bundle/index.html',
      'app://bundle:8080/index.html',
      'apps://bundle/index.html'
    ]) {
      expect(navigate('will-navigate', url), url).toBe(true)
      expect(navigate('will-frame-navigate', url), url).toBe(true)
      expect(navigate('will-redirect', url), url).toBe(true)
    }
  })

  it('allows only the app index itself', () => {
    const { navigate } = setup(built)
    expect(navigate('will-navigate', indexUrl)).toBe(false)
    expect(navigate('will-navigate', `${indexUrl}#/engagements`)).toBe(false)
    expect(navigate('will-navigate', 'app://bundle/')).toBe(false)
  })

  it('in development allows the dev server origin and nothing that merely starts with it', () => {
    const { navigate } = setup(dev)
    expect(navigate('will-navigate', 'http://localhost:5173/')).toBe(false)
    expect(navigate('will-navigate', 'http://localhost:5173.evil.test/')).toBe(true)
    expect(navigate('will-navigate', 'http://localhost:5174/')).toBe(true)
  })

  it('denies every window.open', () => {
    const { contents } = setup(built)
    for (const url of ['https://example.com/', indexUrl, 'about:blank']) {
      expect(contents.openHandler?.({ url } as HandlerDetails)).toEqual({ action: 'deny' })
    }
  })

  it('blocks <webview> attachment', () => {
    const { contents } = setup(built)
    const preventDefault = vi.fn()
    contents.emit('will-attach-webview', { preventDefault }, {}, { src: 'https://example.com' })
    expect(preventDefault).toHaveBeenCalledTimes(1)
  })
})

describe('permissions', () => {
  it('denies every permission request', () => {
    const { captured } = setup(built)
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'fullscreen']) {
      const callback = vi.fn()
      captured.request?.({}, permission, callback)
      expect(callback).toHaveBeenCalledWith(false)
    }
  })

  it('answers every permission check with false', () => {
    const { captured } = setup(built)
    for (const permission of ['media', 'geolocation', 'clipboard-sanitized-write', 'hid', 'serial']) {
      expect(captured.check?.({}, permission)).toBe(false)
    }
  })
})

describe('network requests', () => {
  it('cancels http, https, ws and ftp requests', () => {
    const { cancelled } = setup(built)
    for (const url of [
      'http://example.com/x.js',
      'https://fonts.googleapis.com/css',
      'ws://example.com/',
      'wss://example.com/',
      'ftp://example.com/f',
      'http://localhost:5173/'
    ]) {
      expect(cancelled(url), url).toBe(true)
    }
  })

  it('allows app://bundle/ files inside the built renderer folder only, and no file: URL at all', () => {
    const { cancelled } = setup(built)
    expect(cancelled(indexUrl)).toBe(false)
    expect(cancelled('app://bundle/assets/index-abc.js')).toBe(false)
    expect(cancelled('file:///etc/passwd')).toBe(true)
    expect(cancelled(oldFileIndexUrl)).toBe(true)
    expect(cancelled(pathToFileURL(join(rendererDir, 'assets', 'index-abc.js')).href)).toBe(true)
    expect(cancelled('app://bundle/..%2f..%2fmain/index.js')).toBe(true)
    expect(cancelled('app://other/assets/index-abc.js')).toBe(true)
  })

  it('allows in-memory schemes and refuses unknown ones', () => {
    const { cancelled } = setup(built)
    expect(cancelled('data:image/png;base64,AAAA')).toBe(false)
    expect(cancelled('blob:file:///0f4b3c')).toBe(false)
    expect(cancelled('gopher://example.com/')).toBe(true)
    expect(cancelled('not a url')).toBe(true)
  })

  it('in development allows the dev server and its HMR socket, nothing else', () => {
    const { cancelled } = setup(dev)
    expect(cancelled('http://localhost:5173/src/main.tsx')).toBe(false)
    expect(cancelled('ws://localhost:5173/')).toBe(false)
    expect(cancelled('http://127.0.0.1:5173/')).toBe(true)
    expect(cancelled('https://example.com/')).toBe(true)
  })
})

describe('content security policy', () => {
  it('sets the CSP header on app responses, replacing any other', () => {
    const { headersFor } = setup(built)
    const headers = headersFor(indexUrl, { 'content-security-policy': ['default-src *'], 'X-Other': ['1'] })
    expect(headers).toEqual({ 'X-Other': ['1'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY_HEADER] })
    expect(headersFor(indexUrl)).toEqual({ 'Content-Security-Policy': [CONTENT_SECURITY_POLICY_HEADER] })
  })

  it('leaves dev-server responses alone (Vite needs its inline preamble)', () => {
    const { headersFor } = setup(dev)
    expect(headersFor('http://localhost:5173/')).toBeUndefined()
  })

  it('header is the meta policy plus frame-ancestors, which only works as a header', () => {
    expect(CONTENT_SECURITY_POLICY_HEADER).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`)
  })

  it('allows no remote sources, no inline or eval script and no inline style', () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY_HEADER.split(';').map((part) => {
        const [name = '', ...values] = part.trim().split(/\s+/)
        return [name, values] as const
      })
    )
    expect(directives.get('default-src')).toEqual(["'none'"])
    expect(directives.get('script-src')).toEqual(["'self'"])
    expect(directives.get('style-src')).toEqual(["'self'"])
    expect(directives.get('object-src')).toEqual(["'none'"])
    expect(directives.get('base-uri')).toEqual(["'none'"])
    expect(directives.get('frame-ancestors')).toEqual(["'none'"])
    for (const [name, values] of directives) {
      for (const value of values) {
        expect(value, `${name} ${value}`).not.toMatch(/^(https?:|wss?:|\*|'unsafe-inline'|'unsafe-eval'|'wasm-unsafe-eval')/)
      }
    }
  })

  const indexHtml = resolve(import.meta.dirname, '../../renderer/index.html')
  it('matches the <meta> CSP in renderer/index.html', () => {
    const html = readFileSync(indexHtml, 'utf8')
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html)
    expect(meta?.[1]?.replace(/\s+/g, ' ').trim()).toBe(CONTENT_SECURITY_POLICY)
  })
})

describe('dev server origin', () => {
  it('accepts only a local http ELECTRON_RENDERER_URL in an unpackaged build', () => {
    expect(devServerOrigin({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, false)).toBe('http://localhost:5173')
    expect(devServerOrigin({ ELECTRON_RENDERER_URL: 'http://127.0.0.1:4173/' }, false)).toBe('http://127.0.0.1:4173')
    expect(devServerOrigin({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, true)).toBeNull()
    for (const bad of [
      'https://localhost:5173',
      'http://evil.example',
      'http://localhost.evil.example:5173',
      'file:///elsewhere/x.html',
      'nonsense',
      ''
    ]) {
      expect(devServerOrigin({ ELECTRON_RENDERER_URL: bad }, false), bad).toBeNull()
    }
    expect(devServerOrigin({}, false)).toBeNull()
  })
})
