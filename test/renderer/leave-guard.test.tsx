import { describe, expect, test } from 'vitest'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { EngagementForm } from '../../renderer/src/components/EngagementForm'
import { LeaveConfirm } from '../../renderer/src/components/LeaveConfirm'

/*
 * Vendor-manager review: a half-filled new engagement was lost when the person clicked another screen's link.
 * A link away from typing not yet saved now asks first; Stay keeps everything, Leave goes where the link went.
 */
function setup() {
  window.location.hash = '#/engagements/new'
  render(
    <>
      <a href="#/portfolio">Portfolio</a>
      <EngagementForm initial={undefined} onSubmit={async () => undefined} onCancel={() => undefined} />
      <LeaveConfirm />
    </>
  )
  return userEvent.setup()
}

describe('leaving a form with typing not saved', () => {
  test('an untouched form is left without a question', async () => {
    const user = setup()
    await user.click(screen.getByRole('link', { name: 'Portfolio' }))
    expect(window.location.hash).toBe('#/portfolio')
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  test('a link asks first; Stay keeps the typing and the page, Leave goes where the link went', async () => {
    const user = setup()
    await user.type(screen.getByLabelText(/Vendor legal name/), 'Harbour Contact GmbH')
    await user.click(screen.getByRole('link', { name: 'Portfolio' }))
    const dialog = await screen.findByRole('dialog', { name: 'Leave without saving?' })
    expect(dialog).toHaveTextContent('What you typed in this new engagement is not saved. Leaving now discards it.')
    // the safe choice has the focus, so Enter never discards typing
    expect(within(dialog).getByRole('button', { name: 'Stay on this page' })).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(window.location.hash).toBe('#/engagements/new')
    expect(screen.getByLabelText(/Vendor legal name/)).toHaveValue('Harbour Contact GmbH')
    await user.click(screen.getByRole('link', { name: 'Portfolio' }))
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Leave without saving' }))
    expect(window.location.hash).toBe('#/portfolio')
  })
})
