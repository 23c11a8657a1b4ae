import { describe, expect, test, vi } from 'vitest'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { EngagementForm } from '../../renderer/src/components/EngagementForm'
import type { EngagementFields } from '@shared/schemas/engagement'

const TAKEN = [{ id: 'e1', vendorName: 'Nordlicht Service GmbH', name: 'Customer care' }]

async function fill(user: ReturnType<typeof userEvent.setup>, vendor: string, name: string) {
  await user.type(screen.getByLabelText(/Vendor legal name/), vendor)
  await user.type(screen.getByLabelText(/Engagement name/), name)
  await user.click(screen.getByLabelText('Customer support'))
  await user.selectOptions(screen.getByLabelText('Add to Delivery countries'), 'DE')
  await user.click(screen.getAllByRole('button', { name: 'Add' })[0]!)
  await user.type(screen.getByLabelText(/Approximate headcount/), '60')
}

describe('engagement form: no two engagements with the same vendor and name', () => {
  test('a second "Nordlicht Service GmbH / customer care" is refused at the engagement name, which takes focus', async () => {
    const onSubmit = vi.fn<(fields: EngagementFields) => Promise<void>>(async () => undefined)
    const user = userEvent.setup()
    render(<EngagementForm initial={undefined} taken={TAKEN} onSubmit={onSubmit} onCancel={() => undefined} />)
    await fill(user, ' nordlicht service gmbh', 'customer care ')
    await user.click(screen.getByRole('button', { name: 'Create engagement' }))
    const name = screen.getByLabelText(/Engagement name/)
    await vi.waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'))
    expect(name).toHaveFocus()
    expect(screen.getByText(/already has an engagement named “Customer care”/)).toBeInTheDocument()
    expect(onSubmit).not.toHaveBeenCalled()
    await user.type(name, '{Backspace}— Berlin')
    await user.click(screen.getByRole('button', { name: 'Create engagement' }))
    await vi.waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1))
  })

  test('editing an engagement may keep its own name', async () => {
    const onSubmit = vi.fn<(fields: EngagementFields) => Promise<void>>(async () => undefined)
    const user = userEvent.setup()
    const initial = {
      ...TAKEN[0]!,
      services: ['customer-support'],
      deliveryCountries: ['DE'],
      sites: [],
      clientUsStates: [],
      deliveryLocation: 'vendor-premises',
      staffing: 'dedicated',
      headcount: 60,
      contractReference: '',
      owner: '',
      notes: '',
      reviewIntervalMonths: 12,
      status: 'active',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z'
    } as unknown as Parameters<typeof EngagementForm>[0]['initial']
    render(<EngagementForm initial={initial} taken={TAKEN} onSubmit={onSubmit} onCancel={() => undefined} />)
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    await vi.waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1))
  })
})
