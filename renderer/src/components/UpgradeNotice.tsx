import { useApi } from '../hooks/api-context'
import { hrefFor } from '../hooks/use-hash-route'

/** Tells the user, once, that their data was moved to this version's storage format, and where the old copy is. */
export function UpgradeNotice({ from, onDone }: { from: number; onDone: () => void }): React.JSX.Element {
  const api = useApi()
  async function dismiss(): Promise<void> {
    await api.dismissNotice()
    onDone()
  }
  return (
    <section className="banner banner-info" role="status" aria-labelledby="upgrade-title">
      <h2 id="upgrade-title">Your data was upgraded</h2>
      {from >= 4 ? (
        <p>
          This version keeps each assessment&apos;s latest result beside the register, so the portfolio opens quickly. Your records (store
          version {from}) were not changed, and a copy of them as they were is kept among the backups in{' '}
          <a href={hrefFor({ name: 'settings' })}>Settings &amp; backups</a>.
        </p>
      ) : (
        <p>
          This version stores each assessment on its own, so large registers open and save quickly. Your data (store version {from}) was
          moved over unchanged, and a copy of the file as it was is kept among the backups in{' '}
          <a href={hrefFor({ name: 'settings' })}>Settings &amp; backups</a>.
        </p>
      )}
      <div className="button-row">
        <button type="button" className="button" onClick={() => void dismiss()}>
          OK
        </button>
      </div>
    </section>
  )
}
