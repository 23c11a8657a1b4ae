import { describe, expect, it, vi } from 'vitest'
import { useState } from 'react'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ConfirmDialog } from '../../renderer/src/components/ConfirmDialog'

function Harness({ onConfirm }: { onConfirm: () => void }) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Delete engagement…
      </button>
      <ConfirmDialog
        open={open}
        title="Delete this engagement?"
        confirmLabel="Delete"
        destructive
        onConfirm={() => {
          onConfirm()
          setOpen(false)
        }}
        onCancel={() => setOpen(false)}
      >
        <p>Its assessments go with it.</p>
      </ConfirmDialog>
    </>
  )
}

describe('ConfirmDialog (native <dialog>, polyfilled in jsdom)', () => {
  it('opens labelled by its title with Cancel focused, so Enter never confirms by accident', async () => {
    const user = userEvent.setup()
    const onConfirm = vi.fn()
    render(<Harness onConfirm={onConfirm} />)
    expect(screen.queryByRole('dialog')).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Delete engagement…' }))
    const dialog = screen.getByRole('dialog', { name: 'Delete this engagement?' })
    expect(dialog).toHaveAttribute('open')
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(onConfirm).not.toHaveBeenCalled()
    expect(dialog).not.toHaveAttribute('open')
  })

  it('confirms only through the confirm button, and Escape cancels and returns focus to the opener', async () => {
    const user = userEvent.setup()
    const onConfirm = vi.fn()
    render(<Harness onConfirm={onConfirm} />)
    const opener = screen.getByRole('button', { name: 'Delete engagement…' })
    await user.click(opener)
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(opener).toHaveFocus()
    expect(onConfirm).not.toHaveBeenCalled()

    await user.click(opener)
    await user.click(screen.getByRole('button', { name: 'Delete' }))
    expect(onConfirm).toHaveBeenCalledTimes(1)
    expect(screen.queryByRole('dialog')).toBeNull()
  })
})
