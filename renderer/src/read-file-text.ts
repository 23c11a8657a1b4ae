import { firstInvalidUtf8Byte } from '@shared/exchange/utf8'

/**
 * The text of a chosen file, which must be UTF-8, as the command line reads it (electron/cli/read-input-file.ts):
 * `File.text()` turned a stray byte (FF, or an overlong C0 AF) into U+FFFD and the file read as valid, its text
 * no longer the bytes on disk. Refused with the offset of the first bad byte, counted from 0. A file starting
 * with a UTF-16 byte-order mark is passed on as decoded, so the JSON reader says it is UTF-16.
 */
export async function readFileText(file: Blob): Promise<{ ok: true; text: string } | { ok: false; reason: string }> {
  const bytes = new Uint8Array(await file.arrayBuffer())
  const utf16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
  if (utf16) return { ok: true, text: new TextDecoder('utf-8').decode(bytes) }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) }
  } catch {
    return {
      ok: false,
      reason: `The file is not valid UTF-8 (at byte ${firstInvalidUtf8Byte(bytes) ?? '?'}); save it as UTF-8 and choose it again`
    }
  }
}
