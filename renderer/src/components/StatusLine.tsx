import type { ReactNode } from 'react'

/**
 * The polite live region for the outcome of the last action. Render it even while empty: screen
 * readers only announce changes to a live region that was already in the page.
 */
export function StatusLine({ children }: { children: ReactNode }): React.JSX.Element {
  return (
    <p role="status" className="status-line">
      {children}
    </p>
  )
}
