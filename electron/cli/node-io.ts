import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { MAX_IMPORT_BYTES } from '@shared/exchange/safe-json'
import type { CliIo } from './cli-types'
import { checkOutputPath, writeFileAtomic } from './output-file'
import { MAX_PDF_BYTES, readInputBytes, readInputText } from './read-input-file'

/**
 * One line for a terminal: control characters other than tab are shown as escapes (`\x1b`, `\n`), never
 * sent, and so are the bidirectional controls (`\u202e`). Names, titles, paths and messages come from
 * files that others may have written: an escape sequence or a carriage return in a vendor name could
 * clear the screen, retitle the window, or overwrite the "Mismatch" line `verify` prints with a "Match"
 * of its own; a line feed could print a "Match" line of its own below it; a right-to-left override
 * shows "fdp.exe" as "exe.pdf". Every `out`/`err` call is one line, so a line feed is never trusted;
 * text of several lines is printed a line at a time (`printLines`). JSON output escapes control
 * characters itself, and `\u202e` inside a JSON string is the same JSON.
 */
export function terminalSafe(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => {
    const code = c.charCodeAt(0)
    if (c === '\n') return '\\n'
    return code > 0xff ? `\\u${code.toString(16).padStart(4, '0')}` : `\\x${code.toString(16).padStart(2, '0')}`
  })
}

export const nodeIo: CliIo = {
  out: (text) => process.stdout.write(`${terminalSafe(text)}\n`),
  err: (text) => process.stderr.write(`${terminalSafe(text)}\n`),
  // an exchange file has the app's import limit; a backup is not an exchange file, so its larger limit does not apply
  readText: (path) => readInputText(path, MAX_IMPORT_BYTES),
  readBytes: (path) => readInputBytes(path, MAX_PDF_BYTES),
  listJsonFiles: async (path) => {
    const info = await stat(path).catch(() => null)
    if (!info?.isDirectory()) return null
    // why: every entry named .json, whatever it is: a pipe, a device link or a folder among them is read
    // and refused as a problem of the packet, not left out unseen (the packet promises every file is checked)
    const names = (await readdir(path)).filter((f) => f.toLowerCase().endsWith('.json')).sort()
    return names.map((f) => join(path, f))
  },
  checkOutputPath,
  writeFileAtomic: (path, data) => writeFileAtomic(path, data),
  writeFileStreamAtomic: (path, produce) => writeFileAtomic(path, produce),
  now: () => new Date()
}
