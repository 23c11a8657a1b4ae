import { describe, expect, test } from 'vitest'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ApiProvider } from '../../renderer/src/hooks/api-context'
import { EngagementsScreen } from '../../renderer/src/screens/EngagementsScreen'
import { SAMPLE_FIELDS, createSample } from '../../renderer/src/sample/sample-engagement'
import { fakeApi } from '../helpers/fake-api'
import { value } from '../shared/store-session-fixtures'

async function withSample(signOff: boolean) {
  const fake = await fakeApi()
  const { assessmentId } = value(await createSample(fake.api))
  if (signOff) {
    const details = { assessmentId, title: 'Sample annual self-assessment', assessorName: 'Ana Lopez', reviewerName: 'Jan Nowak' }
    value(await fake.api.updateAssessmentDetails(details))
    value(await fake.api.setAssessmentStatus({ assessmentId, status: 'in-review' }))
    value(
      await fake.api.finalizeAssessment({
        assessmentId,
        assessorName: 'Ana Lopez',
        reviewerName: 'Jan Nowak',
        attestation: 'We make this attestation.',
        notReviewedReason: 'Only a sample.'
      })
    )
  }
  render(
    <ApiProvider api={fake.api}>
      <main id="main">
        <EngagementsScreen />
      </main>
    </ApiProvider>
  )
  const button = await screen.findByRole('button', { name: 'Remove the sample' })
  return { ...fake, button, engagements: () => fake.mem.state.storedDoc().engagements }
}

/*
 * Vendor-manager review: "Remove the sample" on a sample someone had signed off showed the service's "type the
 * engagement name exactly as shown to confirm" with nowhere to type it. A signed sample is deleted as every
 * engagement holding signed-off assessments is: in the delete dialog, with its name typed.
 */
describe('removing the sample from the register', () => {
  test('a sample never signed off goes in one click, with no dialog and nothing to type', async () => {
    const { button, engagements } = await withSample(false)
    const user = userEvent.setup()
    await user.click(button)
    await waitFor(() => expect(engagements()).toEqual([]))
    expect(screen.queryByRole('dialog')).toBeNull()
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'Engagements' })).toHaveFocus())
  })

  test('a signed-off sample opens the delete dialog, with the field its words ask for; typing the name removes it', async () => {
    const { button, engagements } = await withSample(true)
    const user = userEvent.setup()
    await user.click(button)
    const dialog = await screen.findByRole('dialog', {
      name: `Delete the engagement “${SAMPLE_FIELDS.name}” with ${SAMPLE_FIELDS.vendorName}?`
    })
    // the words ask for the name, and the field to type it in is there; nothing is removed yet, and no message asks for it elsewhere
    expect(within(dialog).getByText(/1 assessment is signed off/)).toBeTruthy()
    const name = within(dialog).getByLabelText(`Type the engagement name, ${SAMPLE_FIELDS.name}, to confirm`)
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus()
    expect(screen.queryByRole('alert')).toBeNull()
    expect(engagements()).toHaveLength(1)
    const remove = within(dialog).getByRole('button', { name: 'Delete engagement' })
    expect(remove).toBeDisabled()

    // Cancel keeps it, and the banner's button asks again
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(engagements()).toHaveLength(1)
    await user.click(screen.getByRole('button', { name: 'Remove the sample' }))
    const again = await screen.findByRole('dialog')
    await user.type(within(again).getByLabelText(/Type the engagement name/), SAMPLE_FIELDS.name)
    await user.click(within(again).getByRole('button', { name: 'Delete engagement' }))
    await waitFor(() => expect(engagements()).toEqual([]))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(screen.queryByRole('button', { name: 'Remove the sample' })).toBeNull()
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'Engagements' })).toHaveFocus())
    expect(name.isConnected).toBe(false)
  })
})
