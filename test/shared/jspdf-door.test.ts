import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { jsPDF } from 'jspdf'
import { describe, expect, it } from 'vitest'
import { contentWriter, installedJsPdfVersion, outputBytes, VERIFIED_JSPDF_VERSION } from '@shared/report/render/jspdf-door'
import { PORTABLE_DEFLATE, type StreamDeflate } from '@shared/report/render/stream-deflate'

const root = join(import.meta.dirname, '..', '..')
const OPTIONAL = ['html2canvas', 'dompurify', 'canvg']
const STUB = join(root, 'shared', 'report', 'render', 'jspdf-optional.ts')

describe('the one door to jsPDF', () => {
  it('is verified against exactly the installed jsPDF version', () => {
    const installed = (JSON.parse(readFileSync(join(root, 'node_modules', 'jspdf', 'package.json'), 'utf8')) as { version: string }).version
    // an upgrade must re-read every internal jspdf-door.ts uses, then move VERIFIED_JSPDF_VERSION
    expect(installed).toBe(VERIFIED_JSPDF_VERSION)
    expect(installedJsPdfVersion()).toBe(VERIFIED_JSPDF_VERSION)
  })

  it('is the only module that reaches into jsPDF internals', () => {
    const renderDir = join(root, 'shared', 'report', 'render')
    const files = [
      'canvas.ts',
      'pdf-document.ts',
      'pdf-fonts.ts',
      'layout.ts',
      'outline.ts',
      'render-report.ts',
      'report-body.ts',
      'page-furniture.ts',
      'font-objects.ts'
    ]
    for (const file of files) {
      const source = readFileSync(join(renderDir, file), 'utf8')
      expect(source, file).not.toMatch(/\.internal\b|jsPDF\.API|TTFFont|processDataByFilters|as unknown as/)
    }
  })

  it("keeps jsPDF's optional html2canvas, DOMPurify and canvg out of every bundle", async () => {
    const configs = [
      ['electron.vite.config.ts', (c: Record<string, { resolve?: { alias?: Record<string, string> } }>) => [c['main'], c['renderer']]],
      ['vite.cli.config.ts', (c: { resolve?: { alias?: Record<string, string> } }) => [c]],
      ['vite.web.config.ts', (c: { resolve?: { alias?: Record<string, string> } }) => [c]]
    ] as const
    for (const [file, parts] of configs) {
      const config = ((await import(join(root, file))) as { default: never }).default
      for (const part of (parts as (c: never) => ({ resolve?: { alias?: Record<string, string> } } | undefined)[])(config)) {
        for (const name of OPTIONAL) expect(part?.resolve?.alias?.[name], `${file}: ${name}`).toBe(STUB)
      }
    }
    // and the bench's Node bundles (its packet's PDF worker thread among them), so it times what ships
    const bench = (await import(join(root, 'scripts', 'bench', 'node-bundle.mjs'))) as { JSPDF_OPTIONAL: Record<string, string> }
    for (const name of OPTIONAL) expect(bench.JSPDF_OPTIONAL[name], `bench: ${name}`).toBe(STUB)
  })

  it('compresses a stream the file holds three times once, and writes it three times the same', () => {
    const doc = new jsPDF({ unit: 'pt', format: 'a4', compress: true })
    const drawing = '0 0 m 100 100 l S'
    for (let page = 1; page <= 3; page++) {
      if (page > 1) doc.addPage()
      contentWriter(doc)(drawing)
    }
    const given: string[] = []
    const counting: StreamDeflate = { ...PORTABLE_DEFLATE, binary: (data) => (given.push(data), PORTABLE_DEFLATE.binary(data)) }
    const text = Buffer.from(outputBytes(doc, counting)).toString('latin1')
    // never the same data twice, and the pages' data once among them
    expect(new Set(given).size).toBe(given.length)
    const page = given.filter((data) => data.includes(drawing))
    expect(page).toHaveLength(1)
    const streams = [...text.matchAll(/stream\n([\s\S]*?)\nendstream/g)].map((m) => m[1])
    expect(streams.filter((s) => s === PORTABLE_DEFLATE.binary(page[0] as string))).toHaveLength(3)
  })
})
