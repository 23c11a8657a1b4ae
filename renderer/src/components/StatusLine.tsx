import type { ReactNode, Ref } from 'react'

/**
 * The polite live region for the outcome of the last action. Render it even while empty: screen
 * readers only announce changes to a live region that was already in the page. With `focusRef` it can
 * take focus (not in the tab order), for an action that took away what had focus (a restore).
 */
export function StatusLine({ children, focusRef }: { children: ReactNode; focusRef?: Ref<HTMLParagraphElement> }): React.JSX.Element {
  return (
    <p role="status" className="status-line" ref={focusRef} tabIndex={focusRef ? -1 : undefined}>
      {children}
    </p>
  )
}
