import { useEffect, useRef, type RefObject } from 'react'

/**
 * Focus after navigation: a hash change marks an arrival, and the first element that mounts with
 * `useArrivalFocus` afterwards (the new screen's heading, or the question) takes focus, so keyboard
 * and screen-reader users start on the new screen instead of the page body. Children mount first, so
 * a view's own heading wins over the frame's. An arrival not claimed within a few seconds (a screen
 * still loading for longer) lapses rather than stealing focus later.
 */
const ARRIVAL_WINDOW_MS = 5000
let arrivalAt: number | null = null

/*
 * why the attribute: whether an arrival may still move focus is otherwise invisible from outside, and the
 * browser suite (which focuses controls directly, with no key or pointer to cancel the arrival) must wait
 * for it to settle, or a heading focused a tick later takes the focus the next key press was meant for
 */
const PENDING_ATTRIBUTE = 'data-arrival-pending'

function setArrival(at: number | null): void {
  arrivalAt = at
  document.documentElement.toggleAttribute(PENDING_ATTRIBUTE, at !== null)
}

export function markArrival(): void {
  setArrival(Date.now())
}

function claimArrival(): boolean {
  const pending = arrivalAt !== null && Date.now() - arrivalAt < ARRIVAL_WINDOW_MS
  setArrival(null)
  return pending
}

/**
 * A user who clicks or presses a key before the new screen claimed its arrival has chosen where to be
 * (or pressed a button whose own result moves focus, such as "Send for review"): the arrival lapses
 * so that a heading rendered a moment later does not take focus back from them.
 */
export function cancelArrival(): void {
  setArrival(null)
}

/** Focuses `element` when it is the target of a pending arrival; true if it did. */
export function focusOnArrival(element: HTMLElement | null): boolean {
  if (!element || arrivalAt === null) return false
  if (!claimArrival()) return false
  element.focus()
  return true
}

/** A ref for a heading (tabIndex -1) or control that takes focus when its screen is navigated to. */
export function useArrivalFocus<T extends HTMLElement>(): RefObject<T | null> {
  const ref = useRef<T>(null)
  useEffect(() => {
    focusOnArrival(ref.current)
  }, [])
  return ref
}

/**
 * The fallback for screens without their own target: after each route change, once the new screen's
 * h1 is rendered (screens may load first), focus it if nothing else claimed the arrival.
 */
export function useHeadingFocusFallback(routeKey: string): void {
  useEffect(() => {
    // capture phase: seen before any handler of the control itself runs; the click or key that
    // navigated came before the hash change, so it never cancels its own arrival
    const cancel = (): void => cancelArrival()
    document.addEventListener('pointerdown', cancel, true)
    document.addEventListener('keydown', cancel, true)
    return () => {
      document.removeEventListener('pointerdown', cancel, true)
      document.removeEventListener('keydown', cancel, true)
    }
  }, [])
  useEffect(() => {
    const started = Date.now()
    // true when there is nothing more to wait for: claimed, lapsed, or the heading focused now
    const tryHeading = (): boolean => {
      if (arrivalAt === null) return true
      if (Date.now() - started > ARRIVAL_WINDOW_MS) {
        // lapsed: nothing will claim it now, so it stops being pending
        cancelArrival()
        return true
      }
      const heading = document.querySelector<HTMLElement>('#main h1')
      if (!heading) return false
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1')
      focusOnArrival(heading)
      return true
    }
    // children's effects ran first, so a screen already rendered (another view of the same
    // assessment) is focused now, not a timer tick after the user may have acted
    if (tryHeading()) return
    const timer = window.setInterval(() => {
      if (tryHeading()) window.clearInterval(timer)
    }, 50)
    return () => window.clearInterval(timer)
  }, [routeKey])
}
