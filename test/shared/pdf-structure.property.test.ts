import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { pdfStructureProblems } from '@shared/integrity/pdf-structure'

/*
 * What `verify`'s structure check says of a damaged file: that its bytes cannot be read as one consistent
 * document, never more than that (a one-bit change had it list an "object hidden as text" per object).
 */

const bytes = (s: string): Uint8Array => new Uint8Array([...s].map((c) => c.charCodeAt(0) & 0xff))
const text = (b: Uint8Array): string => String.fromCharCode(...b)

/** A small PDF as this app writes one: objects, a classic cross-reference table, one %%EOF. */
function pdfOf(objects: readonly string[]): string {
  let out = '%PDF-1.3\n'
  const offsets: number[] = []
  objects.forEach((body, i) => {
    offsets.push(out.length)
    out += `${i + 1} 0 obj\n${body}\nendobj\n`
  })
  const xref = out.length
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`
  return `${out}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 4 0 R >>\nstartxref\n${xref}\n%%EOF\n`
}

const GENUINE = pdfOf([
  '<< /Type /Catalog /Pages 2 0 R /Outlines 5 0 R >>',
  '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
  '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
  '<< /Title (Annual review 2026) /Keywords (co-employment; fingerprint:abc) >>',
  '<< /Title (Cover and document control) /Count 0 >>',
  '<< /Title (Findings) >>'
])
const flip = (pdf: string, at: number, bit: number): Uint8Array => {
  const b = bytes(pdf)
  b[at]! ^= 1 << bit
  return b
}

describe('the structure check on a damaged file', () => {
  it('passes the file as written', () => {
    expect(pdfStructureProblems(bytes(GENUINE))).toEqual([])
  })

  it("one flipped bit turning a string's closing parenthesis into an opening one: one line, saying the file cannot be read as one document", () => {
    const at = GENUINE.indexOf('control)') + 'control'.length
    const problems = pdfStructureProblems(flip(GENUINE, at, 0))
    expect(problems).toEqual([
      {
        path: `byte ${GENUINE.indexOf('(Cover')}`,
        reason: expect.stringMatching(
          /^a string starting here runs over the object the cross-reference table places at byte \d+: the file cannot be read as one consistent document/
        )
      }
    ])
    expect(problems[0]!.reason).not.toMatch(/hidden as text/)
  })

  it('an object disguised as text (a /Launch the name scan skips) is still refused, at the string that holds it', () => {
    // the line breaks around object 6 become parentheses: the same length, so the table still points at it
    const start = GENUINE.indexOf('6 0 obj')
    const end = GENUINE.indexOf('endobj', start) + 'endobj'.length
    const body = GENUINE.slice(start, end).replace('(Findings)', '(Find) /A << /S /Launch /F (calc) >>')
    const disguised = `${GENUINE.slice(0, start - 1)}(${body})\n${GENUINE.slice(end + 1)}`.replace(/(xref[\s\S]*)$/, (table) =>
      table.replace(/\d{10}(?= 00000 n \ntrailer)/, String(start - 1).padStart(10, '0'))
    )
    const problems = pdfStructureProblems(bytes(disguised))
    expect(problems.map((p) => p.reason).join('\n')).toMatch(
      /a string starting here runs over the object the cross-reference table places at byte/
    )
  })

  it('any one bit flipped in an entry of the cross-reference table is refused (a reader finds the objects anyway, so it verified as a match)', () => {
    const table = GENUINE.indexOf('0000000000 65535 f \n') + '0000000000 65535 f \n'.length
    const tableEnd = GENUINE.indexOf('trailer')
    fc.assert(
      fc.property(fc.integer({ min: table, max: tableEnd - 1 }), fc.integer({ min: 0, max: 7 }), (at, bit) => {
        // an offset moved into a string is said twice: the string runs over an object, and the entry does not match
        const problems = pdfStructureProblems(flip(GENUINE, at, bit)).map((p) => p.reason)
        expect(problems.length).toBeGreaterThan(0)
        expect(problems.length).toBeLessThanOrEqual(2)
        for (const reason of problems) expect(reason).toMatch(/cross-reference table.*: the file cannot be read as one consistent document/)
      }),
      { numRuns: 300 }
    )
  })

  it('a file whose cross-reference table is gone is refused (a reader rebuilds one, and the file verified as a match)', () => {
    const at = GENUINE.indexOf('\nxref') + 1
    for (let bit = 0; bit < 8; bit++)
      expect(pdfStructureProblems(flip(GENUINE, at, bit))).toContainEqual({
        path: '(file)',
        reason: expect.stringMatching(/no cross-reference table/)
      })
  })

  it('says no more than one line per damaged string, whichever bit of a string delimiter flips', () => {
    const delimiters = [...GENUINE].flatMap((c, i) => (c === '(' || c === ')' ? [i] : []))
    fc.assert(
      fc.property(fc.constantFrom(...delimiters), fc.integer({ min: 0, max: 7 }), (at, bit) => {
        const problems = pdfStructureProblems(flip(GENUINE, at, bit))
        expect(problems.every((p) => !/hidden as text/.test(p.reason))).toBe(true)
        const strings = problems.filter((p) => p.reason.startsWith('a string starting here'))
        expect(new Set(strings.map((p) => p.path)).size).toBe(strings.length)
        expect(text(flip(GENUINE, at, bit))).not.toBe(GENUINE)
      })
    )
  })
})
