import { beforeAll, describe, expect, it } from 'vitest'
import { deflateSync } from 'node:zlib'
import { loadReportFonts } from '../../electron/cli/fonts'
import { documentDifference } from '../../electron/cli/pdf-normal-form'
import { NATIVE_DEFLATE } from '../../electron/main/pdf/native-deflate'
import { createReportRenderer } from '@shared/report/render/render-report'
import { PORTABLE_DEFLATE } from '@shared/report/render/stream-deflate'
import { buildReportModel } from '@shared/report/report-model'
import { GENERATED_AT, makeReportFixture } from '../fixtures/report-fixtures'

/*
 * `verify` compares the file itself with the re-rendered report, not only what its pages show: a file
 * whose pages read the same can still print only its first pages, open as a portfolio or turn its own
 * pages (a reviewer's forgeries). Whichever host compressed it, and an unchanged re-save, it must match.
 */

let native: Uint8Array
let portable: Uint8Array

beforeAll(async () => {
  const fonts = await loadReportFonts()
  const model = buildReportModel({ ...makeReportFixture({ status: 'final' }).input, generatedAt: GENERATED_AT })
  native = createReportRenderer(fonts, NATIVE_DEFLATE).render(model)
  portable = createReportRenderer(fonts, PORTABLE_DEFLATE).render(model)
}, 60_000)

const latin1 = (pdf: Uint8Array) => Buffer.from(pdf).toString('latin1')
const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'))

/** The file written anew (objects edited by `edit`, new cross-reference table), as a PDF editor saves it. */
function resaved(pdf: Uint8Array, edit: (objs: Map<number, string>) => void = () => undefined): Uint8Array {
  const text = latin1(pdf)
  const objs = new Map<number, string>()
  for (const m of text.matchAll(/(?:^|\n)(\d+) 0 obj\n([\s\S]*?)\nendobj/g)) objs.set(Number(m[1]), m[2]!)
  const trailer = /trailer\n<<([\s\S]*?)>>\nstartxref/.exec(text)![1]!
  edit(objs)
  let out = '%PDF-1.3\n'
  const offsets: number[] = []
  for (const [id, body] of [...objs].sort((a, b) => a[0] - b[0])) {
    offsets[id] = out.length
    out += `${id} 0 obj\n${body}\nendobj\n`
  }
  const size = Math.max(...objs.keys()) + 1
  const xref = out.length
  out += `xref\n0 ${size}\n0000000000 65535 f \n`
  for (let i = 1; i < size; i++) out += `${String(offsets[i] ?? 0).padStart(10, '0')} 00000 n \n`
  out += `trailer\n<<${trailer}>>\nstartxref\n${xref}\n%%EOF\n`
  return bytes(out)
}

const catalogId = (objs: Map<number, string>) => [...objs].find(([, b]) => /\/Type \/Catalog/.test(b))![0]

describe('the file as a document (verify)', () => {
  it('is the same whichever host compressed it, and after an unchanged re-save', () => {
    const nf = documentDifference(native, portable)
    expect(nf).toBeNull()
    expect(documentDifference(native, resaved(portable))).toBeNull()
  })

  it('differs with a print range, viewer settings or a portfolio view added to the catalog', () => {
    for (const entry of [
      '/ViewerPreferences << /PrintPageRange [0 3] >>',
      '/ViewerPreferences << /HideToolbar true >>',
      '/Collection << /View /D >>'
    ]) {
      const forged = resaved(native, (objs) => {
        const id = catalogId(objs)
        objs.set(id, objs.get(id)!.replace(/>>\s*$/, `${entry}\n>>`))
      })
      expect(documentDifference(native, forged)).toMatch(/^object \d+ differs: expected /)
    }
  })

  it('finds a second copy of an object however it is written (a reader may take the copy the table points to)', () => {
    const text = latin1(native)
    const id = /(\d+) 0 obj\n<<\n\/Type \/Catalog/.exec(text)![1]
    const copy = `${id} 0 obj<< /Type /Catalog /Pages 1 0 R /ViewerPreferences << /PrintPageRange [0 3] >> >>endobj\n`
    const at = text.lastIndexOf('\nxref\n') + 1
    expect(documentDifference(native, bytes(text.slice(0, at) + copy + text.slice(at)))).toBe(`object ${id} is in the file twice`)
  })

  it('differs with a page transition, an object added, or a stream whose bytes are damaged', () => {
    const timed = resaved(native, (objs) => {
      const page = [...objs].find(([, b]) => /\/Type \/Page\b/.test(b))![0]
      objs.set(page, objs.get(page)!.replace(/>>\s*$/, '/Dur 1 /Trans << /S /Dissolve >>\n>>'))
    })
    expect(documentDifference(native, timed)).toMatch(/^object \d+ differs/)
    const added = resaved(native, (objs) => void objs.set(Math.max(...objs.keys()) + 1, '<< /Thumb true >>'))
    expect(documentDifference(native, added)).toBe('the file holds 1 more objects than the report')
    // one stream re-deflated from other content, its length right: a different document
    const text = latin1(native)
    const m = /(\d+) 0 obj\n<<\n\/Length (\d+)\n\/Filter \/FlateDecode\n>>\nstream\n/.exec(text)!
    const start = m.index + m[0].length
    const other = deflateSync(Buffer.from('BT /F1 12 Tf 10 10 Td (LOW RISK) Tj ET', 'latin1')).toString('latin1')
    const swapped = resaved(
      bytes(
        text.slice(0, m.index) +
          `${m[1]} 0 obj\n<<\n/Length ${other.length}\n/Filter /FlateDecode\n>>\nstream\n${other}` +
          text.slice(start + Number(m[2]))
      )
    )
    expect(documentDifference(native, swapped)).toMatch(new RegExp(`^object ${m[1]} differs`))
    const damaged = latin1(native).replace(
      /stream\n([\s\S]{20})/,
      (_all, head: string) => `stream\n${head.slice(0, 10)}${String.fromCharCode(head.charCodeAt(10) ^ 1)}${head.slice(11)}`
    )
    expect(documentDifference(native, bytes(damaged))).toMatch(/differs|does not inflate/)
  })

  it("refuses bytes hidden after the end of a stream's compressed data (zlib ignores them; attacker review)", () => {
    const text = latin1(native)
    const m = /(\d+) 0 obj\n<<\n\/Length (\d+)\n\/Filter \/FlateDecode\n>>\nstream\n/.exec(text)!
    const start = m.index + m[0].length
    const data = text.slice(start, start + Number(m[2]))
    const hidden = 'SECRET PAYLOAD '.repeat(100)
    const padded = resaved(
      bytes(
        text.slice(0, m.index) +
          `${m[1]} 0 obj\n<<\n/Length ${data.length + hidden.length}\n/Filter /FlateDecode\n>>\nstream\n${data}${hidden}` +
          text.slice(start + Number(m[2]))
      )
    )
    expect(documentDifference(native, padded)).toBe(
      `object ${m[1]}: its stream holds ${hidden.length} bytes after the end of its compressed data`
    )
    // an unchanged re-save still matches (the check does not trip on the file as written)
    expect(documentDifference(native, resaved(native))).toBeNull()
  })
})
