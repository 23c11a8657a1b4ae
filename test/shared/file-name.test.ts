import { describe, expect, test } from 'vitest'
import fc from 'fast-check'
import { MAX_FILE_STEM, exportFileName, fileWords } from '../../shared/util/file-name'

describe('export file names', () => {
  test('are built from the engagement and the assessment, accents dropped', () => {
    expect(exportFileName(['Łódź Services Sp. z o.o.', 'Polish care', 'Annual 2026'], ['final', '2026-12-05'], 'pdf')).toBe(
      'Lodz-Services-Sp-z-o-o-Polish-care-Annual-2026-final-2026-12-05.pdf'
    )
    expect(fileWords('Müller & Straße Kundenservice')).toEqual(['Muller', 'and', 'Strasse', 'Kundenservice'])
  })

  test('a long name is shortened at a word boundary; status and date stay whole (never "-dr.pdf")', () => {
    const name = exportFileName(
      ['Compañía Internacional de Servicios de Atención al Cliente y Cobranzas S.A. de C.V.', 'Mexico City inbound and outbound'],
      ['draft', '2026-12-05'],
      'pdf'
    )
    expect(name).toBe('Compania-Internacional-de-Servicios-de-Atencion-al-Cliente-y-draft-2026-12-05.pdf')
    expect(name.length - '.pdf'.length).toBeLessThanOrEqual(MAX_FILE_STEM)
  })

  test('reserved Windows device names and empty input still give a usable name', () => {
    expect(exportFileName(['CON'], [], 'json')).toBe('CON-export.json')
    expect(exportFileName(['lpt1'], [], 'csv')).toBe('lpt1-export.csv')
    expect(exportFileName([' ', '—'], [], 'pdf')).toBe('export.pdf')
    expect(exportFileName(['a/b\\c:d*e?f"g<h>i|j.'], [], 'pdf')).toBe('a-b-c-d-e-f-g-h-i-j.pdf')
  })

  test('names in other scripts are kept (they used to vanish into "export.pdf"); Latin is still folded to ASCII', () => {
    expect(exportFileName(['日本語'], [], 'pdf')).toBe('日本語.pdf')
    expect(exportFileName(['ООО «Колл-центр»', 'Москва'], ['final', '2026-12-05'], 'pdf')).toBe(
      'ООО-Колл-центр-Москва-final-2026-12-05.pdf'
    )
    // Devanagari vowel signs are marks and stay with their letters; Hangul stays composed (NFC)
    expect(fileWords('मुंबई सेवा')).toEqual(['मुंबई', 'सेवा'])
    expect(fileWords('서울 센터')).toEqual(['서울', '센터'])
    expect(fileWords('الرياض Café')).toEqual(['الرياض', 'Cafe'])
    // compatibility forms fold: full-width Latin and ligatures become ASCII
    expect(fileWords('ＡＢＣ ﬁnance')).toEqual(['ABC', 'finance'])
  })

  test('a long word in another script is cut between letters, never inside a letter and its marks', () => {
    const name = exportFileName(['क्षि'.repeat(40)], [], 'pdf')
    const stem = name.slice(0, -'.pdf'.length)
    expect(stem.length).toBeLessThanOrEqual(MAX_FILE_STEM)
    expect(stem).toMatch(/^\P{M}/u)
    expect(/\p{M}/u.test(stem.at(-1) ?? '') || /\p{L}/u.test(stem.at(-1) ?? '')).toBe(true)
    expect('क्षि'.repeat(40).startsWith(stem)).toBe(true)
  })

  test('any Unicode input: letters, marks, digits and hyphens only, NFC, ASCII for Latin, within 255 bytes', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 60 }), { maxLength: 5 }), (subject) => {
        const name = exportFileName(subject, ['final', '2026-12-05'], 'pdf')
        expect(name).toMatch(/^[\p{L}\p{M}\p{N}-]+\.pdf$/u)
        expect(name).not.toMatch(/--|^-|-\./)
        expect(name.normalize('NFC')).toBe(name)
        expect(name).not.toMatch(/(?![A-Za-z])\p{Script=Latin}/u)
        expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(255)
        expect(name.endsWith('final-2026-12-05.pdf')).toBe(true)
      }),
      { numRuns: 300 }
    )
  })

  test('any input: only safe characters, within the cap, suffix kept, every subject word whole or absent', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 60 }), { maxLength: 5 }), fc.constantFrom('draft', 'final'), (subject, status) => {
        const name = exportFileName(subject, [status, '2026-12-05'], 'pdf')
        expect(name).toMatch(/^[A-Za-z0-9-]+\.pdf$/)
        expect(name).not.toMatch(/--|^-|-\./)
        expect(name.length - 4).toBeLessThanOrEqual(MAX_FILE_STEM)
        expect(name.endsWith(`${status}-2026-12-05.pdf`)).toBe(true)
        const words = new Set(subject.flatMap(fileWords))
        const kept = name.slice(0, -`-${status}-2026-12-05.pdf`.length).split('-').filter(Boolean)
        for (const w of kept) if (words.size > 0 && kept.length > 1) expect(words.has(w)).toBe(true)
      }),
      { numRuns: 200 }
    )
  })
})
