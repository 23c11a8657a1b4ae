import { useState } from 'react'
import type { AssessmentSession } from '../../hooks/use-assessment-session'
import { useApi } from '../../hooks/api-context'
import { saveMessage } from '../../components/save-message'
import { StatusLine } from '../../components/StatusLine'

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
    setMessage(saveMessage(r, 'Report failed'))
  }

  async function exportJson(): Promise<void> {
    await session.flush()
    const r = await api.exportEngagement({ engagementId: session.engagement.id })
    setMessage(saveMessage(r))
  }

  return (
    <div className="export-buttons">
      <div className="button-row">
        {/* why: aria-disabled, not disabled: a focused button that becomes disabled drops focus to the page body,
            so a keyboard user who pressed it lost their place while the report was made */}
        <button type="button" className="button primary" aria-disabled={busy} onClick={() => void (busy ? undefined : exportPdf())}>
          Export report (PDF)
        </button>
        <button type="button" className="button" onClick={() => void exportJson()}>
          Export data (JSON)
        </button>
      </div>
      <StatusLine>{message}</StatusLine>
    </div>
  )
}
