import { useEffect, useRef } from 'react'
import { askBeforeLeaving, forgetUnsavedWork, stayHere, useLeaveState } from '../hooks/leave-guard'
import { ModalDialog } from './ModalDialog'
import { DialogActions } from './DialogActions'

/**
 * Asks before leaving unsaved work (leave-guard.ts). In-app links (`#/…`) are caught as they are clicked, before
 * they navigate; Back, Forward, the address bar and the form's Cancel reach useHashRoute, which holds them and
 * asks the same. "Stay" is focused first, as Cancel is in every confirmation, so Enter never discards typing.
 */
export function LeaveConfirm(): React.JSX.Element {
  const { unsaved, pending } = useLeaveState()
  const stayRef = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    if (unsaved === null) return
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
      const link = event.target instanceof Element ? event.target.closest('a[href^="#/"]') : null
      const href = link?.getAttribute('href')
      if (!href || href === window.location.hash) return
      // caught before the link navigates, so the address and the history stay as they are while the question is open
      if (askBeforeLeaving(href)) event.preventDefault()
    }
    document.addEventListener('click', onClick, true)
    return () => document.removeEventListener('click', onClick, true)
  }, [unsaved])

  useEffect(() => {
    if (pending !== null) stayRef.current?.focus()
  }, [pending])

  function leave(): void {
    const to = pending
    forgetUnsavedWork()
    if (to !== null) window.location.hash = to
  }

  return (
    <ModalDialog open={pending !== null} title="Leave without saving?" onCancel={stayHere}>
      <div className="dialog-body">
        <p>What you typed in {unsaved ?? 'this form'} is not saved. Leaving now discards it.</p>
      </div>
      <DialogActions onCancel={stayHere} cancelLabel="Stay on this page" cancelRef={stayRef}>
        <button type="button" className="button danger" onClick={leave}>
          Leave without saving
        </button>
      </DialogActions>
    </ModalDialog>
  )
}
