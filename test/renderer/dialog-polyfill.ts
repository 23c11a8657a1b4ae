/**
 * jsdom has <dialog> elements but no showModal/close, so no dialog could be rendered in a component
 * test. This gives them the behaviour our components rely on: `open`, a `close` event, Escape firing a
 * cancelable `cancel` event (which closes unless prevented), and the rest of the page made inert while a
 * modal is open — enough to test what a dialog shows and does, not the browser's focus trap itself.
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
      if (event.key !== 'Escape' || !this.open) return
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
