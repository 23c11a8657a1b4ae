import { useEffect, useState } from 'react'
import type { UpgradeProgress as Progress } from '@shared/ipc/contract'
import { useApi } from '../hooks/api-context'

/** How often the running upgrade is asked how far it is: often enough to move smoothly, rarely enough to cost nothing. */
export const UPGRADE_POLL_MS = 250

/**
 * The start-up store upgrade, while it runs: a determinate progress bar (assessments read of all), in
 * the page flow and not modal, so nothing is trapped and the keyboard moves on as usual. The register
 * shows meanwhile; body reads, changes and the portfolio wait for it (store-service.ts). Gone once it is done; a failure stays, said as an alert.
 * `onDone` is told once the upgrade has ended (done or failed).
 */
export function UpgradeProgress({ onDone }: { onDone: (progress: Progress | null) => void }): React.JSX.Element | null {
  const api = useApi()
  const [progress, setProgress] = useState<Progress | null>(null)
  useEffect(() => {
    let cancelled = false
    let timer: ReturnType<typeof setTimeout> | undefined
    const poll = async (): Promise<void> => {
      const r = await api.getUpgradeProgress()
      if (cancelled) return
      const value = r.ok ? r.value : null
      setProgress(value)
      if (value?.state === 'running') timer = setTimeout(() => void poll(), UPGRADE_POLL_MS)
      else onDone(value)
    }
    void poll()
    return () => {
      cancelled = true
      if (timer !== undefined) clearTimeout(timer)
    }
    // onDone is the caller's; polling restarts only with a new api
  }, [api]) // eslint-disable-line react-hooks/exhaustive-deps
  if (progress === null || progress.state === 'done') return null
  if (progress.state === 'failed') {
    return (
      <section className="banner banner-error" role="alert" aria-labelledby="upgrade-progress-title">
        <h2 id="upgrade-progress-title">The data file could not be upgraded</h2>
        <p className="preserve-lines">{progress.message}</p>
        <p>
          Your data is unchanged and the app works as before; the portfolio may open more slowly. The upgrade is tried again at the next
          start.
        </p>
      </section>
    )
  }
  const percent = progress.total === 0 ? 100 : Math.round((progress.done / progress.total) * 100)
  return (
    <section className="banner banner-info upgrade-progress" aria-labelledby="upgrade-progress-title">
      <h2 id="upgrade-progress-title">{progress.from === null ? 'Updating stored results' : 'Upgrading your data file'}</h2>
      <p id="upgrade-progress-what">
        {progress.from === null
          ? 'The question bank or scoring changed since these results were stored, so each assessment is scored again. '
          : 'This happens once after an update: each assessment is read so that the portfolio can open quickly. A backup is made first. '}
        You can look around meanwhile; opening an assessment, saving and the portfolio wait until it is done.
      </p>
      {/* the last step (the backup checked, one file written) takes a moment after the last assessment was read */}
      {progress.total > 0 && progress.done === progress.total && <p>Every assessment was read; saving…</p>}
      <label className="upgrade-progress-bar">
        <span>
          {progress.done.toLocaleString('en')} of {progress.total.toLocaleString('en')} assessments ({percent}%)
        </span>
        <progress
          max={Math.max(progress.total, 1)}
          value={progress.total === 0 ? 1 : progress.done}
          aria-describedby="upgrade-progress-what"
        >
          {percent}%
        </progress>
      </label>
    </section>
  )
}
