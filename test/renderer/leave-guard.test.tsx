import { describe, expect, test } from 'vitest'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { EngagementForm } from '../../renderer/src/components/EngagementForm'
import { LeaveConfirm } from '../../renderer/src/components/LeaveConfirm'
import { navigate, useHashRoute } from '../../renderer/src/hooks/use-hash-route'

/*
 * Vendor-manager reviews: a half-filled new engagement was lost when the person clicked another screen's link,
 * then when they pressed Back. Leaving typing not yet saved now asks first, whichever way; Stay keeps
 * everything, Leave goes where the person was going.
 */
function Route(): React.JSX.Element {
  return <p data-testid="route">{useHashRoute().name}</p>
}

function setup() {
  window.location.hash = '#/engagements/new'
  render(
    <>
      <a href="#/portfolio">Portfolio</a>
      <Route />
      <EngagementForm initial={undefined} onSubmit={async () => undefined} onCancel={() => navigate({ name: 'engagements' })} />
      <LeaveConfirm />
    </>
  )
  return userEvent.setup()
}

const typeVendor = (user: ReturnType<typeof userEvent.setup>) =>
  user.type(screen.getByLabelText(/Vendor legal name/), 'Harbour Contact GmbH')

describe('leaving a form with typing not saved', () => {
  test('an untouched form is left without a question', async () => {
    const user = setup()
    await user.click(screen.getByRole('link', { name: 'Portfolio' }))
    await waitFor(() => expect(screen.getByTestId('route')).toHaveTextContent('portfolio'))
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  test('a link asks first; Stay keeps the typing and the page, Leave goes where the link went', async () => {
    const user = setup()
    await typeVendor(user)
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
    await waitFor(() => expect(screen.getByTestId('route')).toHaveTextContent('portfolio'))
    expect(window.location.hash).toBe('#/portfolio')
  })

  test('Back or the address bar is held: the address returns to the form and the same question is asked', async () => {
    const user = setup()
    await typeVendor(user)
    // what Back does to a hash route: the address changes, then hashchange
    window.location.hash = '#/settings'
    await screen.findByRole('dialog', { name: 'Leave without saving?' })
    expect(window.location.hash).toBe('#/engagements/new')
    expect(screen.getByTestId('route')).toHaveTextContent('engagement-new')
    await user.click(screen.getByRole('button', { name: 'Leave without saving' }))
    await waitFor(() => expect(screen.getByTestId('route')).toHaveTextContent('settings'))
  })

  test("the form's own Cancel asks too once something is typed", async () => {
    const user = setup()
    await typeVendor(user)
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    await screen.findByRole('dialog', { name: 'Leave without saving?' })
    expect(screen.getByLabelText(/Vendor legal name/)).toHaveValue('Harbour Contact GmbH')
  })
})
