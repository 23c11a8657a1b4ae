import { describe, expect, it } from 'vitest'
import { decodeBase64 } from '@shared/report/render/base64'
import { coverText, metadataText, missingGlyphMarker } from '@shared/report/render/font-coverage'
import { GlyphSubset } from '@shared/report/render/font-subset'
import { parseTtf } from '@shared/report/render/ttf'
import { Typesetter } from '@shared/report/render/typesetter'
import { prepareFonts } from '@shared/report/render/pdf-fonts'
import { TYPE } from '@shared/report/render/theme'
import { reportFonts } from '../fixtures/report-fixtures'

const fonts = reportFonts()
const regular = parseTtf(decodeBase64(fonts.regular))

describe('base64', () => {
  it('decodes exactly as Node does', () => {
    const bytes = Uint8Array.from({ length: 1000 }, (_, i) => (i * 37) % 256)
    for (const n of [0, 1, 2, 3, 999, 1000]) {
      const text = Buffer.from(bytes.subarray(0, n)).toString('base64')
      expect(Buffer.from(decodeBase64(text)).equals(Buffer.from(bytes.subarray(0, n)))).toBe(true)
    }
  })

  it('accepts a data URL, as a bundler\'s inline import gives', () => {
    expect([...decodeBase64('data:font/ttf;base64,AAEC')]).toEqual([0, 1, 2])
  })
})

describe('font coverage', () => {
  it('keeps Latin, Greek and Cyrillic text as it is', () => {
    for (const text of ['Łódź Services Sp. z o.o.', 'Αθήνα', 'Пётр Ильич', 'Zürich — “quoted” ½ € §']) {
      expect(coverText(text, regular.glyphOf)).toBe(text)
    }
  })

  it('marks CJK, emoji and control characters visibly instead of dropping them', () => {
    expect(coverText('东方 BPO', regular.glyphOf)).toBe('[U+4E1C][U+65B9] BPO')
    expect(coverText('ok 😀', regular.glyphOf)).toBe('ok [U+1F600]')
    expect(coverText('a\u0007b', regular.glyphOf)).toBe('a[U+0007]b')
    expect(missingGlyphMarker(0x4e1c)).toBe('[U+4E1C]')
    // right-to-left text cannot be shaped here, so it is marked rather than printed reversed
    expect(coverText('شركة', regular.glyphOf)).toBe('[U+0634][U+0631][U+0643][U+0629]')
  })

  it('composes decomposed accents so they use the precomposed glyph', () => {
    expect(coverText('Lo\u0301dz', regular.glyphOf)).toBe('Lódz')
  })

  it('keeps any BMP text for document properties but marks what jsPDF cannot encode', () => {
    expect(metadataText('东方 😀')).toBe('东方 [U+1F600]')
  })
})

describe('font subset', () => {
  it('escapes the bytes a PDF literal string reserves', () => {
    const subset = new GlyphSubset(regular)
    // fill ids 1..0x29 so that the next characters get ids 0x28 "(" and 0x29 ")"
    const filler = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMN'
    subset.encode(filler)
    expect(subset.encode('OP')).toBe('\x00\\)\x00*')
  })

  it('holds only the glyphs used, renumbered, and parses back as a TrueType font', () => {
    const subset = new GlyphSubset(regular)
    const bytes = subset.encode('Łódź Αθήνα')
    // two bytes per glyph, new ids from 1 in order of first use ("ź" and "α" are new, " " too)
    expect([...bytes].map((c) => c.charCodeAt(0))).toEqual([0, 1, 0, 2, 0, 3, 0, 4, 0, 5, 0, 6, 0, 7, 0, 8, 0, 9, 0, 10])
    const font = parseTtf(subset.toTrueType())
    // accented letters are compound glyphs: their parts come along, after the glyphs drawn
    expect(font.numGlyphs).toBe(subset.order.length)
    expect(font.numGlyphs).toBeGreaterThan(11)
    expect(font.numGlyphs).toBeLessThan(25)
    // the subset's own cmap maps each character to its new glyph id
    expect(font.glyphOf['Ł'.charCodeAt(0)]).toBe(1)
    expect(font.glyphOf['α'.charCodeAt(0)]).toBe(10)
    expect(font.advanceOf['Ł'.charCodeAt(0)]).toBeCloseTo(regular.advanceOf['Ł'.charCodeAt(0)] as number, 3)
  })
})

describe('typesetter', () => {
  const ts = new Typesetter(prepareFonts(fonts))

  it('wraps to the width and never loses a word', () => {
    const text = 'In practice, who tells the vendor\'s individual agents what to do and how to do it during the working day?'
    const lines = ts.wrap(text, TYPE.body, 150)
    expect(lines.length).toBeGreaterThan(2)
    for (const line of lines) expect(ts.width(line, 'regular', TYPE.body.size)).toBeLessThanOrEqual(150)
    expect(lines.join(' ')).toBe(text)
  })

  it('breaks a word longer than the line instead of overflowing', () => {
    const hex = 'e388972cb03935a308c16c1c47ca6b793ad458b6abdf39201d2e843985bc8376'
    const lines = ts.wrap(hex, TYPE.body, 100)
    expect(lines.join('')).toBe(hex)
    for (const line of lines) expect(ts.width(line, 'regular', TYPE.body.size)).toBeLessThanOrEqual(100)
  })

  it('keeps paragraphs and a single blank line between them', () => {
    expect(ts.wrap('one\n\n\ntwo\n', TYPE.body, 400)).toEqual(['one', '', 'two'])
  })
})
