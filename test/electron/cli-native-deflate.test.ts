import { inflateSync } from 'node:zlib'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadReportFonts } from '../../electron/cli/fonts'
import { NATIVE_DEFLATE } from '../../electron/main/pdf/native-deflate'
import { createReportRenderer } from '@shared/report/render/render-report'
import { PORTABLE_DEFLATE } from '@shared/report/render/stream-deflate'
import { buildReportModel } from '@shared/report/report-model'
import { GENERATED_AT, makeReportFixture } from '../fixtures/report-fixtures'

/*
 * The desktop app and the CLI compress PDF streams with Node's zlib, the browser edition with fflate.
 * The compressed bytes differ; the document must not: the same pages, drawings and properties, and a
 * report made by either verifies against the same data.
 */

const fixture = makeReportFixture({ status: 'final' })
let native: Uint8Array
let portable: Uint8Array

beforeAll(async () => {
  const fonts = await loadReportFonts()
  const model = buildReportModel({ ...fixture.input, generatedAt: GENERATED_AT })
  native = createReportRenderer(fonts, NATIVE_DEFLATE).render(model)
  portable = createReportRenderer(fonts, PORTABLE_DEFLATE).render(model)
}, 60_000)

/**
 * A PDF with each stream inflated and every /Length and byte offset dropped: what stays is the
 * document. (That `verify` accepts a portable-made report is shown by verify-document.test.ts,
 * whose genuine report is made with the default, portable, compressor.)
 */
function decoded(pdf: Uint8Array): { objects: string[]; streams: string[] } {
  const text = Buffer.from(pdf).toString('latin1')
  const objects: string[] = []
  const streams: string[] = []
  for (const m of text.matchAll(/(\d+) 0 obj\n([\s\S]*?)\nendobj/g)) {
    const body = m[2] as string
    const at = body.indexOf('stream\n')
    if (at < 0) objects.push(`${m[1]} ${body}`)
    else {
      objects.push(`${m[1]} ${body.slice(0, at).replace(/\/Length \d+/, '')}`)
      const raw = Buffer.from(body.slice(at + 'stream\n'.length, body.lastIndexOf('\nendstream')), 'latin1')
      streams.push(body.includes('/FlateDecode') ? inflateSync(raw).toString('latin1') : raw.toString('latin1'))
    }
  }
  return { objects, streams }
}

describe('stream compression by host', () => {
  it("gives the file's bytes converted natively, the same as jsPDF's own conversion, in an array of their own", async () => {
    const fonts = await loadReportFonts()
    const model = buildReportModel({ ...fixture.input, generatedAt: GENERATED_AT })
    const { bytesOfBinary: _, ...withoutConversion } = NATIVE_DEFLATE
    const converted = createReportRenderer(fonts, withoutConversion).render(model)
    expect(Buffer.from(native).equals(Buffer.from(converted))).toBe(true)
    // a small file is not a slice of Node's shared pool: its buffer can be transferred to another thread
    const small = NATIVE_DEFLATE.bytesOfBinary?.('%PDF\xff') as Uint8Array
    expect(Object.getPrototypeOf(small)).toBe(Uint8Array.prototype)
    expect(small.byteOffset).toBe(0)
    expect(small.buffer.byteLength).toBe(5)
    expect([...small]).toEqual([0x25, 0x50, 0x44, 0x46, 0xff])
  }, 60_000)

  it('round-trips any bytes, natively and portably, each the same every time', () => {
    const plain = new Uint8Array(70_000).map((_, i) => (i * 7919) % 251)
    const binary = Array.from(plain, (b) => String.fromCharCode(b)).join('')
    for (const deflate of [NATIVE_DEFLATE, PORTABLE_DEFLATE]) {
      const packed = deflate.bytes(plain)
      expect(packed.length).toBeLessThan(plain.length)
      expect(new Uint8Array(inflateSync(packed))).toEqual(plain)
      expect(deflate.binary(binary)).toBe(Array.from(packed, (b) => String.fromCharCode(b)).join(''))
      expect(deflate.bytes(plain)).toEqual(packed)
    }
  })

  it('gives other bytes for the same document: every object and every inflated stream equal', () => {
    expect(Buffer.from(native).equals(Buffer.from(portable))).toBe(false)
    const a = decoded(native)
    const b = decoded(portable)
    expect(a.streams.length).toBeGreaterThan(40)
    expect(a).toEqual(b)
  })
})
