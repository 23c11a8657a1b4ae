import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The PDF worker bundled beside the built command line (out/cli/pdf-worker.js), which draws a
 * packet's pieces beside this thread where there are cores for it (packet-threads); null when running
 * from the sources (tests), where they are drawn on the main thread instead. The packet's bytes are the same either way.
 */
export function packetWorkerFile(): string | null {
  const file = join(dirname(fileURLToPath(import.meta.url)), 'pdf-worker.js')
  return existsSync(file) ? file : null
}
