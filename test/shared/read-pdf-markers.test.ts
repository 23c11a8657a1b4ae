import { describe, expect, it } from 'vitest'
import { readPdfMarkers, readReportFingerprint, type MarkerReading } from '@shared/report/read-fingerprint'

const FP = '2a4a3cae8ccc45b096543f509e0e0c2c389f8ec30a31b3fe6f1b6d80f606e004'
const OTHER = 'f'.repeat(64)
const AT = '2026-12-06T02:45:11.729Z'
const KEYWORDS = `(co-employment; document:AL-2A4A-3CAE-8CCC; fingerprint:${FP}; generated:${AT}; layout:6)`

const bytes = (s: string): Uint8Array => new Uint8Array([...s].map((c) => c.charCodeAt(0) & 0xff))

/**
 * A whole PDF as this app writes one: numbered objects, a cross-reference table giving each one's place, and a
 * trailer naming the catalog and the document properties (object 3). `extra` goes between the objects and the
 * table (a comment, an object nothing refers to); `trailer` replaces the trailer's entries.
 */
function pdf({
  catalog = '<< /Type /Catalog /Pages 2 0 R >>',
  info = `<< /Title (Annual review) /Keywords ${KEYWORDS} >>`,
  objects = [] as string[],
  extra = '',
  trailer = '/Size SIZE /Root 1 0 R /Info 3 0 R'
} = {}): Uint8Array {
  const bodies = [catalog, '<< /Type /Pages /Kids [] /Count 0 >>', info, ...objects]
  let out = '%PDF-1.3\n'
  const at: number[] = []
  bodies.forEach((body, i) => {
    at.push(out.length)
    out += `${i + 1} 0 obj\n${body}\nendobj\n`
  })
  out += extra
  const xref = out.length
  out += `xref\n0 ${bodies.length + 1}\n0000000000 65535 f \n${at.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
  out += `trailer\n<< ${trailer.replace('SIZE', String(bodies.length + 1))} >>\nstartxref\n${xref}\n%%EOF\n`
  return bytes(out)
}

function refusal(read: MarkerReading): string {
  expect(read.ok).toBe(false)
  return read.ok ? '' : read.problems.map((p) => `${p.path}: ${p.reason}`).join('\n')
}

const READ = { ok: true, markers: { fingerprint: FP, generatedAt: AT, manifestHash: null, layout: 6 } }

describe('readPdfMarkers: only from the Keywords of the document properties', () => {
  it('reads the markers as the report writes them', () => {
    expect(readPdfMarkers(pdf())).toEqual(READ)
    expect(readReportFingerprint(pdf())).toBe(FP)
  })

  it('reads them when another program rewrote the file and escaped ":" and ";" as octal', () => {
    // as pypdf writes the Info dictionary of a report whose pages it removed
    const escaped = `(co-employment\\073 document\\072AL-2A4A-3CAE-8CCC\\073 fingerprint\\072${FP}\\073 generated\\0722026\\05512\\05506T02\\07245\\07211\\056729Z\\073 layout\\0726)`
    expect(readPdfMarkers(pdf({ info: `<< /Keywords ${escaped} >>` }))).toEqual(READ)
  })

  it('reads them as UTF-16 text in a hex string, as some programs write properties', () => {
    const text = KEYWORDS.slice(1, -1)
    const hex = `FEFF${[...text].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('')}`
    expect(readPdfMarkers(pdf({ info: `<< /Keywords <${hex}> >>` }))).toEqual(READ)
  })

  it('a packet names its manifest, and no fingerprint', () => {
    const info = `<< /Keywords (audit packet; packet:AP-2A4A-3CAE-8CCC; manifest-sha256:${FP}; generated:${AT}; layout:6) >>`
    expect(readPdfMarkers(pdf({ info }))).toEqual({
      ok: true,
      markers: { fingerprint: null, generatedAt: AT, manifestHash: FP, layout: 6 }
    })
  })

  it("marker words in the data's names (title, subject, author, bookmarks) are the report's words, not markers", () => {
    // an engagement named "Kfz hotline (layout:4)" made a report, signed and frozen, that could never be verified
    const words = `Kfz hotline \\(layout:4\\) fingerprint:${OTHER} generated:2027-01-01T00:00:00.000Z`
    const info = `<< /Title (${words}) /Subject <FEFF${[...'layout:3'].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('')}> /Author (manifest-sha256\\072${OTHER}) /Keywords ${KEYWORDS} >>`
    // bookmarks as a reader finds them: /Root, its /Outlines, /First and /Next, nested items
    const catalog = '<< /Type /Catalog /Pages 2 0 R /Outlines 4 0 R >>'
    const outline = [
      '<< /Type /Outlines /First 5 0 R /Last 6 0 R >>',
      `<< /Title (Cover: layout:4) /Parent 4 0 R /Next 6 0 R >>`,
      `<< /Title (${words}) /Parent 4 0 R /Prev 5 0 R /First 7 0 R /Last 7 0 R >>`,
      `<< /Title (generated:2025-01-01T00:00:00Z) /Parent 6 0 R >>`
    ]
    expect(readPdfMarkers(pdf({ catalog, info, objects: outline }))).toEqual(READ)
    // a bookmark list that links back on itself is read once, not forever
    const looped = [
      outline[0] as string,
      '<< /Title (a) /Parent 4 0 R /Next 6 0 R >>',
      '<< /Title (b) /Parent 4 0 R /Next 5 0 R /First 5 0 R >>'
    ]
    expect(readPdfMarkers(pdf({ catalog, objects: looped }))).toEqual(READ)
  })

  it('the same words under another property, or in a bookmark no outline reaches, are still refused', () => {
    const custom = `<< /Title (Annual review) /Custom (layout:4) /Keywords ${KEYWORDS} >>`
    expect(refusal(readPdfMarkers(pdf({ info: custom })))).toContain('a second "layout:" marker (4)')
    const stray = pdf({ objects: ['<< /Title (layout:4) /Parent 4 0 R >>'] })
    expect(refusal(readPdfMarkers(stray))).toContain('a second "layout:" marker (4)')
  })

  it('the same markers again elsewhere (a copy another program keeps) change nothing', () => {
    expect(readPdfMarkers(pdf({ extra: `% fingerprint:${FP}; generated:${AT}; layout:6\n` }))).toEqual(READ)
  })
})

describe('readPdfMarkers refuses a marker planted anywhere else', () => {
  it('in a comment: a later "generated:…; layout:5" no longer chooses the time and the layout', () => {
    const planted = pdf({ extra: `% generated:2027-01-01T00:00:00.000Z; layout:5\n` })
    const said = refusal(readPdfMarkers(planted))
    const at = new TextDecoder('latin1').decode(planted).indexOf('% generated:') + 2
    expect(said).toContain(`byte ${at}: a second "generated:" marker (2027-01-01T00:00:00.000Z) outside the document properties' Keywords`)
    expect(said).toContain(`the Keywords name "generated:${AT}"`)
    expect(said).toContain('a second "layout:" marker (5)')
    expect(readReportFingerprint(planted)).toBeNull()
  })

  it('in a content stream, or an object nothing refers to', () => {
    const stream = `BT /F1 9 Tf (fingerprint:${OTHER}) Tj ET`
    for (const objects of [[`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`], [`<< /Keywords (fingerprint:${OTHER}) >>`]]) {
      const said = refusal(readPdfMarkers(pdf({ objects })))
      expect(said).toMatch(/^byte \d+: a second "fingerprint:" marker \(f{64}\)/)
      expect(said).toContain(`the Keywords name "fingerprint:${FP}"`)
    }
  })

  it('escaped in another string, or a kind of marker the Keywords do not name (a manifest in a report)', () => {
    expect(refusal(readPdfMarkers(pdf({ objects: [`<< /Subject (fingerprint\\072${OTHER}) >>`] })))).toContain(
      `(file): a second "fingerprint:" marker (${OTHER})`
    )
    expect(refusal(readPdfMarkers(pdf({ extra: `%manifest-sha256:${OTHER}\n` })))).toContain(
      `a second "manifest-sha256:" marker (${OTHER}) outside the document properties' Keywords, where this app never writes one; the Keywords name none`
    )
  })
})

