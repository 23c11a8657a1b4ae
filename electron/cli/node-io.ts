import { mkdir, open, readFile, readdir, rename, stat, unlink } from 'node:fs/promises'
import { dirname, join, basename } from 'node:path'
import type { CliIo } from './cli-types'

/** Writes beside the target, flushes, then renames: a reader sees the old file or the new one. */
export async function writeFileAtomic(path: string, data: Uint8Array | string): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`)
  const handle = await open(temp, 'w')
  try {
    await handle.writeFile(data)
    await handle.sync()
  } finally {
    await handle.close()
  }
  try {
    await rename(temp, path)
  } catch (error) {
    await unlink(temp).catch(() => undefined)
    throw error
  }
}

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
  writeFileAtomic,
  now: () => new Date()
}
