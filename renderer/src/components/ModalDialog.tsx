import { useId, type ReactNode } from 'react'
import { useModalDialog } from '../hooks/use-modal-dialog'

type Props = { open: boolean; title: ReactNode; wide?: boolean; onCancel: () => void; children: ReactNode }

/**
 * The native <dialog> every modal is built on, labelled by its heading. Escape is routed through
 * `onCancel` rather than closing the dialog itself, so `open` in the owner's state stays the one truth.
 */
export function ModalDialog({ open, title, wide, onCancel, children }: Props): React.JSX.Element {
  const ref = useModalDialog(open)
  const titleId = useId()
  return (
    <dialog
      ref={ref}
      className={wide ? 'dialog wide' : 'dialog'}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault()
        onCancel()
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  )
}
