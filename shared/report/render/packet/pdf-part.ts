/**
 * Reading back a PDF our renderer wrote with jsPDF (a piece of an audit packet), object by object, so
 * its objects can be copied into the packet under new numbers. It reads only what jsPDF writes: a
 * classic xref table, uncompressed dictionaries, streams with a direct /Length. Streams are never
 * decoded; their bytes are copied as they are.
 */
import { binaryOfBytes } from '../stream-deflate'

/** One object: its dictionary (or whole body) as text, and the bytes after it (stream, `endobj`). */
export type PartObject = { id: number; head: string; tail: Uint8Array }

export type PdfPart = {
  /** In object number order. */
  objects: PartObject[]
  byId: ReadonlyMap<number, PartObject>
  /** The page objects in page order (the Kids of the page tree). */
  pages: number[]
  /** The objects the packet writes itself: catalog, properties, page tree and the shared resources. */
  catalog: number
  info: number
  pageTree: number
  resources: number
}

function latin1(bytes: Uint8Array, start: number, end: number): string {
  return binaryOfBytes(bytes.subarray(start, end))
}

function refAfter(text: string, key: string): number {
  const match = new RegExp(`${key} (\\d+) 0 R`).exec(text)
  if (!match) throw new Error(`PDF part: no ${key}`)
  return Number(match[1])
}

export function readPart(bytes: Uint8Array): PdfPart {
  const tailText = latin1(bytes, Math.max(0, bytes.length - 64), bytes.length)
  const xrefAt = Number(/startxref\s+(\d+)/.exec(tailText)?.[1] ?? NaN)
  if (!Number.isInteger(xrefAt)) throw new Error('PDF part: no startxref')
  const tableText = latin1(bytes, xrefAt, bytes.length)
  const [table = '', trailer = ''] = tableText.split('trailer')
  const offsets = new Map<number, number>()
  const rows = table.split('\n').slice(2)
  rows.forEach((row, id) => {
    const m = /^(\d{10}) \d{5} n/.exec(row)
    // jsPDF lists an object it numbered but never wrote at offset 0: there is nothing to copy
    if (m && id > 0 && Number(m[1]) > 0) offsets.set(id, Number(m[1]))
  })
  const catalog = refAfter(trailer, '/Root')
  const info = refAfter(trailer, '/Info')
  const sorted = [...offsets.entries()].sort((a, b) => a[1] - b[1])
  const objects: PartObject[] = []
  sorted.forEach(([id, at], i) => {
    const end = i + 1 < sorted.length ? (sorted[i + 1] as [number, number])[1] : xrefAt
    objects.push(splitObject(bytes, id, at, end))
  })
  objects.sort((a, b) => a.id - b.id)
  const byId = new Map(objects.map((o) => [o.id, o]))
  const pageTree = refAfter(byId.get(catalog)?.head ?? '', '/Pages')
  const kids = /\/Kids \[([^\]]*)\]/.exec(byId.get(pageTree)?.head ?? '')?.[1] ?? ''
  const pages = [...kids.matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]))
  const resources = refAfter(byId.get(pages[0] ?? -1)?.head ?? '', '/Resources')
  return { objects, byId, pages, catalog, info, pageTree, resources }
}

/** `id 0 obj` … `endobj`: the head is the top-level dictionary, or the whole body when it is not one. */
function splitObject(bytes: Uint8Array, id: number, start: number, end: number): PartObject {
  // the body starts after "N 0 obj" and its line break
  let at = start
  while (at < end && bytes[at] !== 0x6a /* j of obj */) at++
  at += 1
  while (at < end && (bytes[at] === 0x0a || bytes[at] === 0x0d)) at++
  if (bytes[at] === 0x3c && bytes[at + 1] === 0x3c) {
    const close = dictionaryEnd(bytes, at, end)
    return { id, head: latin1(bytes, at, close), tail: bytes.subarray(close, end) }
  }
  const text = latin1(bytes, at, end)
  const endobj = text.lastIndexOf('endobj')
  return { id, head: text.slice(0, endobj), tail: bytes.subarray(at + endobj, end) }
}

/** The offset just past the `>>` closing the dictionary opened at `start`, skipping strings. */
function dictionaryEnd(bytes: Uint8Array, start: number, end: number): number {
  let depth = 0
  let i = start
  while (i < end) {
    const b = bytes[i] as number
    if (b === 0x28) {
      i = literalEnd(bytes, i, end)
      continue
    }
    if (b === 0x3c && bytes[i + 1] === 0x3c) {
      depth++
      i += 2
      continue
    }
    if (b === 0x3e && bytes[i + 1] === 0x3e) {
      depth--
      i += 2
      if (depth === 0) return i
      continue
    }
    i++
  }
  throw new Error('PDF part: a dictionary does not close')
}

/** The offset past the literal string "(…)" starting at `start` (nested brackets, backslash escapes). */
function literalEnd(bytes: Uint8Array, start: number, end: number): number {
  let depth = 0
  for (let i = start; i < end; i++) {
    const b = bytes[i]
    if (b === 0x5c) i++
    else if (b === 0x28) depth++
    else if (b === 0x29 && --depth === 0) return i + 1
  }
  return end
}

/**
 * The text with every indirect reference "n 0 R" renumbered through `newId`; literal strings (a
 * link's address) are left alone, so only real references change.
 */
export function renumber(text: string, newId: (old: number) => number): string {
  if (!text.includes(' R')) return text
  let out = ''
  let from = 0
  const swap = (segment: string): string => segment.replace(/(?<![\d.])(\d+) 0 R(?![A-Za-z])/g, (_, n: string) => `${newId(Number(n))} 0 R`)
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) !== 0x28) continue
    out += swap(text.slice(from, i))
    let depth = 0
    let j = i
    for (; j < text.length; j++) {
      const c = text.charCodeAt(j)
      if (c === 0x5c) j++
      else if (c === 0x28) depth++
      else if (c === 0x29 && --depth === 0) break
    }
    out += text.slice(i, j + 1)
    from = j + 1
    i = j
  }
  return out + swap(text.slice(from))
}
