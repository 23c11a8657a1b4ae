import { describe, expect, it } from 'vitest'
import { decodeBase64 } from '@shared/report/render/base64'
import fc from 'fast-check'
import { coverText, metadataText, missingGlyphMarker, needsMarkers, valueNeedsMarkers } from '@shared/report/render/font-coverage'
import { GlyphSubset } from '@shared/report/render/font-subset'
import { parseTtf } from '@shared/report/render/ttf'
import { shapeLine } from '@shared/report/render/shaping'
import { Typesetter } from '@shared/report/render/typesetter'
import { prepareFonts } from '@shared/report/render/pdf-fonts'
import { TYPE } from '@shared/report/render/theme'
import { reportFonts } from '../fixtures/report-fixtures'

const fonts = reportFonts()
// the fixture passes base64, as the browser edition does (Node hosts pass the bytes)
const regular = parseTtf(decodeBase64(fonts.regular as string))
const fontSet = prepareFonts(fonts)
const covered = (cp: number): boolean => fontSet.covers(cp, 'regular')

describe('base64', () => {
  it('decodes exactly as Node does', () => {
    const bytes = Uint8Array.from({ length: 1000 }, (_, i) => (i * 37) % 256)
    for (const n of [0, 1, 2, 3, 999, 1000]) {
      const text = Buffer.from(bytes.subarray(0, n)).toString('base64')
      expect(Buffer.from(decodeBase64(text)).equals(Buffer.from(bytes.subarray(0, n)))).toBe(true)
    }
  })

  it("accepts a data URL, as a bundler's inline import gives", () => {
    expect([...decodeBase64('data:font/ttf;base64,AAEC')]).toEqual([0, 1, 2])
  })
})

describe('font coverage', () => {
  it('keeps text in every script a face covers as it is', () => {
    for (const text of [
      'Łódź Services Sp. z o.o.',
      'Αθήνα',
      'Пётр Ильич',
      'Zürich — “quoted” ½ € §',
      'شركة النيل',
      'שירותי הגליל',
      'भारत सेवा',
      'บริษัท สยาม',
      '东方外包 株式会社テスト',
      '한국서비스',
      'ok 😀🚀',
      'a\u200fb\u2067c'
    ]) {
      expect(coverText(text, covered)).toBe(text)
    }
  })

  it('marks what no face has, and control characters, visibly instead of dropping them', () => {
    // Egyptian hieroglyphs and Runic are in none of the shipped faces
    expect(coverText('𓀀 BPO', covered)).toBe('[U+13000] BPO')
    expect(coverText('a\u0007b', covered)).toBe('a[U+0007]b')
    expect(missingGlyphMarker(0x4e1c)).toBe('[U+4E1C]')
  })

  it('marks a script whose fallback face the host did not supply', () => {
    const latinOnly = prepareFonts({ regular: fonts.regular, bold: fonts.bold })
    expect(coverText('东方 BPO', (cp) => latinOnly.covers(cp, 'regular'))).toBe('[U+4E1C][U+65B9] BPO')
  })

  it('composes decomposed accents so they use the precomposed glyph', () => {
    expect(coverText('Lo\u0301dz', covered)).toBe('Lódz')
  })

  it('keeps every character for document properties, emoji included', () => {
    expect(metadataText('东方 😀 שירות')).toBe('东方 😀 שירות')
    expect(metadataText('a\u0007b')).toBe('a b')
  })
})

describe('covering text for its face', () => {
  // the rule character by character, as coverText applied it before it learned to hand back text it need not change
  const byCharacter = (text: string, cover: (cp: number) => boolean): string => {
    if (/^[\x20-\x7e]*$/.test(text)) return text
    let out = ''
    for (const ch of text.normalize('NFC')) {
      const code = ch.codePointAt(0) as number
      if (code === 9 || code === 10 || code === 13) out += ' '
      else
        out +=
          code < 0x20 || (code >= 0x7f && code <= 0x9f) || (code >= 0xd800 && code <= 0xdfff) || !cover(code)
            ? missingGlyphMarker(code)
            : ch
    }
    return out
  }

  it('hands back text it need not change, and still marks what it must beside text beyond ASCII', () => {
    expect(coverText('Łódź “quoted”', covered)).toBe('Łódź “quoted”')
    expect(coverText('o\u0301', covered)).toBe('ó')
    // an ASCII character a face refuses is marked once the text is not all ASCII
    expect(coverText('~Ł', (cp) => cp !== 0x7e && covered(cp))).toBe('[U+007E]Ł')
    expect(coverText('Ł\tx', covered)).toBe('Ł x')
  })

  it('gives what the character-by-character rule gives, for any text and coverage', () => {
    const unit = fc.oneof(
      fc.constantFrom('a', '~', 'Ł', 'o\u0301', '\t', '\n', '\u0007', '\u0085', '\ud800', '😀', '\u4e1c'),
      fc.integer({ min: 0, max: 0x10ffff }).map((cp) => String.fromCodePoint(cp))
    )
    const refusing = fc.constantFrom(
      covered,
      (cp: number) => cp !== 0x7e && covered(cp),
      (cp: number) => cp < 0x100
    )
    fc.assert(
      fc.property(fc.string({ unit }), refusing, (text, cover) => {
        expect(coverText(text, cover)).toBe(byCharacter(text, cover))
      }),
      { numRuns: 500 }
    )
  })
})

