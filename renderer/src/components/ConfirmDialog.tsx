import { useEffect, useRef, type ReactNode } from 'react'
import { ModalDialog } from './ModalDialog'
import { DialogActions } from './DialogActions'

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
  const cancelRef = useRef<HTMLButtonElement>(null)

  // Cancel is focused first so Enter never destroys data by accident
  useEffect(() => {
    if (open) cancelRef.current?.focus()
  }, [open])

  return (
    <ModalDialog open={open} title={title} onCancel={onCancel}>
      <div className="dialog-body">{children}</div>
      <DialogActions onCancel={onCancel} cancelRef={cancelRef}>
        <button type="button" className={`button ${destructive ? 'danger' : 'primary'}`} onClick={onConfirm}>
          {confirmLabel}
        </button>
      </DialogActions>
    </ModalDialog>
  )
}
