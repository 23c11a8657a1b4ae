import { useState } from 'react'
import { useApi } from '../../hooks/api-context'
import { saveMessage } from '../save-message'
import { StatusLine } from '../StatusLine'

type Kind = 'portfolio' | 'action-plans'

/** Deliberate CSV exports of the whole portfolio (every active engagement, whatever the filters). */
export function ExportCsvButtons(): React.JSX.Element {
  const api = useApi()
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)

  async function exportCsv(kind: Kind): Promise<void> {
    setBusy(true)
    setMessage('')
    try {
      const r = await api.exportCsv({ kind })
      setMessage(saveMessage(r))
    } catch (error) {
      setMessage(`Export failed: ${error instanceof Error ? error.message : String(error)}`)
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="portfolio-exports">
      {/* aria-disabled keeps focus on the pressed button while the file is made (disabled dropped it to the body) */}
      <div className="button-row">
        <button type="button" className="button" aria-disabled={busy} onClick={() => void (busy ? undefined : exportCsv('portfolio'))}>
          Export portfolio (CSV)
        </button>
        <button type="button" className="button" aria-disabled={busy} onClick={() => void (busy ? undefined : exportCsv('action-plans'))}>
          Export action plans (CSV)
        </button>
      </div>
      <p className="hint">All active engagements, whatever the filters.</p>
      <StatusLine>{message}</StatusLine>
    </div>
  )
}
