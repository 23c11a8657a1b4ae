import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../electron/main/csp'

const dir = 'out/renderer'
const assets = readdirSync(join(dir, 'assets'))
const read = (file: string) => readFileSync(join(dir, 'assets', file), 'utf8')
const html = readFileSync(join(dir, 'index.html'), 'utf8')
const entry = /<script type="module" crossorigin src="\.\/assets\/([^"]+)"/.exec(html)?.[1]

/**
 * The shipped renderer loads nothing from outside the machine. The bundle carries many https://
 * citations (sources of the question bank, shown as text), so the scan looks for what would *load*
 * something: remote attributes in HTML, remote url()/@import in CSS, and network APIs in the code.
 */
describe('the built renderer (the browser edition and the desktop UI)', () => {
  test('index.html references no remote resource and carries the strict CSP', () => {
    expect(html).not.toMatch(/(src|href)\s*=\s*["']?(https?:)?\/\//i)
    expect(html).toContain('Content-Security-Policy')
    expect(html).toMatch(/default-src 'none'/)
    expect(html).not.toMatch(/script-src[^;]*'unsafe-inline'/)
    // the meta policy and the one main sends as a header agree
    expect(/content="(default-src[^"]+)"/.exec(html)?.[1]?.replace(/\s+/g, ' ').trim()).toBe(CONTENT_SECURITY_POLICY)
  })

  test('stylesheets load nothing remote', () => {
    for (const css of assets.filter((f) => f.endsWith('.css'))) {
      expect(read(css)).not.toMatch(/url\(\s*["']?(https?:)?\/\//i)
      expect(read(css)).not.toMatch(/@import/i)
    }
  })

  test('the application code uses no network API at all', () => {
    expect(entry).toBeDefined()
    const code = read(entry!)
    for (const api of [/\bfetch\(/, /XMLHttpRequest/, /new WebSocket/, /EventSource/, /sendBeacon/, /importScripts/]) {
      expect(code).not.toMatch(api)
    }
  })

  test('jsPDF’s optional loaders (html2canvas, canvg, DOMPurify) are not in the build at all', () => {
    // jsPDF pulls these in lazily for html() and SVG/remote images, which we never call; every bundle
    // aliases them to a stub (shared/report/render/jspdf-optional.ts), so no chunk of theirs is built
    expect(assets.filter((f) => /^(html2canvas|index\.es|purify\.es)-/.test(f))).toEqual([])
    for (const file of assets.filter((f) => f.endsWith('.js')))
      expect(read(file), file).not.toMatch(/ALLOWED_TAGS|class Canvg|html2canvas \d/)
    const worker = assets.find((f) => f.startsWith('pdf.worker-'))!
    expect(read(worker)).not.toMatch(/\bfetch\(|new WebSocket|EventSource|sendBeacon/)
  })
})
