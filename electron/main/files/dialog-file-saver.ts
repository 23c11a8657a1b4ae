import { homedir } from 'node:os'
import { basename, extname, join } from 'node:path'
import type { BaseWindow, Dialog, FileFilter } from 'electron'
import type { FileSaver } from '@shared/service/file-saver'
import { fail, messageOf, ok } from '@shared/util/result'
import { writeFileAtomic } from '../persistence/atomic-write'

export type DialogFileSaverDeps = {
  dialog: Pick<Dialog, 'showSaveDialog'>
  /** The window the dialog belongs to (modal to it), if one is open. */
  parentWindow: () => BaseWindow | null
  /** Folder the dialog opens in, e.g. app.getPath('documents'). */
  defaultDir: () => string
}

const FILTERS: Record<string, FileFilter> = {
  'application/json': { name: "Arm's Length engagement file", extensions: ['json'] },
  'application/pdf': { name: 'PDF document', extensions: ['pdf'] },
  'text/csv': { name: 'CSV spreadsheet', extensions: ['csv'] }
}

/**
 * The desktop FileSaver: the user picks the path in a native save dialog in main, so the renderer
 * never names a path on disk; the file is then written atomically (temp file + rename).
 */
export function createDialogFileSaver(deps: DialogFileSaverDeps): FileSaver {
  return {
    save: async ({ suggestedName, mime, data }) => {
      // why: the suggested name is only a default; strip any folder part so it cannot steer the dialog
      const name = basename(suggestedName.replace(/[\\/]/g, '_')) || 'export'
      const extension = extname(name).slice(1)
      const filter = FILTERS[mime] ?? { name: extension ? extension.toUpperCase() : 'File', extensions: extension ? [extension] : ['*'] }
      let dir: string
      try {
        dir = deps.defaultDir()
      } catch {
        dir = homedir()
      }
      const options = {
        defaultPath: join(dir, name),
        filters: [filter],
        properties: ['createDirectory', 'showOverwriteConfirmation'] as ('createDirectory' | 'showOverwriteConfirmation')[]
      }
      const parent = deps.parentWindow()
      const chosen = parent ? await deps.dialog.showSaveDialog(parent, options) : await deps.dialog.showSaveDialog(options)
      if (chosen.canceled || !chosen.filePath) return ok(null)
      try {
        // why: an export is meant to be shared, so the user's usual file mode (umask) applies, unlike the store
        await writeFileAtomic(chosen.filePath, data, { mode: 0o666 })
      } catch (error) {
        return fail('io-failed', `Could not save ${chosen.filePath}: ${messageOf(error)}`)
      }
      return ok({ savedAs: chosen.filePath })
    }
  }
}
