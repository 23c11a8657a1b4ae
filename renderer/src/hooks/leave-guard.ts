import { useEffect, useSyncExternalStore } from 'react'

/**
 * Unsaved work a navigation would throw away (vendor-manager reviews: a half-filled new engagement was lost
 * when the person clicked Portfolio to look something up, then when they pressed the browser's Back button).
 * One screen at a time holds it: the form whose typing is not saved yet. While it does, leaving by a link, by
 * Back or Forward, by the address bar or by the form's own Cancel asks first (LeaveConfirm); closing or
 * reloading the window asks through the browser's prompt (the desktop app's main process asks in its place).
 * Saving lets the guard go before it navigates.
 */
type LeaveState = {
  /** What would be lost ("this new engagement"), or null when nothing is unsaved. */
  unsaved: string | null
  /** Where the person tried to go while it was unsaved: the question is open. */
  pending: string | null
}

let state: LeaveState = { unsaved: null, pending: null }
const listeners = new Set<() => void>()

function update(next: Partial<LeaveState>): void {
  state = { ...state, ...next }
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function useLeaveState(): LeaveState {
  return useSyncExternalStore(subscribe, () => state)
}

/**
 * Asks before going to `hash` when work is unsaved: returns true when the question is now open (the caller
 * must not navigate), false when there is nothing to lose. Only the app's routes are held: `#/…`, and no hash
 * at all (the register, where the app starts: Back from the first screen goes there), not `#main` (skip link).
 */
export function askBeforeLeaving(hash: string): boolean {
  const route = hash === '' || hash === '#' || hash.startsWith('#/')
  if (state.unsaved === null || !route) return false
  update({ pending: hash })
  return true
}

/** The person chose to stay: the question closes, the work stays. */
export function stayHere(): void {
  update({ pending: null })
}

/** The person chose to leave, or saved: the guard goes, and nothing asks again until something is typed. */
export function forgetUnsavedWork(): void {
  update({ unsaved: null, pending: null })
}

/** While `what` is not null, leaving the screen asks first; `what` names the work ("this new engagement"). */
export function useLeaveGuard(what: string | null): void {
  useEffect(() => {
    if (what === null) return
    update({ unsaved: what })
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault()
    }
    window.addEventListener('beforeunload', onBeforeUnload)
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload)
      update({ unsaved: null, pending: null })
    }
  }, [what])
}