describe('whether a report needs the marker legend', () => {
  it('finds a control, a lone surrogate or an uncovered character past any amount of ASCII, and nothing else', () => {
    const ascii = 'plain text '.repeat(5000)
    expect(needsMarkers(ascii, covered)).toBe(false)
    expect(needsMarkers(`${ascii}Łódź “quoted” – 😀`, covered)).toBe(false)
    expect(needsMarkers(`${ascii}\u0085`, covered)).toBe(true)
    expect(needsMarkers(`${ascii}\ud800x`, covered)).toBe(true)
    expect(needsMarkers(`${ascii}😀`, (cp) => cp !== 0x1f600)).toBe(true)
    expect(needsMarkers(`${ascii}😀`, (cp) => cp !== 0xde00)).toBe(false)
  })

  it('reads a report model as its JSON text would be read, without writing that text', () => {
    // the model's strings as JSON shows them: C0 controls and unpaired surrogates are \u escapes there
    const text = fc.string({
      unit: fc.oneof(
        fc.constantFrom('a', 'Ł', '\u0001', '\u0085', '\ud800', '\ude00', '😀', '\u4e1c', '\ue000'),
        fc.integer({ min: 0, max: 0x10ffff }).map((cp) => String.fromCodePoint(cp))
      )
    })
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        text,
        fc.integer(),
        fc.constant(undefined),
        fc.array(tie('node')),
        fc.dictionary(text, tie('node'))
      )
    })).node
    fc.assert(
      fc.property(value, (v) => {
        const wrapped = { v, at: new Date(0) }
        expect(valueNeedsMarkers(wrapped, covered, new Set())).toBe(needsMarkers(JSON.stringify(wrapped), covered))
      }),
      { numRuns: 300 }
    )
  })

  it('remembers the strings that need no marker, and skips them in the next model', () => {
    const checked = new Set<string>()
    expect(valueNeedsMarkers({ question: 'Łódź', note: 'plain' }, covered, checked)).toBe(false)
    expect(checked.has('Łódź')).toBe(true)
    // a coverage that would now refuse Ł is not asked again for the remembered string
    expect(valueNeedsMarkers({ again: 'Łódź' }, (cp) => cp !== 0x141, checked)).toBe(false)
    expect(valueNeedsMarkers({ other: 'Łx' }, (cp) => cp !== 0x141, checked)).toBe(true)
  })
})

