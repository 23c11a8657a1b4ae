import { useEffect, useRef, type RefObject } from 'react'

/**
 * Opens and closes a native <dialog> as a modal with `open`: the browser traps focus and handles
 * Escape; when it closes, or is unmounted while open, focus goes back to whatever opened it.
 */
export function useModalDialog(open: boolean): RefObject<HTMLDialogElement | null> {
  const ref = useRef<HTMLDialogElement>(null)
  const opener = useRef<Element | null>(null)

  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) {
      opener.current = document.activeElement
      dialog.showModal()
    } else if (!open && dialog.open) {
      dialog.close()
    }
  }, [open])

  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    const onClose = () => {
      if (opener.current instanceof HTMLElement && opener.current.isConnected) opener.current.focus()
    }
    dialog.addEventListener('close', onClose)
    return () => {
      dialog.removeEventListener('close', onClose)
      // why: an owner that renders the dialog only while it is open (the audit packet's) unmounts it still open, and a
      // dialog taken out of the page fires no 'close': focus fell to <body>, and a keyboard user started again from the
      // top of the page. Back to the opener, unless the user has already put focus somewhere else.
      const lost = document.activeElement === null || document.activeElement === document.body
      if (dialog.open && lost) onClose()
    }
  }, [])

  return ref
}
