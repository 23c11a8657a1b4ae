import type { Result } from '../util/result'

/**
 * Where exports go. The desktop asks the user for a path in a save dialog in the main process (the
 * renderer never supplies a path) and writes atomically; the browser edition starts a download.
 * `null` means the user cancelled.
 */
export interface FileSaver {
  save: (file: { suggestedName: string; mime: string; data: Uint8Array | string }) => Promise<Result<{ savedAs: string } | null>>
}
