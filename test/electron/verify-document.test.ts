import { inflateSync, deflateSync } from 'node:zlib'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadReportFonts } from '../../electron/cli/fonts'
import { createReportRenderer, type ReportRenderer } from '@shared/report/render/render-report'
import { buildReportModel } from '@shared/report/report-model'
import type { ReportModel } from '@shared/report/report-types'
import type { EngagementFile } from '@shared/exchange/exchange-schemas'
import { pdfStructureProblems } from '@shared/integrity/pdf-structure'
import { GENERATED_AT, makeReportFixture } from '../fixtures/report-fixtures'
import { memoryIo } from '../fixtures/examples/cli-io'
import { runCli } from '../../electron/cli/run-cli'
import { pageTexts } from '../../electron/cli/commands/verify-pages'

/*
 * `verify` proves the document, not one number: forged PDFs made with the real renderer (so they look
 * and extract like genuine reports, with the genuine fingerprint in their properties) must be refused.
 */

const fixture = makeReportFixture({ status: 'final' })
const json = (file: EngagementFile) => JSON.stringify(file, null, 2)
let renderer: ReportRenderer
let genuine: Uint8Array
let model: ReportModel

async function verify(pdf: Uint8Array, data: EngagementFile = fixture.file) {
  const m = memoryIo({ files: { 'data.json': json(data) } })
  const files = m.io as typeof m.io & { readBytes: (p: string) => Promise<Uint8Array> }
  const readBytes = files.readBytes
  files.readBytes = async (p) => (p === 'report.pdf' ? pdf : readBytes(p))
  const code = await runCli(['verify', 'report.pdf', 'data.json'], m.io)
  return { code, out: m.stdout(), err: m.stderr() }
}

const forged = (change: (m: ReportModel) => ReportModel): Uint8Array => renderer.render(change(structuredClone(model)))
const ascii = (text: string) => new TextEncoder().encode(text)
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}

/** The PDF written anew as one body (objects changed by `edit`, a fresh cross-reference table, one trailer), as an editor saves it. */
function rewritten(pdf: Uint8Array, edit: (objs: Map<number, string>, next: () => number) => void): Uint8Array {
  const text = Array.from(pdf, (b) => String.fromCharCode(b)).join('')
  const objs = new Map<number, string>()
  for (const m of text.matchAll(/(?:^|\n)(\d+) 0 obj\n([\s\S]*?)\nendobj/g)) objs.set(Number(m[1]), m[2]!)
  const trailer = /trailer\n<<([\s\S]*?)>>\nstartxref/.exec(text)![1]!
  let size = Number(/\/Size (\d+)/.exec(trailer)![1])
  edit(objs, () => size++)
  let out = text.slice(0, text.indexOf('\n') + 1)
  const offsets = new Map<number, number>()
  for (const [id, body] of [...objs].sort((a, b) => a[0] - b[0])) {
    offsets.set(id, out.length)
    out += `${id} 0 obj\n${body}\nendobj\n`
  }
  const xref = out.length
  out += `xref\n0 ${size}\n0000000000 65535 f \n`
  for (let i = 1; i < size; i++) out += offsets.has(i) ? `${String(offsets.get(i)).padStart(10, '0')} 00000 n \n` : '0000000000 65535 f \n'
  out += `trailer\n<<${trailer.replace(/\/Size \d+/, `/Size ${size}`)}>>\nstartxref\n${xref}\n%%EOF\n`
  return Uint8Array.from(out, (c) => c.charCodeAt(0))
}

function firstPage(objs: Map<number, string>): number {
  return [...objs].find(([, body]) => /\/Type \/Page\b/.test(body))![0]
}

beforeAll(async () => {
  renderer = createReportRenderer(await loadReportFonts())
  model = buildReportModel({ ...fixture.input, generatedAt: GENERATED_AT })
  genuine = renderer.render(model)
}, 60_000)

