import type { Result } from '@shared/util/result'

/** What every save-to-file call answers: where the file went, or null when the user cancelled the save dialog. */
export type SaveResult = Result<{ savedAs: string } | null>

/** One wording for every export's outcome, so they all read alike. */
export function saveMessage(r: SaveResult, failed = 'Export failed'): string {
  if (!r.ok) return `${failed}: ${r.error.message}`
  return r.value ? `Saved as ${r.value.savedAs}` : 'Export cancelled.'
}
