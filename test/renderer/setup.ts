import '@testing-library/jest-dom/vitest'
import { afterEach } from 'vitest'
import { cleanup, configure } from '@testing-library/react'
import { installDialogPolyfill } from './dialog-polyfill'

installDialogPolyfill(window as typeof globalThis & Window)

// waitFor and findBy wait up to 5 s, not testing-library's 1 s: on a loaded machine (CI beside other work) a save
// or a render can take longer than a second, and a test must not fail for it (the dom project's limit is 15 s).
// A passing wait returns as soon as its condition holds, so this costs nothing when the machine is idle.
configure({ asyncUtilTimeout: 5000 })

// files share one jsdom per worker (vitest.config.ts): leave nothing behind for the next file
afterEach(() => {
  cleanup()
  localStorage.clear()
  sessionStorage.clear()
  window.location.hash = ''
})
