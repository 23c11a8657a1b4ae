/**
 * SHA-256 (FIPS 180-4) over UTF-8 text, in plain TypeScript: shared/ may not use Node's crypto or
 * WebCrypto (async, DOM-typed), and a fingerprint must come out identical in every host. A Node host
 * may hand in its own (useHostSha256): the same digest, ten times faster, which counts where thousands
 * of sign-offs are checked (a backup, an audit packet, the store's upgrade).
 */
const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be,
  0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa,
  0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85,
  0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3,
  0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f,
  0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
])

/**
 * Writes the UTF-8 encoding of `text` into `out` (which must hold 3 bytes per UTF-16 code unit) and
 * returns the byte count. A lone surrogate is not a character: it is encoded as U+FFFD, as
 * TextEncoder and Node do.
 */
function encodeUtf8(text: string, out: Uint8Array): number {
  let n = 0
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i)
    if (cp < 0x80) {
      out[n++] = cp
      continue
    }
    if (cp < 0x800) {
      out[n++] = 0xc0 | (cp >> 6)
      out[n++] = 0x80 | (cp & 63)
      continue
    }
    if (cp >= 0xd800 && cp <= 0xdfff) {
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0
      if (cp <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (next - 0xdc00)
        i++
        out[n++] = 0xf0 | (cp >> 18)
        out[n++] = 0x80 | ((cp >> 12) & 63)
        out[n++] = 0x80 | ((cp >> 6) & 63)
        out[n++] = 0x80 | (cp & 63)
        continue
      }
      cp = 0xfffd
    }
    out[n++] = 0xe0 | (cp >> 12)
    out[n++] = 0x80 | ((cp >> 6) & 63)
    out[n++] = 0x80 | (cp & 63)
  }
  return n
}

export function utf8Bytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 3)
  return out.slice(0, encodeUtf8(text, out))
}

/** A host's SHA-256 of text as UTF-8, as lowercase hex (Node: crypto's createHash). */
export type Sha256Text = (text: string) => string

let hostSha256: Sha256Text | null = null

/** Texts whose digests a host's SHA-256 must give exactly, or it is not used: ASCII, multi-byte, a lone surrogate (U+FFFD). */
const CHECKED_TEXTS = ['', 'abc', 'Łódź — 東京 😀', 'a\ud800b', 'x'.repeat(200)]

/**
 * Makes `sha256Hex` use the host's own SHA-256 (null: this file's again). It is checked first against this
 * file's on texts that reach every encoding path, and refused when any digest differs: a fingerprint
 * must not depend on the host.
 */
export function useHostSha256(implementation: Sha256Text | null): void {
  if (implementation !== null) {
    for (const text of CHECKED_TEXTS) {
      if (implementation(text) !== portableSha256Hex(text)) throw new Error("The host's SHA-256 gives another digest than the portable one")
    }
  }
  hostSha256 = implementation
}

export function sha256Hex(text: string): string {
  return hostSha256 !== null ? hostSha256(text) : portableSha256Hex(text)
}

/** This file's SHA-256, whatever the host gave (tests compare the two). */
export function portableSha256Hex(text: string): string {
  // The text is encoded straight into the padded message buffer: one allocation, no copy. Room for
  // the worst case (3 bytes per code unit), the 0x80 marker and the 8-byte length, in whole blocks.
  const padded = new Uint8Array(Math.ceil((text.length * 3 + 9) / 64) * 64)
  const length = encodeUtf8(text, padded)
  const blocks = Math.ceil((length + 9) / 64)
  const end = blocks * 64
  padded[length] = 0x80
  const view = new DataView(padded.buffer)
  const bitLength = length * 8
  view.setUint32(end - 8, Math.floor(bitLength / 0x100000000))
  view.setUint32(end - 4, bitLength >>> 0)

  // Working values stay signed 32-bit (`| 0`), which V8 keeps unboxed; only the digest is read unsigned.
  let h0 = 0x6a09e667 | 0
  let h1 = 0xbb67ae85 | 0
  let h2 = 0x3c6ef372 | 0
  let h3 = 0xa54ff53a | 0
  let h4 = 0x510e527f | 0
  let h5 = 0x9b05688c | 0
  let h6 = 0x1f83d9ab | 0
  let h7 = 0x5be0cd19 | 0
  const w = new Int32Array(64)
  for (let offset = 0; offset < end; offset += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getInt32(offset + i * 4)
    for (let i = 16; i < 64; i++) {
      const x = w[i - 15] as number
      const y = w[i - 2] as number
      const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3)
      const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10)
      w[i] = ((w[i - 16] as number) + s0 + (w[i - 7] as number) + s1) | 0
    }
    let a = h0
    let b = h1
    let c = h2
    let d = h3
    let e = h4
    let f = h5
    let g = h6
    let h = h7
    for (let i = 0; i < 64; i++) {
      const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7))
      const t1 = (h + S1 + ((e & f) ^ (~e & g)) + (K[i] as number) + (w[i] as number)) | 0
      const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10))
      const t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) | 0
      h = g
      g = f
      f = e
      e = (d + t1) | 0
      d = c
      c = b
      b = a
      a = (t1 + t2) | 0
    }
    h0 = (h0 + a) | 0
    h1 = (h1 + b) | 0
    h2 = (h2 + c) | 0
    h3 = (h3 + d) | 0
    h4 = (h4 + e) | 0
    h5 = (h5 + f) | 0
    h6 = (h6 + g) | 0
    h7 = (h7 + h) | 0
  }
  return [h0, h1, h2, h3, h4, h5, h6, h7].map((x) => (x >>> 0).toString(16).padStart(8, '0')).join('')
}
