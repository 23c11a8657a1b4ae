import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { MAX_IMPORT_BYTES } from '@shared/exchange/safe-json'
import type { CliIo } from './cli-types'
import { checkOutputPath, writeFileAtomic } from './output-file'
import { MAX_PDF_BYTES, readInputBytes, readInputText } from './read-input-file'
import { terminalSafe } from './terminal-safe'

export { terminalSafe } from './terminal-safe'

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
