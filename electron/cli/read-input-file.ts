import { constants } from 'node:fs'
import { open } from 'node:fs/promises'
import { firstInvalidUtf8Byte } from '@shared/exchange/utf8'
import { RefusedInput } from './cli-types'

/**
 * The largest PDF `verify` reads. A packet of 100 engagements with 45-page reports is 14.2 MB
 * (docs/performance.md), so one of 1,000 is about 140 MB: the cap leaves room for that, and refuses at
 * once what no report or packet of this app can be.
 */
export const MAX_PDF_BYTES = 200 * 1024 * 1024

/**
 * The bytes of an input file, refused before reading if it is not a regular file or is over `maxBytes`
 * by its size on disk. A pipe named on the command line blocked the read for ever, /dev/zero ran the
 * process out of memory, and a 70 MB PDF took 42 s before verify refused it. The file is opened without
 * blocking (opening a pipe would wait for a writer) and its open handle is checked, so a file swapped for
 * a pipe between a check and the read is refused too.
 */
export async function readInputBytes(path: string, maxBytes: number): Promise<Uint8Array> {
  // why: O_NONBLOCK so opening a pipe returns at once; for a regular file it changes nothing (absent on Windows)
  const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
  try {
    const info = await handle.stat()
    if (!info.isFile()) throw new RefusedInput(`not a regular file (${kindOf(info)})`)
    if (info.size > maxBytes)
      throw new RefusedInput(
        `the file is ${megabytes(info.size)} (${info.size} bytes); the limit is ${megabytes(maxBytes)} (${maxBytes} bytes)`
      )
    const bytes = new Uint8Array(info.size)
    let length = 0
    // read what the size promised, no more: a file still growing is read up to it, never past the limit
    while (length < bytes.length) {
      const { bytesRead } = await handle.read(bytes, length, bytes.length - length, length)
      if (bytesRead === 0) break
      length += bytesRead
    }
    return bytes.subarray(0, length)
  } finally {
    await handle.close()
  }
}

/**
 * The text of an input file, which must be UTF-8: a stray byte (FF, or an overlong C0 AF) used to become
 * U+FFFD silently and the file read as valid, its text no longer the bytes on disk. A file that starts
 * with a UTF-16 byte-order mark is passed on as decoded, so the JSON reader explains it is UTF-16.
 */
export async function readInputText(path: string, maxBytes: number): Promise<string> {
  const bytes = await readInputBytes(path, maxBytes)
  const utf16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
  if (utf16) return new TextDecoder('utf-8').decode(bytes)
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new RefusedInput(`not valid UTF-8 at byte ${firstInvalidUtf8Byte(bytes) ?? '?'}`)
  }
}

function kindOf(info: {
  isDirectory(): boolean
  isFIFO(): boolean
  isSocket(): boolean
  isCharacterDevice(): boolean
  isBlockDevice(): boolean
}): string {
  if (info.isDirectory()) return 'a folder'
  if (info.isFIFO()) return 'a named pipe'
  if (info.isSocket()) return 'a socket'
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device'
  return 'not a file'
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MB`
}
