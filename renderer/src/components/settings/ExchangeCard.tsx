import { useState } from 'react'
import { useApi } from '../../hooks/api-context'
import { ImportPanel } from '../ImportPanel'
import { saveMessage } from '../save-message'
import { StatusLine } from '../StatusLine'

/** Moving data between people and machines: export everything as a bundle, import files. */
export function ExchangeCard({ onImported }: { onImported: () => void }): React.JSX.Element {
  const api = useApi()
  const [message, setMessage] = useState('')

  async function exportAll(): Promise<void> {
    const r = await api.exportBundle({})
    setMessage(saveMessage(r))
  }

  return (
    <section className="card" aria-labelledby="exchange-title">
      <h2 id="exchange-title">Export and import</h2>
      <p className="lede">
        Bundles carry engagements with all their assessments in the documented JSON format. An import is checked in full first; a file with
        any problem changes nothing.
      </p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => void exportAll()}>
          Export all engagements (bundle)
        </button>
      </div>
      <StatusLine>{message}</StatusLine>
      <ImportPanel onImported={onImported} />
    </section>
  )
}
