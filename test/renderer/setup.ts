import '@testing-library/jest-dom/vitest'
import { afterEach } from 'vitest'
import { cleanup } from '@testing-library/react'
import { installDialogPolyfill } from './dialog-polyfill'

installDialogPolyfill(window as typeof globalThis & Window)

// files share one jsdom per worker (vitest.config.ts): leave nothing behind for the next file
afterEach(() => {
  cleanup()
  localStorage.clear()
  sessionStorage.clear()
  window.location.hash = ''
})
