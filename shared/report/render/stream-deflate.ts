import { zlibSync } from 'fflate'

/**
 * How a renderer compresses its PDF streams (zlib format, what /FlateDecode reads). The portable one
 * below runs anywhere; a Node host gives its native zlib instead, several times faster for the same
 * ratio, which is most of what an audit packet's thousands of pages cost beyond drawing them.
 * The choice changes the compressed bytes, never the content: `verify` compares decoded page
 * contents, and each host always gives the same bytes for the same data.
 */
export type StreamDeflate = {
  /** plain bytes → compressed bytes */
  bytes: (plain: Uint8Array) => Uint8Array
  /** the same over binary strings (one char per byte), the form jsPDF holds its streams in */
  binary: (plain: string) => string
  /**
   * A binary string's bytes, where the host converts natively (Node's latin1): the finished file, which
   * jsPDF would otherwise copy into an ArrayBuffer one char at a time. Without it, jsPDF's own.
   */
  bytesOfBinary?: (binary: string) => Uint8Array
  /**
   * The same as `binary` for each text, worked out off this thread, where the host has one to spare (a
   * packet's pages, compressed while the next report is drawn; see packet-piece). Same data, same
   * bytes as `binary`.
   */
  binaryOffThread?: (plains: readonly string[]) => Promise<string[]>
}

/**
 * Deflate level 3: jsPDF uses fflate's default (6) and rebuilds the compressed string one byte at a
 * time with `reduce`; level 3 with a chunked conversion takes about a third of the time for output
 * that is about 7% larger, which is the better trade for a 40-page report.
 */
export const PORTABLE_DEFLATE_LEVEL = 3

export function bytesOfBinary(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length)
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i)
  return bytes
}

/**
 * Bytes as a binary string (one char per byte), in slices far below any engine's argument limit.
 * `apply` takes a typed array as it is; spreading one (`...bytes`) walks it through the iterator
 * protocol, about seven times slower, which a packet paid for every font program and piece it read.
 */
export function binaryOfBytes(bytes: Uint8Array): string {
  const parts: string[] = []
  for (let i = 0; i < bytes.length; i += 0x2000)
    parts.push(String.fromCharCode.apply(null, bytes.subarray(i, i + 0x2000) as unknown as number[]))
  return parts.join('')
}

/** fflate in plain JavaScript: the browser edition's, and the default of every renderer. */
export const PORTABLE_DEFLATE: StreamDeflate = {
  bytes: (plain) => zlibSync(plain, { level: PORTABLE_DEFLATE_LEVEL }),
  binary: (plain) => binaryOfBytes(zlibSync(bytesOfBinary(plain), { level: PORTABLE_DEFLATE_LEVEL }))
}
