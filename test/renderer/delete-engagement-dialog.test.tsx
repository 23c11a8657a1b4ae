import { describe, expect, it, vi } from 'vitest'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { Assessment } from '@shared/schemas/assessment'
import type { Engagement } from '@shared/schemas/engagement'
import { DeleteEngagementDialog } from '../../renderer/src/components/DeleteEngagementDialog'
import { engagementFields } from '../helpers/engagement-fields'
import { fakeApi } from '../helpers/fake-api'
import { ApiProvider } from '../../renderer/src/hooks/api-context'
import { EngagementScreen } from '../../renderer/src/screens/EngagementScreen'
import { parseRoute } from '../../renderer/src/hooks/use-hash-route'

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

  it('from the engagement page: Cancel first, Tab stays inside, Escape returns to Delete; the typed name deletes it in the store', async () => {
    const fake = await fakeApi()
    const created = await fake.api.createEngagement({ fields: engagementFields() })
    if (!created.ok) throw new Error(created.error.message)
    const id = created.value.id
    // a signed-off assessment, so the name must be typed
    const a = await fake.api.startAssessment({ engagementId: id, kind: 'annual' })
    if (!a.ok) throw new Error(a.error.message)
    await fake.api.setAssessmentStatus({ assessmentId: a.value.id, status: 'in-review' })
    const signed = await fake.api.finalizeAssessment({
      assessmentId: a.value.id,
      assessorName: 'Ana Lopez',
      reviewerName: 'Jan Nowak',
      attestation: 'We confirm.',
      notReviewedReason: 'None answered'
    })
    if (!signed.ok) throw new Error(signed.error.message)
    render(
      <ApiProvider api={fake.api}>
        <EngagementScreen id={id} />
      </ApiProvider>
    )
    const user = userEvent.setup()
    const opener = await screen.findByRole('button', { name: 'Delete' })
    await user.click(opener)
    const dialog = await screen.findByRole('dialog', { name: /^Delete the engagement/ })
    const cancel = within(dialog).getByRole('button', { name: 'Cancel' })
    await waitFor(() => expect(cancel).toHaveFocus())
    const name = await within(dialog).findByLabelText(/Type the engagement name/)
    for (let i = 0; i < 4; i++) {
      await user.tab()
      expect(dialog).toContainElement(document.activeElement as HTMLElement)
    }
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(opener).toHaveFocus()
    expect(fake.mem.state.storedDoc().engagements).toHaveLength(1)

    await user.click(opener)
    await user.type(name, ` ${engagement.name} `)
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete engagement' }))
    await waitFor(() => expect(fake.mem.state.storedDoc().engagements).toHaveLength(0))
    expect(fake.calls.find((c) => c.method === 'deleteEngagement')?.req).toEqual({ id, confirmName: ` ${engagement.name} ` })
    expect(fake.mem.state.storedDoc().assessments).toHaveLength(0)
    expect(parseRoute(window.location.hash)).toEqual({ name: 'engagements' })
  })
})