describe('armslength verify <report.pdf> <data.json>', () => {
  it('matches the genuine report page for page, and says so', async () => {
    const r = await verify(genuine)
    expect(r.err).toBe('')
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/^Match: .* page for page/)
  }, 60_000)

  it('refuses a report with an extra page changing the score and the sign-off date', async () => {
    const pdf = forged((m) => ({
      ...m,
      overall: { ...m.overall, scoreText: '12.0', bandLabel: 'Low' },
      signOff: { ...m.signOff, reviewerEvent: 'Signed off 1 January 2027, 09:00 UTC' },
      findings: [...m.findings, { ...m.findings[0]!, rank: m.findings.length + 1 }]
    }))
    const r = await verify(pdf)
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/Mismatch/)
    expect(r.err).toMatch(/page \d+: expected ".*", found ".*"/)
  }, 60_000)

  it('refuses a report whose printed fingerprint was edited', async () => {
    const other = 'f'.repeat(64)
    const pdf = forged((m) => ({
      ...m,
      documentControl: m.documentControl.map((kv) => (kv.value === m.fingerprint ? { ...kv, value: other } : kv))
    }))
    const r = await verify(pdf)
    expect(r.code).toBe(1)
    expect(r.err).toContain(`a page prints fingerprint ${other}`)
  }, 60_000)

  it('refuses a report with pages removed', async () => {
    const pdf = forged((m) => ({ ...m, findings: [], topDrivers: [] }))
    const r = await verify(pdf)
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/page \d+: expected/)
  }, 60_000)

  it('refuses bytes after the final %%EOF and an incremental update, before anything else', async () => {
    const after = await verify(concat(genuine, ascii('\n1 0 obj (forged) endobj\n')))
    expect(after.code).toBe(1)
    expect(after.err).toContain('bytes after the final %%EOF')
    const update = concat(
      genuine,
      ascii(
        '\n5 0 obj\n<< /Keywords (fingerprint:0000) >>\nendobj\nxref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size 6 /Prev 1234 >>\nstartxref\n99999\n%%EOF\n'
      )
    )
    const incremental = await verify(update)
    expect(incremental.code).toBe(1)
    expect(incremental.err).toContain('incremental update')
    expect(pdfStructureProblems(genuine)).toEqual([])
  }, 60_000)

  it('a one-bit change says only that the file cannot be read as the document generated, and is refused', async () => {
    const latin = new TextDecoder('latin1').decode(genuine)
    const flipped = (at: number, bit: number) => {
      const b = genuine.slice()
      b[at]! ^= 1 << bit
      return b
    }
    // a bookmark title's closing parenthesis becomes an opening one: one line, no "object hidden as text" for every object after it
    const title = latin.indexOf(')', latin.indexOf('/Title (', latin.indexOf('/Outlines')))
    const unclosed = await verify(flipped(title, 0))
    expect(unclosed.code).toBe(1)
    expect(unclosed.err.split('\n')).toEqual([
      'Refused: report.pdf is not the document as generated',
      expect.stringMatching(
        /^ {2}byte \d+: a string starting here runs over \d+ objects the cross-reference table lists .*: the file cannot be read as one consistent document/
      )
    ])
    // a digit of a cross-reference offset: a reader finds the object anyway, and this verified as a match
    const entry = latin.lastIndexOf(' 00000 n ') - 3
    const moved = await verify(flipped(entry, 0))
    expect(moved.code).toBe(1)
    expect(moved.err).toMatch(/cross-reference table.*: the file cannot be read as one consistent document/)
    // the catalog's name: the PDF reader cannot open it, which ended in "Internal error"
    const root = await verify(flipped(latin.indexOf('/Type /Catalog') + 2, 2))
    expect(root.code).toBe(1)
    expect(root.err).toMatch(/^Refused: report\.pdf cannot be read as the document that was generated: the PDF reader cannot read it/)
    expect([unclosed.err, moved.err, root.err].join('\n')).not.toMatch(/hidden/)
  }, 60_000)

  it('refuses a rewritten report with a text box laid over the cover, or a box painted over it (no text changed)', async () => {
    // what a PDF editor saves as a whole new file: one body, one %%EOF, the genuine text underneath
    const overlay = rewritten(genuine, (objs, next) => {
      const ap = next()
      const shown = 'q 1 1 1 rg 0 0 520 240 re f 1 0 0 rg BT /Helv 28 Tf 10 120 Td (OVERALL RISK: LOW 12.0) Tj ET Q'
      objs.set(
        ap,
        `<</Type /XObject /Subtype /Form /BBox [0 0 520 240] /Resources << /Font << /Helv << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> /Length ${shown.length}>>\nstream\n${shown}\nendstream`
      )
      const annot = next()
      objs.set(
        annot,
        `<</Type /Annot /Subtype /FreeText /Rect [40 560 560 800] /Contents (OVERALL RISK: LOW 12.0) /DA (/Helv 28 Tf 1 0 0 rg) /F 4 /AP << /N ${ap} 0 R >> >>`
      )
      const page = firstPage(objs)
      const body = objs.get(page)!
      objs.set(
        page,
        /\/Annots \[/.test(body)
          ? body.replace('/Annots [', `/Annots [${annot} 0 R `)
          : body.replace(/>>\s*$/, `/Annots [${annot} 0 R]\n>>`)
      )
    })
    const whiteout = rewritten(genuine, (objs, next) => {
      const box = next()
      const paint = 'q 1 1 1 rg 30 560 540 250 re f Q'
      objs.set(box, `<</Length ${paint.length}>>\nstream\n${paint}\nendstream`)
      const page = firstPage(objs)
      objs.set(
        page,
        objs.get(page)!.replace(/\/Contents (\d+) 0 R/, (_all, c: string) => `/Contents [${c} 0 R ${box} 0 R]`)
      )
    })
    const untouched = rewritten(genuine, () => undefined)
    expect(pdfStructureProblems(overlay)).toEqual([])
    expect((await verify(untouched)).code).toBe(0)
    const annotated = await verify(overlay)
    expect(annotated.code).toBe(1)
    expect(annotated.err).toMatch(/page 1: expected ".*annotations: none.*", found ".*FreeText/)
    const painted = await verify(whiteout)
    expect(painted.code).toBe(1)
    expect(painted.err).toMatch(/page 1: expected "drawing /)
  }, 150_000)

  it('refuses a rewritten report whose own link was given an appearance (a drawing over the page), its place and address unchanged', async () => {
    // the page's drawing is compared without annotations, and annotations by kind, place and address: a
    // link of the genuine report given its own appearance stream showed a new box over the page and still matched
    const shown = 'q 1 1 1 rg 0 0 400 40 re f 1 0 0 rg BT /Helv 20 Tf 4 12 Td (OVERALL RISK: LOW) Tj ET Q'
    const dressed = rewritten(genuine, (objs, next) => {
      const ap = next()
      objs.set(
        ap,
        `<</Type /XObject /Subtype /Form /BBox [0 0 400 40] /Resources << /Font << /Helv << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> /Length ${shown.length}>>\nstream\n${shown}\nendstream`
      )
      const [id, body] = [...objs].find(([, b]) => b.includes('/Subtype /Link'))!
      objs.set(id, body.replace('/Subtype /Link', `/Subtype /Link /AP << /N ${ap} 0 R >>`))
    })
    const r = await verify(dressed)
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/page \d+: expected ".*Link .*", found ".*Link .*with its own appearance/)
  }, 150_000)

  it('refuses a rewritten report whose embedded font draws a letter otherwise (same codes, widths and text)', async () => {
    // the text a reader extracts comes from the ToUnicode map and the drawing compares glyph codes: an
    // outline changed inside the font program (a "7" drawn as a "1") changed neither
    const reshaped = rewritten(genuine, (objs) => {
      const [id, body] = [...objs].find(([, b]) => b.includes('/Length1') && b.includes('/FlateDecode'))!
      const start = body.indexOf('stream\n') + 7
      const end = body.lastIndexOf('\nendstream')
      const font = inflateSync(Buffer.from(body.slice(start, end), 'latin1'))
      const tables = font.readUInt16BE(4)
      let glyf = -1
      for (let t = 0; t < tables; t++)
        if (font.toString('latin1', 12 + 16 * t, 16 + 16 * t) === 'glyf') glyf = font.readUInt32BE(20 + 16 * t)
      // one coordinate byte of the first glyphs' outlines
      font[glyf + 40] = font[glyf + 40]! ^ 0x08
      const data = deflateSync(font).toString('latin1')
      objs.set(id, `${body.slice(0, start).replace(/\/Length \d+/, `/Length ${data.length}`)}${data}${body.slice(end)}`)
    })
    const r = await verify(reshaped)
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/page 1: expected ".*fonts [0-9a-f]+.*", found ".*fonts [0-9a-f]+/)
  }, 150_000)

  it('refuses a rewritten report given an XMP metadata stream with another title (what readers show first), the Info untouched', async () => {
    const xmp =
      '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title><rdf:Alt><rdf:li xml:lang="x-default">LOW RISK: approved by counsel</rdf:li></rdf:Alt></dc:title></rdf:Description></rdf:RDF></x:xmpmeta>'
    const retitled = rewritten(genuine, (objs, next) => {
      const meta = next()
      objs.set(meta, `<</Type /Metadata /Subtype /XML /Length ${xmp.length}>>\nstream\n${xmp}\nendstream`)
      const [id, body] = [...objs].find(([, b]) => /\/Type \/Catalog/.test(b))!
      objs.set(id, body.replace(/>>\s*$/, `/Metadata ${meta} 0 R\n>>`))
    })
    const r = await verify(retitled)
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/document properties: expected .*, found .*LOW RISK/)
  }, 150_000)

  it('refuses a rewritten report with a page turned or cropped (same operators, shown otherwise)', async () => {
    const turned = rewritten(genuine, (objs) => {
      const page = firstPage(objs)
      objs.set(page, objs.get(page)!.replace(/>>\s*$/, '/Rotate 180\n>>'))
    })
    const r = await verify(turned)
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/page 1: expected ".*", found ".*rotated 180°/)
  }, 150_000)

  it('refuses a report whose document properties were edited (subject and author), the pages untouched', async () => {
    const edited = rewritten(genuine, (objs) => {
      const [id, info] = [...objs].find(([, body]) => body.includes('/Producer'))!
      objs.set(
        id,
        info.replace(/\/Subject \([^)]*\)/, '/Subject (Low risk, accepted)').replace(/\/Author \([^)]*\)/, '/Author (Someone Else)')
      )
    })
    const r = await verify(edited)
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/document properties: expected .*"Subject":.*, found .*Low risk, accepted/)
    // a bookmark retitled, and a script run on opening: the pages still untouched
    const bookmark = rewritten(genuine, (objs) => {
      const [id, body] = [...objs].find(([, b]) => /\/Title \(1\. Executive summary\)/.test(b))!
      objs.set(id, body.replace('/Title (1. Executive summary)', '/Title (1. Executive summary: low risk, accept)'))
    })
    expect((await verify(bookmark)).err).toMatch(/document properties: .*found .*low risk, accept/)
    const script = rewritten(genuine, (objs) => {
      const [id, body] = [...objs].find(([, b]) => /\/Type \/Catalog/.test(b))!
      objs.set(id, body.replace(/\/OpenAction \[[^\]]*\]/, "/OpenAction << /S /JavaScript /JS (app.alert('hello')) >>"))
    })
    const scripted = await verify(script)
    expect(scripted.code).toBe(1)
    // refused before pdf.js is asked (pdf-structure.ts), with the name of what was added
    expect(scripted.err).toMatch(/\/JavaScript: a script, which this app never writes/)
  }, 300_000)

  it('refuses a rewritten report carrying an action a reader runs or a file it opens, the pages untouched', async () => {
    // pdf.js reports document scripts and a JavaScript open action, but not a Launch or URI open action, a
    // page's own open or close actions, or a form: those slipped through as "Match"
    const catalog = (change: (body: string) => string) =>
      rewritten(genuine, (objs) => {
        const [id, body] = [...objs].find(([, b]) => /\/Type \/Catalog/.test(b))!
        objs.set(id, change(body))
      })
    const onPage = (extra: string) =>
      rewritten(genuine, (objs) => {
        const page = firstPage(objs)
        objs.set(page, objs.get(page)!.replace(/>>\s*$/, `${extra}\n>>`))
      })
    const launch = catalog((b) => b.replace(/\/OpenAction \[[^\]]*\]/, '/OpenAction << /S /Launch /F (cmd.exe) >>'))
    const r = await verify(launch)
    expect(r.code).toBe(1)
    expect(r.out).toBe('')
    expect(r.err).toMatch(/^Refused: report\.pdf is not the document as generated\n/)
    expect(r.err).toMatch(/byte \d+: \/Launch: an action that starts a program/)
    const forgeries: [string, Uint8Array, RegExp][] = [
      [
        'a web address opened on opening',
        catalog((b) => b.replace(/\/OpenAction \[[^\]]*\]/, '/OpenAction << /S /URI /URI (https://x.example) >>')),
        /\/OpenAction/
      ],
      ['an open action by reference', catalog((b) => b.replace(/\/OpenAction \[[^\]]*\]/, '/OpenAction 3 0 R')), /\/OpenAction/],
      ['a page action', onPage('/AA << /O << /S /Launch /F (calc.exe) >> >>'), /\/AA|\/Launch/],
      ['a page script', onPage('/AA << /O << /S /JavaScript /JS (app.alert(1)) >> >>'), /\/JavaScript/],
      [
        'a name spelt with # escapes',
        catalog((b) => b.replace(/\/OpenAction \[[^\]]*\]/, '/OpenAction [3 0 R /FitH null] /A#41 << /O << /S /L#61unch /F (c) >> >>')),
        /\/Launch/
      ],
      ['a form', catalog((b) => b.replace(/>>\s*$/, '/AcroForm << /Fields [] >>\n>>')), /\/AcroForm/],
      ['objects hidden in a compressed object stream', onPage('/X << /Type /ObjStm >>'), /\/ObjStm/]
    ]
    // the same words typed into a name are text inside a string, not names: a genuine report carrying them is whole
    const named = makeReportFixture({ status: 'draft', vendorName: 'Evil /Launch /JavaScript <</AA << (Ltd \\' })
    const own = renderer.render(buildReportModel({ ...named.input, generatedAt: GENERATED_AT }))
    expect(pdfStructureProblems(own)).toEqual([])
    for (const [what, pdf, reason] of forgeries) {
      const problems = pdfStructureProblems(pdf).map((p) => `${p.path}: ${p.reason}`)
      expect(problems.join('\n'), what).toMatch(reason)
    }
  }, 150_000)

  it('refuses data whose signed engagement facts were changed', async () => {
    const file = structuredClone(fixture.file)
    file.assessments.at(-1)!.signOff!.engagement!.vendorName = 'Another Vendor Ltd'
    const r = await verify(genuine, file)
    expect(r.code).toBe(1)
    expect(r.err).toContain('changed after it was signed off')
  }, 60_000)

  it('a final report still matches after the engagement record is renamed, and says the report shows the facts as signed', async () => {
    const file = structuredClone(fixture.file)
    file.engagement.vendorName = 'Renamed Later S.A.'
    const r = await verify(genuine, file)
    expect(r.code).toBe(0)
    expect(r.out).toContain('the report shows the facts as signed')
    // the genuine pairing has no such note
    expect((await verify(genuine)).out).not.toContain('note:')
  }, 60_000)

  it('a final report matches a record whose headcount changed since sign-off, and says which facts now differ', async () => {
    const file = structuredClone(fixture.file)
    file.engagement.headcount += 1
    const r = await verify(genuine, file)
    expect(r.code).toBe(0)
    expect(r.out).toContain('note: the engagement record has changed since sign-off (headcount); the report shows the facts as signed')
  }, 60_000)

  it('report --counsel-direction marks a draft privileged, and a final refuses a direction it did not record', async () => {
    const draft = makeReportFixture({ status: 'draft' })
    const m = memoryIo({ files: { 'draft.json': json(draft.file) } })
    expect(await runCli(['report', 'draft.json', '-o', 'draft.pdf', '--counsel-direction', 'Anna Schmidt,2026-11-02'], m.io)).toBe(0)
    const pdf = m.written.get('draft.pdf') as Uint8Array
    expect((await pageTexts(pdf))[1]).toContain(
      'Privileged & Confidential — prepared at the direction of counsel (Anna Schmidt, 2 November 2026)'
    )
    // the fixture's final is signed on 28 November 2026: read after it, or the file is refused for a sign-off not yet made
    const afterSignOff = new Date('2026-12-01T10:00:00.000Z')
    const final = memoryIo({ files: { 'final.json': json(fixture.file) }, now: afterSignOff })
    expect(await runCli(['report', 'final.json', '-o', 'final.pdf', '--counsel-direction', 'Anna Schmidt,2026-11-02'], final.io)).toBe(1)
    expect(final.stderr()).toContain('records no direction of counsel')
    const bad = memoryIo({ files: { 'final.json': json(fixture.file) }, now: afterSignOff })
    expect(await runCli(['report', 'final.json', '-o', 'x.pdf', '--counsel-direction', 'Anna Schmidt'], bad.io)).toBe(2)
    // verify finds the assessment with the same direction applied, and says the marking came from the command line
    const v = memoryIo({ files: { 'draft.json': json(draft.file) } })
    const io = v.io as typeof v.io & { readBytes: (p: string) => Promise<Uint8Array> }
    const readBytes = io.readBytes
    io.readBytes = async (p) => (p === 'draft.pdf' ? pdf : readBytes(p))
    const code = await runCli(['verify', 'draft.pdf', 'draft.json', '--counsel-direction', 'Anna Schmidt,2026-11-02'], io)
    expect(v.stderr()).toBe('')
    expect(code).toBe(0)
    expect(v.stdout()).toMatch(/^Match: /)
    expect(v.stdout()).toContain('not in the data: the counsel direction "Anna Schmidt,2026-11-02" was given on this command line')
  }, 60_000)
})
