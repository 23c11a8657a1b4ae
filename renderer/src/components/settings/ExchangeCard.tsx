import { useState } from 'react'
import { useApi } from '../../hooks/api-context'
import { ImportPanel } from '../ImportPanel'

/** Moving data between people and machines: export everything as a bundle, import files. */
export function ExchangeCard({ onImported }: { onImported: () => void }): React.JSX.Element {
  const api = useApi()
  const [message, setMessage] = useState('')

  async function exportAll(): Promise<void> {
    const r = await api.exportBundle({})
    setMessage(!r.ok ? `Export failed: ${r.error.message}` : r.value ? `Saved as ${r.value.savedAs}` : 'Export cancelled.')
  }

  return (
    <section className="card" aria-labelledby="exchange-title">
      <h2 id="exchange-title">Export and import</h2>
      <p className="lede">
        Bundles carry engagements with all their assessments in the documented JSON format. An import is checked in full first; a file
        with any problem changes nothing.
      </p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => void exportAll()}>
          Export all engagements (bundle)
        </button>
      </div>
      <p role="status" className="status-line">
        {message}
      </p>
      <ImportPanel onImported={onImported} />
    </section>
  )
}
