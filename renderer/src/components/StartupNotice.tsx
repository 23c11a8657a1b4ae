import { useEffect, useState } from 'react'
import type { StoreNotice } from '@shared/ipc/contract'
import type { SignedAheadOfClock } from '@shared/service/restore-impact'
import { useApi } from '../hooks/api-context'
import { formatDateTime } from '../format'
import { SignedAheadNote } from './settings/SignedAheadNote'

/** Tells the user, once, that a damaged data file was set aside, and offers the last good backup. */
export function StartupNotice({ notice, onDone }: { notice: StoreNotice; onDone: () => void }): React.JSX.Element {
  const api = useApi()
  const [error, setError] = useState<string | null>(null)
  const backup = notice.offeredBackup
  // restored from here without the restore dialog, so the sign-offs it names (dated after now) are named here too
  // (attacker review); a preview that fails says nothing here, and the restore itself says why
  const [ahead, setAhead] = useState<readonly SignedAheadOfClock[]>([])
  useEffect(() => {
    if (!backup) return
    let live = true
    void api.previewRestore({ id: backup.id }).then((r) => {
      if (live && r.ok) setAhead(r.value.signedAhead)
    })
    return () => {
      live = false
    }
  }, [api, backup])

  async function restore(): Promise<void> {
    if (!backup) return
    const result = await api.restoreBackup({ id: backup.id })
    if (!result.ok) return setError(result.error.message)
    window.location.reload()
  }

  async function dismiss(): Promise<void> {
    await api.dismissNotice()
    onDone()
  }

  return (
    <section className="banner banner-warning" role="alert" aria-labelledby="notice-title">
      <h2 id="notice-title">Your data file could not be opened</h2>
      <p className="preserve-lines">{notice.message}</p>
      {backup ? (
        <p>
          The most recent good backup is from {formatDateTime(backup.createdAt)} ({backup.engagementCount}{' '}
          {backup.engagementCount === 1 ? 'engagement' : 'engagements'}).
        </p>
      ) : (
        <p>No usable backup was found.</p>
      )}
      {ahead.length > 0 && <SignedAheadNote ahead={ahead} />}
      {error && <p className="field-error">{error}</p>}
      <div className="button-row">
        {backup && (
          <button type="button" className="button primary" onClick={() => void restore()}>
            Restore that backup
          </button>
        )}
        <button type="button" className="button" onClick={() => void dismiss()}>
          Continue with an empty register
        </button>
      </div>
    </section>
  )
}
