/**
 * The UTF-8 length of a string in bytes, without encoding it (a Blob or TextEncoder copy of a 59 MB
 * store cost about 0.9 s). Size limits are stated in bytes, the unit a file has on disk; counting
 * UTF-16 code units let a file of Chinese or emoji text be up to three times the stated limit.
 */
export function utf8ByteLength(text: string): number {
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) bytes += 1
    else if (c < 0x800) bytes += 2
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1))) {
      // a surrogate pair is one code point of four bytes
      bytes += 4
      i++
    } else bytes += 3 // other BMP characters, and a lone surrogate (written as U+FFFD, three bytes)
  }
  return bytes
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}

/** Whether the text is over `limit` bytes; stops counting once it is, so a huge text costs no more than the limit. */
export function exceedsBytes(text: string, limit: number): boolean {
  // every UTF-16 code unit is at most three bytes, and at least one
  if (text.length > limit) return true
  if (text.length * 3 <= limit) return false
  return utf8ByteLength(text) > limit
}

/**
 * The offset of the first byte that is not part of well-formed UTF-8 (RFC 3629: no overlong forms, no
 * surrogates, nothing above U+10FFFF), or null when all of it is. Used only to say where a file that
 * failed to decode goes wrong, so it favours being plain over being fast.
 */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number | null {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i] as number
    if (b < 0x80) {
      i++
      continue
    }
    // the allowed range of the second byte follows from the first (Unicode Table 3-7)
    let count: number
    let low = 0x80
    let high = 0xbf
    if (b >= 0xc2 && b <= 0xdf) count = 1
    else if (b >= 0xe0 && b <= 0xef) {
      count = 2
      if (b === 0xe0) low = 0xa0
      if (b === 0xed) high = 0x9f
    } else if (b >= 0xf0 && b <= 0xf4) {
      count = 3
      if (b === 0xf0) low = 0x90
      if (b === 0xf4) high = 0x8f
    } else return i
    for (let k = 1; k <= count; k++) {
      const next = bytes[i + k]
      if (next === undefined) return i
      const min = k === 1 ? low : 0x80
      const max = k === 1 ? high : 0xbf
      if (next < min || next > max) return i
    }
    i += count + 1
  }
  return null
}
