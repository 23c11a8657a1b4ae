import type { ReactNode, Ref } from 'react'

type Props = {
  onCancel: () => void
  cancelLabel?: string
  cancelRef?: Ref<HTMLButtonElement>
  cancelDisabled?: boolean
  children?: ReactNode
}

/** A dialog's buttons: the way out always comes first, so every dialog reads the same; then the dialog's own action. */
export function DialogActions({ onCancel, cancelLabel = 'Cancel', cancelRef, cancelDisabled, children }: Props): React.JSX.Element {
  return (
    <div className="button-row">
      <button ref={cancelRef} type="button" className="button" onClick={onCancel} disabled={cancelDisabled}>
        {cancelLabel}
      </button>
      {children}
    </div>
  )
}
