import { useCallback, useEffect, useState } from 'react'
import { useApi } from '../../hooks/api-context'
import { useEdition } from '../../hooks/edition-context'
import { browserStorageFacts, requestPersistentStorage, type BrowserStorageFacts } from '../../platform/browser-storage'
import { saveMessage } from '../save-message'
import { StatusLine } from '../StatusLine'

function megabytes(bytes: number | null): string {
  return bytes === null ? 'unknown' : `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

function persistenceText(persisted: boolean | null): string {
  if (persisted === true) return 'Persistent: the browser keeps this data until someone clears it.'
  if (persisted === false) return 'Best-effort: the browser may delete this data on its own when the disk runs low.'
  return 'Unknown: this browser does not say whether it will keep the data.'
}

/**
 * Browser edition only: where the data lives and what can remove it. The store and its backups share
 * the site's storage, so clearing the site's data removes both; the only copy that survives is a backup
 * file kept elsewhere, which this card offers (the same backup file as "Save a backup file…").
 */
export function BrowserStorageCard(): React.JSX.Element | null {
  const api = useApi()
  const browser = useEdition() === 'browser'
  const [facts, setFacts] = useState<BrowserStorageFacts | null>(null)
  const [message, setMessage] = useState('')

  const refresh = useCallback(async () => setFacts(await browserStorageFacts()), [])

  useEffect(() => {
    if (browser) void refresh()
  }, [browser, refresh])

  if (!browser) return null

  async function askToKeep(): Promise<void> {
    const granted = await requestPersistentStorage()
    setMessage(
      granted === true
        ? 'The browser will keep this data.'
        : 'The browser did not agree to keep this data; download backup files regularly.'
    )
    await refresh()
  }

  async function downloadBackup(): Promise<void> {
    setMessage(saveMessage(await api.exportBackup(), 'The backup file could not be made'))
  }

  return (
    <section className="card" aria-labelledby="browser-storage-title">
      <h2 id="browser-storage-title">Where your data lives</h2>
      <p className="lede">
        This is the browser edition. Your engagements, assessments and the automatic backups are stored inside this browser, for this
        address only. Another browser, another browser profile or another address (even <code>localhost</code> instead of{' '}
        <code>127.0.0.1</code>) sees none of it.
      </p>
      <dl className="facts">
        <div className="fact">
          <dt>Address</dt>
          <dd>{facts?.origin ?? '…'}</dd>
        </div>
        <div className="fact">
          <dt>Kept by the browser</dt>
          <dd>{facts ? persistenceText(facts.persisted) : '…'}</dd>
        </div>
        <div className="fact">
          <dt>Space used</dt>
          <dd>{facts ? `${megabytes(facts.usageBytes)} of ${megabytes(facts.quotaBytes)} allowed` : '…'}</dd>
        </div>
      </dl>
      <div className="banner banner-warning">
        <p>
          <strong>Clearing this site&apos;s data in the browser deletes everything: the data and its backups</strong>, because the backups
          are kept in the same place. So does deleting the browser profile. Download a backup file and keep it somewhere else; Settings can
          restore from it.
        </p>
      </div>
      <div className="button-row">
        <button type="button" className="button primary" onClick={() => void downloadBackup()}>
          Download a backup file
        </button>
        {facts?.persisted === false && (
          <button type="button" className="button" onClick={() => void askToKeep()}>
            Ask the browser to keep this data
          </button>
        )}
      </div>
      <StatusLine>{message}</StatusLine>
    </section>
  )
}
