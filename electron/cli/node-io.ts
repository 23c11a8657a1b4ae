import { readFile, readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { CliIo } from './cli-types'
import { checkOutputPath, writeFileAtomic } from './output-file'

export const nodeIo: CliIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  readText: (path) => readFile(path, 'utf8'),
  readBytes: async (path) => new Uint8Array(await readFile(path)),
  listJsonFiles: async (path) => {
    const info = await stat(path).catch(() => null)
    if (!info?.isDirectory()) return null
    return (await readdir(path)).filter((f) => f.toLowerCase().endsWith('.json')).sort().map((f) => join(path, f))
  },
  checkOutputPath,
  writeFileAtomic: (path, data) => writeFileAtomic(path, data),
  now: () => new Date()
}
