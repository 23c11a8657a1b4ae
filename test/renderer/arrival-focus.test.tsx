import { describe, expect, it } from 'vitest'
import { useState } from 'react'
import { act, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { markArrival, useHeadingFocusFallback } from '../../renderer/src/hooks/use-arrival-focus'

/** A frame whose screen heading renders only when "loaded" is pressed, as a screen still loading does. */
function Frame({ route }: { route: string }) {
  useHeadingFocusFallback(route)
  const [loaded, setLoaded] = useState(false)
  return (
    <main id="main">
      <button type="button" onClick={() => setLoaded(true)}>
        Send for review
      </button>
      {loaded && <h1>Annual self-assessment</h1>}
    </main>
  )
}

describe('focus after navigation', () => {
  it('a heading rendered after the arrival takes focus when the user has done nothing meanwhile', async () => {
    const view = render(<Frame route="#/a" />)
    act(() => markArrival())
    view.rerender(<Frame route="#/b" />)
    // the heading appears without a user event (a screen that finished loading)
    act(() => screen.getByRole('button').dispatchEvent(new MouseEvent('click', { bubbles: true })))
    await waitFor(() => expect(screen.getByRole('heading')).toHaveFocus())
  })

  it('shows on the document whether an arrival may still move focus, until it is claimed or cancelled', async () => {
    const user = userEvent.setup()
    const view = render(<Frame route="#/a" />)
    const pending = () => document.documentElement.hasAttribute('data-arrival-pending')
    act(() => markArrival())
    view.rerender(<Frame route="#/b" />)
    expect(pending()).toBe(true)
    act(() => screen.getByRole('button').dispatchEvent(new MouseEvent('click', { bubbles: true })))
    await waitFor(() => expect(screen.getByRole('heading')).toHaveFocus())
    expect(pending()).toBe(false)
    act(() => markArrival())
    view.rerender(<Frame route="#/c" />)
    expect(pending()).toBe(false) // the heading is there, so the new route claims it at once
    act(() => markArrival())
    expect(pending()).toBe(true)
    await user.keyboard('{Tab}')
    expect(pending()).toBe(false)
  })

  it('a click before the heading renders keeps focus where the click put it (the arrival lapses)', async () => {
    const user = userEvent.setup()
    const view = render(<Frame route="#/a" />)
    act(() => markArrival())
    view.rerender(<Frame route="#/b" />)
    await user.click(screen.getByRole('button', { name: 'Send for review' }))
    expect(screen.getByRole('heading')).toBeInTheDocument()
    // longer than the fallback's 50 ms tick, which used to take focus back to the heading
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(screen.getByRole('heading')).not.toHaveFocus()
    expect(screen.getByRole('button', { name: 'Send for review' })).toHaveFocus()
  })
})
