const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const LOOKUP = new Uint8Array(128).fill(255)
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i

/**
 * Decodes standard base64 (padding and whitespace tolerated), or a base64 data URL such as Vite's
 * `?inline` import gives. shared/ may not rely on `atob` or Buffer, which are host globals, so fonts
 * arrive as base64 and are decoded here once per renderer.
 */
export function decodeBase64(input: string): Uint8Array {
  const text = input.startsWith('data:') ? input.slice(input.indexOf(',') + 1) : input
  const out = new Uint8Array(Math.floor((text.length * 3) / 4))
  let bits = 0
  let value = 0
  let length = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 61) break // '=' ends the data
    const digit = code < 128 ? (LOOKUP[code] as number) : 255
    if (digit === 255) {
      if (code === 10 || code === 13 || code === 32 || code === 9) continue
      throw new Error(`Invalid base64 character at ${i}`)
    }
    value = ((value << 6) | digit) & 0xffff
    bits += 6
    if (bits >= 8) {
      bits -= 8
      out[length++] = (value >> bits) & 0xff
    }
  }
  return out.subarray(0, length)
}