describe('readPdfMarkers refuses a file whose document properties are missing, duplicated or ambiguous', () => {
  it('no document properties, or no Keywords in them', () => {
    expect(refusal(readPdfMarkers(pdf({ trailer: '/Size SIZE /Root 1 0 R' })))).toContain(
      'no document properties (the trailer names no /Info)'
    )
    expect(refusal(readPdfMarkers(pdf({ info: '<< /Title (Annual review) >>' })))).toContain('no Keywords in the document properties')
    expect(refusal(readPdfMarkers(pdf({ info: '<< /Keywords (co-employment; legal review) >>' })))).toContain(
      "they name no Arm's Length fingerprint"
    )
  })

  it('/Info twice in the trailer, /Keywords twice in the properties, the properties defined twice', () => {
    const other = `<< /Keywords (fingerprint:${OTHER}) >>`
    expect(refusal(readPdfMarkers(pdf({ objects: [other], trailer: '/Size SIZE /Root 1 0 R /Info 3 0 R /Info 4 0 R' })))).toContain(
      '/Info is given 2 times in the trailer'
    )
    expect(refusal(readPdfMarkers(pdf({ info: `<< /Keywords ${KEYWORDS} /Keywords (fingerprint:${OTHER}) >>` })))).toContain(
      '/Keywords is given 2 times in the document properties'
    )
    expect(refusal(readPdfMarkers(pdf({ extra: `3 0 obj\n${other}\nendobj\n` })))).toContain(
      'the document properties (object 3) are defined 2 times'
    )
  })

  it('a marker twice in the Keywords, inside another item, malformed, or both a fingerprint and a manifest', () => {
    const refused = (keywords: string): string => refusal(readPdfMarkers(pdf({ info: `<< /Keywords (${keywords}) >>` })))
    expect(refused(`fingerprint:${FP}; fingerprint:${FP}; generated:${AT}`)).toContain('"fingerprint:" is given 2 times')
    expect(refused(`fingerprint:${FP}; generated:${AT}; generated:${AT}`)).toContain('"generated:" is given 2 times')
    expect(refused(`co-employment fingerprint:${FP}; generated:${AT}`)).toContain(`"fingerprint:${FP}" is not a marker this app writes`)
    expect(refused(`fingerprint:${FP.slice(1)}; generated:${AT}`)).toContain('is not a marker this app writes')
    expect(refused(`fingerprint:${FP}; manifest-sha256:${FP}; generated:${AT}`)).toContain(
      'both a report fingerprint and a packet manifest'
    )
  })

  it('Keywords that are not a string, or an /Info that is not a reference', () => {
    expect(refusal(readPdfMarkers(pdf({ info: '<< /Keywords 4 0 R >>', objects: [KEYWORDS] })))).toContain(
      'the Keywords of the document properties are not a text string'
    )
    expect(refusal(readPdfMarkers(pdf({ trailer: `/Size SIZE /Root 1 0 R /Info << /Keywords ${KEYWORDS} >>` })))).toContain(
      "the trailer's /Info is not a reference to the document properties"
    )
  })
})