describe('font subset', () => {
  it('escapes the bytes a PDF literal string reserves', () => {
    const subset = new GlyphSubset(regular)
    // fill ids 1..0x29 so that the next characters get ids 0x28 "(" and 0x29 ")"
    const filler = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMN'
    subset.encode(filler)
    expect(subset.encode('OP')).toBe('\x00\\)\x00*')
    // the second time a character is drawn its bytes come from the subset's table: the same, escaped or not
    expect(subset.encode('POPa')).toBe('\x00*\x00\\)\x00*\x00\x01')
    expect(subset.encode('😀😀a')).toBe(subset.encode('😀') + subset.encode('😀') + '\x00\x01')
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
  const ts = new Typesetter(fontSet)

  it('wraps to the width and never loses a word', () => {
    const text = "In practice, who tells the vendor's individual agents what to do and how to do it during the working day?"
    const lines = ts.wrap(text, TYPE.body, 150)
    expect(lines.length).toBeGreaterThan(2)
    for (const line of lines) expect(ts.width(line, 'regular', TYPE.body.size)).toBeLessThanOrEqual(150)
    expect(lines.join(' ')).toBe(text)
  })

  it('breaks an identifier longer than the line unmarked (a hyphen would change it)', () => {
    const hex = 'e388972cb03935a308c16c1c47ca6b793ad458b6abdf39201d2e843985bc8376'
    const lines = ts.wrap(hex, TYPE.body, 100)
    expect(lines.join('')).toBe(hex)
    for (const line of lines) expect(ts.width(line, 'regular', TYPE.body.size)).toBeLessThanOrEqual(100)
  })

  it('wraps at spaces and breaks a word only when it cannot fit a whole line, then marks the break', () => {
    // "November" fits a line of its own: it moves down whole
    expect(ts.wrap('15 November 2026', TYPE.small, 50)).toEqual(['15', 'November', '2026'])
    const word = 'Rechtsschutzversicherungsgesellschaften'
    const lines = ts.wrap(word, TYPE.body, 60)
    expect(lines.length).toBeGreaterThan(1)
    for (const line of lines.slice(0, -1)) expect(line.endsWith('-')).toBe(true)
    expect(lines.map((l) => l.replace(/-$/, '')).join('')).toBe(word)
    for (const line of lines) expect(ts.width(line, 'regular', TYPE.body.size)).toBeLessThanOrEqual(60)
  })

  it('measures right-to-left and fallback text as drawn, never as zero', () => {
    for (const text of ['شركة', 'שירות', 'भारत', '东方', '😀']) expect(ts.width(text, 'regular', 10)).toBeGreaterThan(5)
  })

  it('wraps the same text anew for another width or style, and alike for another typesetter on the same faces', () => {
    const text = 'The vendor decides who works on the account and tells them what to do.'
    const narrow = ts.wrap(text, TYPE.body, 120)
    expect(ts.wrap(text, TYPE.body, 300)).not.toEqual(narrow)
    expect(ts.wrap(text, TYPE.small, 120).length).toBeLessThanOrEqual(narrow.length)
    expect(ts.wrap(text, { ...TYPE.body, face: 'bold' }, 120)).toEqual(
      new Typesetter(fontSet).wrap(text, { ...TYPE.body, face: 'bold' }, 120)
    )
    expect(new Typesetter(fontSet).wrap(text, TYPE.body, 120)).toEqual(narrow)
  })

  it('keeps paragraphs and a single blank line between them', () => {
    expect(ts.wrap('one\n\n\ntwo\n', TYPE.body, 400)).toEqual(['one', '', 'two'])
  })
})

describe('shaping', () => {
  const codes = (text: string): number[] => Array.from(text, (c) => c.codePointAt(0) as number)

  it('joins Arabic letters into their presentation forms and lays them out right to left', () => {
    const runs = shapeLine('شركة', 'regular', fontSet)
    expect(runs).toHaveLength(1)
    // sheen initial, reh final, kaf initial, teh marbuta final: drawn from the left, so reversed
    expect(codes(runs[0]?.text ?? '')).toEqual([0xfe94, 0xfedb, 0xfeae, 0xfeb7])
    expect(runs[0]?.face.postScriptName).toBe('NotoSansArabic-Regular')
  })

  it('makes lam followed by alef the obligatory ligature', () => {
    const alone = codes(
      shapeLine('الا', 'regular', fontSet)
        .map((r) => r.text)
        .join('')
    )
    // alef does not join forward, so the ligature stands alone; it is drawn left of the first alef
    expect(alone).toEqual([0xfefb, 0xfe8d])
    const joined = codes(
      shapeLine('سلا', 'regular', fontSet)
        .map((r) => r.text)
        .join('')
    )
    expect(joined).toEqual([0xfefc, 0xfeb3]) // lam-alef final form, seen initial
  })

  it('keeps a left-to-right name in a right-to-left paragraph in its own order, and drops bidi controls', () => {
    const runs = shapeLine('\u202bשירות ACME\u202c', 'regular', fontSet)
    const text = runs.map((r) => r.text).join('')
    expect(text).toContain('ACME')
    expect(text).not.toMatch(/[\u202b\u202c]/)
    // drawn in typed order: the Hebrew run first, the Latin name last
    expect(runs[0]?.face.postScriptName).toBe('NotoSansHebrew-Regular')
    expect(runs.at(-1)?.text).toBe('ACME')
  })

  it("keeps a name's direction controls inside the name: an override never turns the text after it around", () => {
    // a vendor called "Acme <RLO>proC" (shown as "Acme Corp" where the override is honoured) printed in the
    // running header reversed the engagement name after it: typed text could rearrange what the report states
    const line = 'Acme \u202eproC \u00b7 Claims hotline 71.2'
    const drawn = shapeLine(line, 'regular', fontSet)
      .map((r) => r.text)
      .join('')
    expect(drawn).toBe('Acme proC \u00b7 Claims hotline 71.2')
    for (const control of ['\u202d', '\u202a', '\u202b', '\u2066', '\u2067', '\u2068']) {
      const text = shapeLine(`A ${control}B \u00b7 score 71.2 High`, 'regular', fontSet)
        .map((r) => r.text)
        .join('')
      expect(text, `U+${control.codePointAt(0)!.toString(16)}`).toBe('A B \u00b7 score 71.2 High')
    }
  })

  it('draws emoji beyond the BMP from the emoji face', () => {
    // DejaVu has the emoticons block (😀); the rest come from Noto Emoji
    const runs = shapeLine('ok 🚀', 'regular', fontSet)
    expect(runs.at(-1)?.face.postScriptName).toBe('NotoEmoji-Regular')
    expect(runs.at(-1)?.text).toBe('🚀')
  })
})

describe('breaking links', () => {
  const ts = new Typesetter(fontSet)

  it('breaks a long link after a separator, unmarked, and keeps every character', () => {
    const url =
      'https://www.studicata.com/summaries/united-states-court-of-appeals-eleventh-circuit/layton-v-dhl-express-usa-inc-2012-1istdj'
    const lines = ts.wrap(url, TYPE.small, 300)
    expect(lines.length).toBeGreaterThan(1)
    expect(lines.join('')).toBe(url)
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/[/\-._?&=#]$/)
  })
})
