import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { installedJsPdfVersion, VERIFIED_JSPDF_VERSION } from '@shared/report/render/jspdf-door'

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
  })
})
