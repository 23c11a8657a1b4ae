import { useEffect, useId, useRef, type ReactNode } from 'react'
import { useModalDialog } from '../hooks/use-modal-dialog'

type Props = {
  open: boolean
  title: string
  children: ReactNode
  confirmLabel: string
  destructive?: boolean
  onConfirm: () => void
  onCancel: () => void
}

/**
 * A modal confirmation on the native <dialog>: it traps focus, closes on Escape and returns focus to
 * the control that opened it. Cancel is focused first so Enter never destroys data by accident.
 */
export function ConfirmDialog({ open, title, children, confirmLabel, destructive, onConfirm, onCancel }: Props): React.JSX.Element {
  const ref = useModalDialog(open)
  const titleId = useId()
  const cancelRef = useRef<HTMLButtonElement>(null)

  // Cancel is focused first so Enter never destroys data by accident
  useEffect(() => {
    if (open) cancelRef.current?.focus()
  }, [open])

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault()
        onCancel()
      }}
    >
      <h2 id={titleId}>{title}</h2>
      <div className="dialog-body">{children}</div>
      <div className="button-row">
        <button ref={cancelRef} type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className={`button ${destructive ? 'danger' : 'primary'}`} onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  )
}
