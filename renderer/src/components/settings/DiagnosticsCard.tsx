import { useRef, useState } from 'react'
import { diagnosticsText } from '@shared/diagnostics/collect-diagnostics'
import { useApi } from '../../hooks/api-context'
import { StatusLine } from '../StatusLine'

/**
 * Copies what support needs to understand a problem: versions, platform, counts and the newest log
 * entries (event kinds, ids and error stacks), never an engagement, answer, note or name. The text is
 * also shown, so the user sees exactly what they would send and can copy it by hand where the clipboard
 * is not available (the desktop denies clipboard permissions to the page).
 */
export function DiagnosticsCard(): React.JSX.Element {
  const api = useApi()
  const [text, setText] = useState<string | null>(null)
  const [message, setMessage] = useState('')
  const area = useRef<HTMLTextAreaElement>(null)

  async function copy(): Promise<void> {
    const r = await api.getDiagnostics()
    if (!r.ok) return setMessage(`The diagnostic information could not be gathered: ${r.error.message}`)
    const value = diagnosticsText(r.value)
    setText(value)
    const copied = await navigator.clipboard?.writeText(value).then(
      () => true,
      () => false
    )
    setMessage(
      copied === true
        ? 'Copied. Paste it into your message to support; it is shown below so you can check what it holds.'
        : 'Select the text below and copy it (Ctrl+C, or ⌘C on a Mac).'
    )
    // why: when the clipboard refused, the text is ready to copy with one key press
    if (copied !== true) requestAnimationFrame(() => area.current?.select())
  }

  return (
    <section className="card" aria-labelledby="diagnostics-title">
      <h2 id="diagnostics-title">Diagnostic information</h2>
      <p className="lede">
        For a support request: the app&apos;s version, your system, how many engagements, assessments and backups there are, and the newest
        entries of the app&apos;s log. It holds no engagement, assessment, answer, note or name.
      </p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => void copy()}>
          Copy diagnostic information
        </button>
      </div>
      <StatusLine>{message}</StatusLine>
      {text !== null && (
        <div className="field">
          <label htmlFor="diagnostics-text">Text to send to support</label>
          {/* why: log lines stay one per row (wrap off), as they are in the log file */}
          <textarea id="diagnostics-text" ref={area} readOnly rows={14} wrap="off" value={text} />
        </div>
      )}
    </section>
  )
}
