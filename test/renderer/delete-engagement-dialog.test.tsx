import { describe, expect, it, vi } from 'vitest'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { Assessment } from '@shared/schemas/assessment'
import type { Engagement } from '@shared/schemas/engagement'
import { DeleteEngagementDialog } from '../../renderer/src/components/DeleteEngagementDialog'
import { engagementFields } from '../helpers/engagement-fields'

const engagement: Engagement = {
  ...engagementFields(),
  id: 'e1',
  status: 'active',
  createdAt: '2026-11-25T10:00:00.000Z',
  updatedAt: '2026-11-25T10:00:00.000Z'
}
const withStatus = (status: Assessment['status']) => ({ id: `a-${status}`, status }) as Assessment

describe('the delete-engagement dialog', () => {
  it('with signed-off assessments: says so, and deletes only once the engagement name is typed', async () => {
    const onConfirm = vi.fn(async () => null)
    render(
      <DeleteEngagementDialog
        open
        engagement={engagement}
        assessments={[withStatus('final'), withStatus('draft')]}
        onConfirm={onConfirm}
        onCancel={() => undefined}
      />
    )
    expect(screen.getByText(/1 assessment is signed off/)).toBeTruthy()
    // the title names the engagement the user is asked to type, not only the vendor
    expect(screen.getByRole('dialog', { name: `Delete the engagement “${engagement.name}” with ${engagement.vendorName}?` })).toBeTruthy()
    expect(screen.getByText(/backup of all your data is made and read back/)).toBeTruthy()
    expect(screen.getByText(/that backup is never rotated away/)).toBeTruthy()
    const confirm = screen.getByRole('button', { name: 'Delete engagement' })
    expect((confirm as HTMLButtonElement).disabled).toBe(true)
    await userEvent.type(screen.getByLabelText(/Type the engagement name/), `${engagement.name}x`)
    expect((confirm as HTMLButtonElement).disabled).toBe(true)
    await userEvent.type(screen.getByLabelText(/Type the engagement name/), '{Backspace}')
    expect((confirm as HTMLButtonElement).disabled).toBe(false)
    await userEvent.click(confirm)
    expect(onConfirm).toHaveBeenCalledWith(engagement.name)
  })

  it('while the assessments load: the name is asked for, but no claim is made that signed-off ones are removed', () => {
    render(
      <DeleteEngagementDialog open engagement={engagement} assessments={null} onConfirm={async () => null} onCancel={() => undefined} />
    )
    expect(screen.getByLabelText(/Type the engagement name/)).toBeTruthy()
    expect(screen.getByText(/backup of all your data is made and read back/).textContent).not.toMatch(
      /signed-off assessments are removed|never rotated away/
    )
  })

  it('without signed-off assessments: no name to type; a refusal from the service is shown in the dialog', async () => {
    const onConfirm = vi.fn(async () => 'Nothing was changed: a backup of your data must be made first, and it failed.')
    render(
      <DeleteEngagementDialog
        open
        engagement={engagement}
        assessments={[withStatus('draft')]}
        onConfirm={onConfirm}
        onCancel={() => undefined}
      />
    )
    expect(screen.queryByLabelText(/Type the engagement name/)).toBeNull()
    await userEvent.click(screen.getByRole('button', { name: 'Delete engagement' }))
    expect(onConfirm).toHaveBeenCalledWith(undefined)
    expect((await screen.findByRole('alert')).textContent).toMatch(/Nothing was changed/)
  })
})
