import { inflateSync } from 'node:zlib'
import { MAX_STREAM_INFLATED_BYTES, MB, inflatedBudget } from './inflate-limits'

/**
 * A PDF as the document it is, whatever compressed it or re-saved it unchanged: every object, in object-
 * number order, with its stream inflated and its `/Length` dropped, and the trailer's dictionary; what
 * carries no content (comments, whitespace between objects, the cross-reference table and byte offsets)
 * is left out. Two PDFs of one report, one deflated by Node's zlib and one by the browser edition's fflate,
 * have the same normal form; any entry added anywhere (print ranges, viewer settings, a portfolio view,
 * page transitions, thumbnails), any object added, removed or altered, any damaged stream, does not.
 * `verify` compares the given file's normal form with the re-rendered report's: pages that look the
 * same are not enough (a reviewer's file printed only the first pages and still matched).
 */
/** Each object in object-number order (a re-save may write them in another order), then the trailer. */
export type NormalForm = { parts: string[] }

// any object header a reader would take, whatever whitespace follows "obj": a second copy of an object,
// written so that a stricter pattern would miss it while the cross-reference table points at it, is found
const OBJECT = /(\d+)[ \t\r\n\f\0]+(\d+)[ \t\r\n\f\0]+obj(?![A-Za-z0-9])/g

export function normalFormOf(pdf: Uint8Array): NormalForm | { problem: string } {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1')
  const objects = new Map<number, string>()
  const trailers: string[] = []
  let inflatedLeft = inflatedBudget(pdf.byteLength)
  let at = 0
  OBJECT.lastIndex = 0
  for (let m = OBJECT.exec(text); m !== null; m = OBJECT.exec(text)) {
    trailers.push(between(text.slice(at, m.index)))
    if (objects.has(Number(m[1]))) return { problem: `object ${m[1]} is in the file twice` }
    const head = m.index + m[0].length
    const end = text.indexOf('endobj', head)
    if (end < 0) return { problem: `object ${m[1]} has no end` }
    // the whitespace around the body carries nothing: "obj\n…\nendobj" as written here, or any other
    const body = text
      .slice(head, end)
      .replace(/^[ \t\r\n\f\0]+/, '')
      .replace(/[ \t\r\n\f\0]+$/, '')
    const streamAt = body.search(/(^|\n|>>)\s*stream\r?\n/)
    if (streamAt < 0) objects.set(Number(m[1]), `${m[1]} ${m[2]} obj ${body}`)
    else {
      const marker = /stream\r?\n/.exec(body.slice(streamAt)) as RegExpExecArray
      const dataStart = streamAt + marker.index + marker[0].length
      const dataEnd = body.lastIndexOf('endstream')
      if (dataEnd < dataStart) return { problem: `object ${m[1]}: its stream has no end` }
      if (body.slice(dataEnd + 'endstream'.length).length > 0) return { problem: `object ${m[1]}: something follows its stream` }
      const dict = body.slice(0, streamAt + marker.index).replace(/\/Length \d+/, '/Length')
      // one end-of-line before "endstream" is the separator; the data may itself end in CR or LF
      const data = body.slice(dataStart, dataEnd)
      const raw = Buffer.from(data.endsWith('\n') ? data.slice(0, -1) : data, 'latin1')
      let content: string
      try {
        if (/\/FlateDecode/.test(dict)) {
          const limit = Math.min(MAX_STREAM_INFLATED_BYTES, inflatedLeft)
          let inflated: { buffer: Buffer; engine: { bytesWritten: number } }
          try {
            inflated = inflateSync(raw, { info: true, maxOutputLength: limit }) as unknown as typeof inflated
          } catch (error) {
            if ((error as { code?: string }).code !== 'ERR_BUFFER_TOO_LARGE') throw error
            return {
              problem: `object ${m[1]}: its stream inflates to more than ${MB(limit)}${limit < MAX_STREAM_INFLATED_BYTES ? ' left of what the whole file may inflate to' : ''}, far beyond any PDF this app writes`
            }
          }
          inflatedLeft -= inflated.buffer.byteLength
          // zlib stops at the end of the compressed data and ignores what follows: bytes hidden after it (an
          // attacker's 1.5 KB verified as Match) are refused; only a CR of a CR LF before "endstream" may follow
          const rest = raw.subarray(inflated.engine.bytesWritten)
          if (rest.length > 1 || (rest.length === 1 && rest[0] !== 0x0d))
            return { problem: `object ${m[1]}: its stream holds ${rest.length} bytes after the end of its compressed data` }
          content = inflated.buffer.toString('latin1')
        } else content = raw.toString('latin1')
      } catch {
        return { problem: `object ${m[1]}: its stream is damaged (it does not inflate)` }
      }
      objects.set(Number(m[1]), `${m[1]} ${m[2]} obj ${dict}stream ${content}`)
    }
    at = end + 'endobj'.length
    OBJECT.lastIndex = at
  }
  trailers.push(between(text.slice(at)))
  const ordered = [...objects].sort((x, y) => x[0] - y[0]).map(([, part]) => part)
  return { parts: [...ordered, trailers.filter((t) => t.length > 0).join('\n')] }
}

/**
 * What lies between objects, as a reader takes it: only the trailer's dictionary. Comments (the header's
 * binary marker line), whitespace, the cross-reference table and its offsets carry no content; appended
 * bytes and incremental updates are refused before this (pdf-structure), and an object hidden between
 * objects is found there too.
 */
function between(text: string): string {
  const trailer = /trailer\s*<<([\s\S]*)>>\s*startxref/.exec(text)
  return trailer ? `trailer <<${trailer[1]}>>` : ''
}

/**
 * Where the given file differs from the expected one as a document, or null when it does not: "the file
 * holds 2 objects more than the report", or "object 3 differs: expected … found …".
 */
export function documentDifference(expected: Uint8Array, found: Uint8Array): string | null {
  const a = normalFormOf(expected)
  const b = normalFormOf(found)
  if ('problem' in a) return `the re-rendered report cannot be read: ${a.problem}`
  if ('problem' in b) return b.problem
  const objects = (f: NormalForm) => f.parts.length - 1
  const more = objects(b) - objects(a)
  if (more !== 0) return `the file holds ${Math.abs(more)} ${more > 0 ? 'more' : 'fewer'} objects than the report`
  for (let i = 0; i < a.parts.length; i++) {
    if (a.parts[i] === b.parts[i]) continue
    return `${partName(a.parts[i] as string)} differs: expected ${excerpt(a.parts[i] as string, b.parts[i] as string)}`
  }
  return null
}

function partName(part: string): string {
  const id = /^(\d+) \d+ obj /.exec(part)
  return id ? `object ${id[1]}` : 'the trailer'
}

/** Around the first differing character of the two, shown escaped, 40 characters either side. */
function excerpt(expected: string, found: string): string {
  let i = 0
  while (i < expected.length && i < found.length && expected[i] === found[i]) i++
  const show = (s: string) => JSON.stringify(s.slice(Math.max(0, i - 40), i + 40))
  return `${show(expected)}, found ${show(found)}`
}
