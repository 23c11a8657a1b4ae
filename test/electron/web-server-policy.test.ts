import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { preview, type PreviewServer } from 'vite'
import { canonicalRedirect, DEFAULT_WEB_PORT } from '../../scripts/web-server-policy.mjs'

/** One GET with a chosen Host header (a browser sends `localhost:<port>` when the user typed that). */
function get(
  port: number,
  path: string,
  host: string
): Promise<{ status: number; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((done, failed) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { host } }, (res) => {
      res.resume()
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers }))
    })
    req.on('error', failed)
    req.end()
  })
}

describe('canonicalRedirect', () => {
  it('sends localhost and [::1] to 127.0.0.1 on the same port, path and query', () => {
    expect(canonicalRedirect('localhost:28471', '/#/x')).toBe('http://127.0.0.1:28471/#/x')
    expect(canonicalRedirect('LOCALHOST:28471', '/assets/a.js?v=1')).toBe('http://127.0.0.1:28471/assets/a.js?v=1')
    expect(canonicalRedirect('[::1]:28471', '/')).toBe('http://127.0.0.1:28471/')
    expect(canonicalRedirect('localhost', '/')).toBe('http://127.0.0.1/')
  })

  it('leaves the canonical origin and other names alone, and never redirects off the machine', () => {
    expect(canonicalRedirect('127.0.0.1:28471', '/')).toBeNull()
    expect(canonicalRedirect('localhost.evil.test:28471', '/')).toBeNull()
    expect(canonicalRedirect(undefined, '/')).toBeNull()
    // a request line that is not a path cannot steer the redirect elsewhere
    expect(canonicalRedirect('localhost:28471', '//evil.test/x')).toBe('http://127.0.0.1:28471//evil.test/x')
    expect(canonicalRedirect('localhost:28471', 'http://evil.test/')).toBe('http://127.0.0.1:28471/')
  })

  it("uses a distinctive default port, not Vite's 4173", () => {
    expect(DEFAULT_WEB_PORT).not.toBe(4173)
    expect(DEFAULT_WEB_PORT).toBeLessThan(32768) // below Linux's ephemeral range
  })
})

describe('the browser edition server (vite.web.config.ts, as npm run web serves it)', () => {
  let server: PreviewServer
  let port: number
  const outDir = mkdtempSync(join(tmpdir(), 'al-web-'))

  beforeAll(async () => {
    mkdirSync(join(outDir, 'assets'))
    writeFileSync(join(outDir, 'index.html'), '<!doctype html><title>app</title>')
    writeFileSync(join(outDir, 'assets', 'a.js'), 'export {}')
    server = await preview({
      configFile: resolve(import.meta.dirname, '../../vite.web.config.ts'),
      build: { outDir },
      preview: { host: '127.0.0.1', port: 0, strictPort: false },
      logLevel: 'silent'
    })
    const address = server.httpServer.address()
    if (!address || typeof address === 'string') throw new Error('no port')
    port = address.port
  }, 30_000)
  afterAll(async () => {
    await server.close()
    rmSync(outDir, { recursive: true, force: true })
  })

  it('refuses framing on every response: page, asset and not-found', async () => {
    for (const path of ['/', '/index.html', '/assets/a.js', '/nope.js']) {
      const r = await get(port, path, `127.0.0.1:${port}`)
      expect(r.headers['content-security-policy'], path).toBe("frame-ancestors 'none'")
      expect(r.headers['x-frame-options'], path).toBe('DENY')
    }
    expect((await get(port, '/assets/a.js', `127.0.0.1:${port}`)).status).toBe(200)
  })

  it('redirects localhost to the one canonical origin, with the headers too', async () => {
    const r = await get(port, '/assets/a.js', `localhost:${port}`)
    expect(r.status).toBe(308)
    expect(r.headers.location).toBe(`http://127.0.0.1:${port}/assets/a.js`)
    expect(r.headers['x-frame-options']).toBe('DENY')
    expect((await get(port, '/', `127.0.0.1:${port}`)).status).toBe(200)
  })
})
