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
