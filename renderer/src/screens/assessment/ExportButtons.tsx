import { useState } from 'react'
import type { AssessmentSession } from '../../hooks/use-assessment-session'
import { useApi } from '../../hooks/api-context'

/** Deliberate exports of this engagement's data; nothing leaves the machine otherwise. */
export function ExportButtons({ session }: { session: AssessmentSession }): React.JSX.Element {
  const api = useApi()
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)

  async function exportPdf(): Promise<void> {
    setBusy(true)
    setMessage('Preparing the report…')
    await session.flush()
    const r = await api.exportReportPdf({ assessmentId: session.assessment.id })
    setBusy(false)
    setMessage(!r.ok ? `Report failed: ${r.error.message}` : r.value ? `Saved as ${r.value.savedAs}` : 'Export cancelled.')
  }

  async function exportJson(): Promise<void> {
    await session.flush()
    const r = await api.exportEngagement({ engagementId: session.engagement.id })
    setMessage(!r.ok ? `Export failed: ${r.error.message}` : r.value ? `Saved as ${r.value.savedAs}` : 'Export cancelled.')
  }

  return (
    <div className="export-buttons">
      <div className="button-row">
        <button type="button" className="button primary" disabled={busy} onClick={() => void exportPdf()}>
          Export report (PDF)
        </button>
        <button type="button" className="button" onClick={() => void exportJson()}>
          Export data (JSON)
        </button>
      </div>
      <p role="status" className="status-line">
        {message}
      </p>
    </div>
  )
}
