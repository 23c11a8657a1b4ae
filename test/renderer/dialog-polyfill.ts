/**
 * jsdom has <dialog> elements but no showModal/close, so no dialog could be rendered in a component
 * test. This gives them the behaviour our components rely on: `open`, a `close` event, Escape firing a
 * cancelable `cancel` event (which closes unless prevented), and the rest of the page made inert while a
 * modal is open: Tab and Shift+Tab go round the dialog's own controls, as they do in a browser where
 * everything outside a modal dialog is inert. A dialog opened with show() (not modal) gets no such trap,
 * so a test of Tab fails if a dialog stops being modal.
 */
export function installDialogPolyfill(win: typeof globalThis & Window): void {
  const proto = win.HTMLDialogElement?.prototype
  if (!proto || typeof proto.showModal === 'function') return

  function setOpen(dialog: HTMLDialogElement, open: boolean): void {
    if (open) dialog.setAttribute('open', '')
    else dialog.removeAttribute('open')
  }

  proto.show = function show(this: HTMLDialogElement) {
    setOpen(this, true)
  }
  proto.showModal = function showModal(this: HTMLDialogElement) {
    if (!this.isConnected) throw new DOMException('The dialog is not in a document', 'InvalidStateError')
    if (this.open) return
    setOpen(this, true)
    this.dataset['modal'] = 'true'
    const onKey = (event: KeyboardEvent) => {
      // a dialog unmounted while open (a test's cleanup) never closes: drop its listener so it cannot
      // catch the keys of the next test in the same document
      if (!this.isConnected) return closers.get(this)?.()
      if (!this.open) return
      if (event.key === 'Tab') return moveFocusWithin(this, event)
      if (event.key !== 'Escape') return
      const cancel = new win.Event('cancel', { cancelable: true })
      if (this.dispatchEvent(cancel)) this.close()
    }
    this.ownerDocument.addEventListener('keydown', onKey)
    closers.set(this, () => this.ownerDocument.removeEventListener('keydown', onKey))
    const autofocus = this.querySelector<HTMLElement>('[autofocus]')
    autofocus?.focus()
  }
  proto.close = function close(this: HTMLDialogElement, returnValue?: string) {
    if (!this.open) return
    if (returnValue !== undefined) this.returnValue = returnValue
    setOpen(this, false)
    delete this.dataset['modal']
    closers.get(this)?.()
    closers.delete(this)
    this.dispatchEvent(new win.Event('close'))
  }
}

const closers = new WeakMap<HTMLDialogElement, () => void>()

const TABBABLE = 'a[href], button, input, select, textarea, summary, [tabindex]'

/** The next (or previous) control of the dialog in Tab order, wrapping round at either end. */
function moveFocusWithin(dialog: HTMLDialogElement, event: KeyboardEvent): void {
  const controls = [...dialog.querySelectorAll<HTMLElement>(TABBABLE)].filter(
    (el) => el.tabIndex >= 0 && !el.matches(':disabled') && !el.closest('[hidden], details:not([open]) > :not(summary)')
  )
  // a radio group is one Tab stop: the checked radio, or the first when none is
  const stops = controls.filter((el) => {
    if (!(el instanceof HTMLInputElement) || el.type !== 'radio' || el.name === '') return true
    const group = controls.filter((o): o is HTMLInputElement => o instanceof HTMLInputElement && o.type === 'radio' && o.name === el.name)
    return el === (group.find((o) => o.checked) ?? group[0])
  })
  if (stops.length === 0) return
  event.preventDefault()
  const at = stops.indexOf(dialog.ownerDocument.activeElement as HTMLElement)
  const next = event.shiftKey ? (at <= 0 ? stops.length - 1 : at - 1) : (at + 1) % stops.length
  stops[next]?.focus()
}
