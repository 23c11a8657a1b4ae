import { describe, expect, test, vi } from 'vitest'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { EngagementForm } from '../../renderer/src/components/EngagementForm'
import type { EngagementFields } from '@shared/schemas/engagement'
import { readExampleEngagement } from '../helpers/example-report'

function setup() {
  const onSubmit = vi.fn<(fields: EngagementFields) => Promise<void>>(async () => undefined)
  render(<EngagementForm initial={undefined} onSubmit={onSubmit} onCancel={() => undefined} />)
  return { onSubmit, user: userEvent.setup() }
}

describe('engagement form', () => {
  test('refuses empty required fields with a message next to each', async () => {
    const { onSubmit, user } = setup()
    await user.click(screen.getByRole('button', { name: 'Create engagement' }))
    expect(await screen.findByText('Vendor legal name is required')).toHaveAttribute('id', 'vendorName-error')
    expect(screen.getByLabelText(/Vendor legal name/)).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByText('Choose at least one service')).toBeInTheDocument()
    expect(screen.getByText('Choose at least one delivery country')).toBeInTheDocument()
    expect(screen.getByText('Enter a whole number of people')).toBeInTheDocument()
    expect(onSubmit).not.toHaveBeenCalled()
  })

  test('submits parsed values: names exact, numbers as numbers, empty dates unset', async () => {
    const { onSubmit, user } = setup()
    await user.type(screen.getByLabelText(/Vendor legal name/), 'Łódź Services Sp. z o.o.')
    await user.type(screen.getByLabelText(/Engagement name/), 'Care')
    await user.click(screen.getByLabelText('Back office processing'))
    await user.selectOptions(screen.getByLabelText('Add to Delivery countries'), 'PH')
    await user.click(screen.getAllByRole('button', { name: 'Add' })[0]!)
    await user.type(screen.getByLabelText(/Approximate headcount/), '250')
    await user.click(screen.getByLabelText('Remote (agents work from home)'))
    await user.click(screen.getByRole('button', { name: 'Create engagement' }))
    await vi.waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1))
    const fields = onSubmit.mock.calls[0]![0]
    expect(fields).toMatchObject({
      vendorName: 'Łódź Services Sp. z o.o.',
      services: ['back-office'],
      deliveryCountries: ['PH'],
      headcount: 250,
      deliveryLocation: 'remote',
      reviewIntervalMonths: 12
    })
    expect(fields.contractStart).toBeUndefined()
  })

  test('a chosen country can be removed again', async () => {
    const { user } = setup()
    await user.selectOptions(screen.getByLabelText('Add to Delivery countries'), 'DE')
    await user.click(screen.getAllByRole('button', { name: 'Add' })[0]!)
    await user.click(screen.getByRole('button', { name: 'Remove Germany' }))
    expect(screen.queryByRole('button', { name: 'Remove Germany' })).not.toBeInTheDocument()
  })
})

describe('a site whose country is removed from the delivery countries (vendor-manager review)', () => {
  test('still shows its own country, marked, and the form refuses to save until it is chosen again or removed', async () => {
    const { engagement } = readExampleEngagement('managed-contact-centre.json')
    const onSubmit = vi.fn<(fields: EngagementFields) => Promise<void>>(async () => undefined)
    render(<EngagementForm initial={engagement} onSubmit={onSubmit} onCancel={() => undefined} />)
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Remove United Kingdom' }))
    const site = screen.getByLabelText('Site 2 country') as HTMLSelectElement
    expect(site.value).toBe('GB')
    expect(site.selectedOptions[0]?.textContent).toBe('United Kingdom (not a delivery country)')
    await user.click(screen.getByRole('button', { name: /Save/ }))
    expect(
      await screen.findByText(/United Kingdom is not a delivery country: choose this site's country again, or remove the site/)
    ).toBeInTheDocument()
    expect(onSubmit).not.toHaveBeenCalled()
    await user.selectOptions(site, 'PL')
    expect(screen.queryByText('United Kingdom (not a delivery country)')).toBeNull()
  })
})
