import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { APP_INDEX_URL, APP_SCHEME_PRIVILEGES, createAppProtocolHandler, resolveAppFile } from '../../electron/main/app-protocol'
import { CONTENT_SECURITY_POLICY_HEADER } from '../../electron/main/csp'

// A real folder laid out like out/renderer, with a secret beside it that must never be served.
const root = mkdtempSync(join(tmpdir(), 'al-app-protocol-'))
const rendererDir = join(root, 'renderer')
mkdirSync(join(rendererDir, 'assets'), { recursive: true })
writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>app</title>')
writeFileSync(join(rendererDir, 'assets', 'index-abc.js'), 'console.log(1)')
writeFileSync(join(rendererDir, 'assets', 'notes.txt'), 'not a kind the build holds')
mkdirSync(join(root, 'main'))
writeFileSync(join(root, 'main', 'index.js'), 'SECRET main process code')
writeFileSync(join(root, 'secret.html'), 'SECRET')
afterAll(() => rmSync(root, { recursive: true, force: true }))

const handler = createAppProtocolHandler(rendererDir)
const get = (url: string, method = 'GET') => handler(new Request(url, { method }))

describe('app:// scheme registration', () => {
  it('is standard and secure, and bypasses nothing', () => {
    expect(APP_INDEX_URL).toBe('app://bundle/index.html')
    expect(APP_SCHEME_PRIVILEGES.scheme).toBe('app')
    expect(APP_SCHEME_PRIVILEGES.privileges).toMatchObject({ standard: true, secure: true })
    expect(APP_SCHEME_PRIVILEGES.privileges?.bypassCSP).toBeUndefined()
    expect(APP_SCHEME_PRIVILEGES.privileges?.allowServiceWorkers).toBeUndefined()
  })
})

describe('resolveAppFile', () => {
  it('maps app://bundle/ paths into the renderer folder', () => {
    expect(resolveAppFile(rendererDir, 'app://bundle/index.html')).toBe(join(rendererDir, 'index.html'))
    expect(resolveAppFile(rendererDir, 'app://bundle/')).toBe(join(rendererDir, 'index.html'))
    expect(resolveAppFile(rendererDir, 'app://bundle/assets/index-abc.js?v=1#x')).toBe(join(rendererDir, 'assets', 'index-abc.js'))
  })

  it('refuses every way out of the folder', () => {
    for (const url of [
      'app://bundle/..%2fmain/index.js',
      'app://bundle/..%2f..%2fetc/passwd',
      'app://bundle/assets/..%2f..%2fsecret.html',
      'app://bundle/..%5csecret.html',
      'app://bundle/%2e%2e%5csecret.html',
      'app://bundle/index.html%00.js',
      'app://bundle/%E0%A4%A',
      `app://bundle/${encodeURIComponent(join(root, 'secret.html'))}`
    ]) {
      const file = resolveAppFile(rendererDir, url)
      // either refused, or (for a path the URL parser already normalised) still inside the folder
      if (file !== null) expect(file.startsWith(`${rendererDir}/`), `${url} -> ${file}`).toBe(true)
      expect(file === join(root, 'secret.html') || file === join(root, 'main', 'index.js'), url).toBe(false)
    }
    // the URL parser folds these dot segments before we see them: they stay inside the folder
    expect(resolveAppFile(rendererDir, 'app://bundle/../../secret.html')).toBe(join(rendererDir, 'secret.html'))
    expect(resolveAppFile(rendererDir, 'app://bundle/%2e%2e/%2e%2e/main/index.js')).toBe(join(rendererDir, 'main', 'index.js'))
  })

  it('refuses other schemes, hosts, ports and credentials', () => {
    for (const url of [
      'file:///etc/passwd',
      `file://${join(rendererDir, 'index.html')}`,
      'app://other/index.html',
      'app://bundle.evil/index.html',
      'app://bundle:99/index.html',
      'app://user:pw@bundle/index.html',
      'https://bundle/index.html',
      'not a url'
    ]) {
      expect(resolveAppFile(rendererDir, url), url).toBeNull()
    }
  })
})

describe('the app:// handler', () => {
  it('serves the index with the CSP and anti-framing headers', async () => {
    const response = await get('app://bundle/index.html')
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('<title>app</title>')
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY_HEADER)
    expect(response.headers.get('x-frame-options')).toBe('DENY')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('serves scripts as JavaScript (module scripts need the right type)', async () => {
    const response = await get('app://bundle/assets/index-abc.js')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(await response.text()).toBe('console.log(1)')
  })

  it('answers 404 outside the folder, for missing files and for kinds the build does not hold', async () => {
    for (const url of [
      'app://bundle/..%2fsecret.html',
      'app://bundle/..%2fmain%2findex.js',
      'app://bundle/missing.js',
      'app://bundle/assets/notes.txt',
      'app://bundle/assets'
    ]) {
      const response = await get(url)
      expect(response.status, url).toBe(404)
      expect(await response.text(), url).not.toContain('SECRET')
    }
  })

  it('refuses methods other than GET and HEAD', async () => {
    expect((await get('app://bundle/index.html', 'POST')).status).toBe(405)
    const head = await get('app://bundle/index.html', 'HEAD')
    expect(head.status).toBe(200)
    expect(await head.text()).toBe('')
  })

  it('never reads a path outside the folder', async () => {
    const read = vi.fn(async () => new Uint8Array())
    const guarded = createAppProtocolHandler(rendererDir, read)
    await guarded(new Request('app://bundle/..%2f..%2f..%2fetc%2fpasswd'))
    await guarded(new Request('app://bundle/assets/..%2f..%2fsecret.html'))
    expect(read).not.toHaveBeenCalled()
  })
})
