import type { FileSaver } from '@shared/service/file-saver'
import { ok } from '@shared/util/result'

/** The browser edition saves by download: the browser decides where the file goes. */
export const browserFileSaver: FileSaver = {
  save: async ({ suggestedName, mime, data }) => {
    const blob = new Blob([typeof data === 'string' ? data : new Uint8Array(data)], { type: mime })
    const url = URL.createObjectURL(blob)
    const a = document.createElement('a')
    a.href = url
    a.download = suggestedName
    a.rel = 'noopener'
    document.body.append(a)
    a.click()
    a.remove()
    // revoke later: revoking at once can cancel the download in some browsers
    setTimeout(() => URL.revokeObjectURL(url), 60_000)
    return ok({ savedAs: suggestedName })
  }
}
