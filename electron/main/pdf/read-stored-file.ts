import { MAX_IMPORT_BYTES } from '@shared/exchange/safe-json'
import { readInputText } from '../../cli/read-input-file'

/**
 * A packet's stored record (an engagement file) read again where its piece is drawn: as the command line
 * read it first (the same limit and UTF-8 decoding), so the same file gives the same text and SHA-256.
 */
export function readStoredFile(path: string): Promise<string> {
  return readInputText(path, MAX_IMPORT_BYTES)
}
