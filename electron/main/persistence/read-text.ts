import { readFile } from 'node:fs/promises'

/** The store or a backup exists but cannot be read (permissions, a folder in its place, I/O error). */
export class StoreUnreadableError extends Error {
  readonly path: string
  readonly code: string | undefined

  constructor(path: string, cause: unknown) {
    const code = (cause as NodeJS.ErrnoException | undefined)?.code
    super(
      `The data file ${path} exists but cannot be read${code ? ` (${code})` : ''}. ` +
        'It has not been changed. Check its permissions, or move it elsewhere, then start the app again.',
      { cause }
    )
    this.name = 'StoreUnreadableError'
    this.path = path
    this.code = code
  }
}

// why: fatal, so damaged bytes are noticed instead of silently turned into U+FFFD;
// ignoreBOM, so a BOM stays in the text (JSON.parse rejects it) rather than being dropped unseen
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
const lossyUtf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true })

/**
 * The text of a file, or null when it does not exist. Any other failure throws StoreUnreadableError:
 * the caller must not mistake "cannot read" for "missing" and start over a user's data.
 */
export async function readTextOrNull(path: string): Promise<string | null> {
  let bytes: Buffer
  try {
    bytes = await readFile(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw new StoreUnreadableError(path, error)
  }
  try {
    return strictUtf8.decode(bytes)
  } catch {
    // why: bytes that are not UTF-8 are damage. A lossy decode could still parse as JSON and then be
    // saved back with replacement characters; the leading U+FFFD guarantees the JSON check refuses it,
    // so the file is set aside with its original bytes.
    return `\uFFFD${lossyUtf8.decode(bytes)}`
  }
}
