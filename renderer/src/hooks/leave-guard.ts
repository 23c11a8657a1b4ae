import { useEffect, useSyncExternalStore } from 'react'

/**
 * Unsaved work a link would throw away (vendor-manager review: a half-filled new engagement was lost when the
 * person clicked Portfolio to look something up). One screen at a time holds it: the form whose typing is not
 * saved yet. Links inside the app ask first (LeaveConfirm); closing or reloading the window asks through the
 * browser's own prompt. Saving and the form's own Cancel navigate in code, so they are not asked about.
 */
let unsaved: string | null = null
const listeners = new Set<() => void>()

function setUnsaved(next: string | null): void {
  if (unsaved === next) return
  unsaved = next
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** What would be lost by leaving now, or null. */
export function useUnsavedWork(): string | null {
  return useSyncExternalStore(subscribe, () => unsaved)
}

/** Lets the guard go, as the person chose to leave. */
export function forgetUnsavedWork(): void {
  setUnsaved(null)
}

/** While `what` is not null, leaving the screen by a link asks first; `what` names the work ("this new engagement"). */
export function useLeaveGuard(what: string | null): void {
  useEffect(() => {
    if (what === null) return
    setUnsaved(what)
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault()
    }
    window.addEventListener('beforeunload', onBeforeUnload)
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload)
      setUnsaved(null)
    }
  }, [what])
}
