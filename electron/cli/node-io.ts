import { readFile, readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { CliIo } from './cli-types'
import { checkOutputPath, writeFileAtomic } from './output-file'

/**
 * Text for a terminal: control characters other than line feed and tab are shown as escapes (`\x1b`),
 * never sent. Names and titles come from files that others may have written, and an escape sequence
 * or a carriage return in a vendor name could clear the screen, retitle the window, or overwrite the
 * "Mismatch" line `verify` prints with a "Match" of its own. (JSON output escapes them already.)
 */
export function terminalSafe(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
}

export const nodeIo: CliIo = {
  out: (text) => process.stdout.write(`${terminalSafe(text)}\n`),
  err: (text) => process.stderr.write(`${terminalSafe(text)}\n`),
  readText: (path) => readFile(path, 'utf8'),
  readBytes: async (path) => new Uint8Array(await readFile(path)),
  listJsonFiles: async (path) => {
    const info = await stat(path).catch(() => null)
    if (!info?.isDirectory()) return null
    const names = (await readdir(path)).filter((f) => f.toLowerCase().endsWith('.json')).sort()
    // why: only regular files (or links to them): a pipe named x.json blocked the read forever (not even
    // Ctrl-C or SIGTERM ended the process), and a folder named x.json is no engagement file either
    const regular = await Promise.all(names.map(async (f) => ((await stat(join(path, f)).catch(() => null))?.isFile() ? f : null)))
    return regular.filter((f): f is string => f !== null).map((f) => join(path, f))
  },
  checkOutputPath,
  writeFileAtomic: (path, data) => writeFileAtomic(path, data),
  writeFileStreamAtomic: (path, produce) => writeFileAtomic(path, produce),
  now: () => new Date()
}
