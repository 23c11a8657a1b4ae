import { useEffect, useRef, useState } from 'react'
import { forgetUnsavedWork, useUnsavedWork } from '../hooks/leave-guard'
import { ModalDialog } from './ModalDialog'
import { DialogActions } from './DialogActions'

/**
 * Asks before a link leaves unsaved work (leave-guard.ts). It listens to clicks on in-app links (`#/…`) before
 * they navigate; "Stay" is focused first, as Cancel is in every confirmation, so Enter never discards typing.
 */
export function LeaveConfirm(): React.JSX.Element {
  const unsaved = useUnsavedWork()
  const [target, setTarget] = useState<string | null>(null)
  const stayRef = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    if (unsaved === null) return
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
      const link = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null
      const href = link?.getAttribute('href')
      if (!href || href === '#main' || href === window.location.hash) return
      event.preventDefault()
      setTarget(href)
    }
    // capture: before the link's own navigation, wherever it is on the page
    document.addEventListener('click', onClick, true)
    return () => document.removeEventListener('click', onClick, true)
  }, [unsaved])

  useEffect(() => {
    if (target !== null) stayRef.current?.focus()
  }, [target])

  function leave(): void {
    const to = target
    setTarget(null)
    forgetUnsavedWork()
    if (to !== null) window.location.hash = to
  }

  return (
    <ModalDialog open={target !== null} title="Leave without saving?" onCancel={() => setTarget(null)}>
      <div className="dialog-body">
        <p>What you typed in {unsaved ?? 'this form'} is not saved. Leaving now discards it.</p>
      </div>
      <DialogActions onCancel={() => setTarget(null)} cancelLabel="Stay on this page" cancelRef={stayRef}>
        <button type="button" className="button danger" onClick={leave}>
          Leave without saving
        </button>
      </DialogActions>
    </ModalDialog>
  )
}
