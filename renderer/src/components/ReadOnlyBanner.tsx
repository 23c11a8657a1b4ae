import type { ReadOnlyStore } from '@shared/ipc/contract'

/**
 * Always shown while the store is read-only (written by a newer version): why nothing can be changed,
 * and what to do. Not dismissable: every change would be refused, and the user must know why.
 */
export function ReadOnlyBanner({ readOnly }: { readOnly: ReadOnlyStore }): React.JSX.Element {
  return (
    <section className="banner banner-warning" aria-labelledby="read-only-title">
      <h2 id="read-only-title">Read-only: your data comes from a newer version</h2>
      <p>{readOnly.message}</p>
    </section>
  )
}
