import { describe, expect, test } from 'vitest'
import { render, screen } from '@testing-library/react'
import { ApiProvider } from '../../renderer/src/hooks/api-context'
import { AssessmentScreen } from '../../renderer/src/screens/AssessmentScreen'
import { DEFAULT_BANK } from '@shared/bank/bank-registry'
import { fakeApi } from '../helpers/fake-api'
import { engagementFields } from '../helpers/engagement-fields'

const question = DEFAULT_BANK.questions.find((q) => !q.showIf && !q.appliesTo && q.format === 'single')!

/** A final assessment with one answer, signed off through the API; its store is handed back to reopen. */
async function signedStore() {
  const fake = await fakeApi()
  const e = await fake.api.createEngagement({ fields: engagementFields({ deliveryCountries: ['PL'] }) })
  if (!e.ok) throw new Error(e.error.message)
  const a = await fake.api.startAssessment({ engagementId: e.value.id, kind: 'annual' })
  if (!a.ok) throw new Error(a.error.message)
  await fake.api.saveAnswer({
    assessmentId: a.value.id,
    questionId: question.id,
    answer: { choice: question.options[0]!.id, note: 'as agreed' }
  })
  await fake.api.setAssessmentStatus({ assessmentId: a.value.id, status: 'in-review' })
  const signed = await fake.api.finalizeAssessment({
    assessmentId: a.value.id,
    assessorName: 'Ana Lopez',
    reviewerName: 'Jan Nowak',
    attestation: 'We confirm.',
    notReviewedReason: 'Reviewed with counsel on the call'
  })
  if (!signed.ok) throw new Error(signed.error.message)
  return { mem: fake.mem, assessmentId: a.value.id }
}

function show(api: Awaited<ReturnType<typeof fakeApi>>['api'], id: string) {
  return render(
    <ApiProvider api={api}>
      <AssessmentScreen id={id} view="review" questionId={undefined} />
    </ApiProvider>
  )
}

describe('a signed-off assessment changed outside the app', () => {
  test('is not shown as signed: an alert says its sign-off no longer holds and how to get back', async () => {
    const { mem, assessmentId } = await signedStore()
    // someone edits the note in the stored body (the store file is JSON on disk)
    for (const [key, text] of mem.state.bodies) {
      if (text.includes('as agreed')) mem.state.bodies.set(key, text.replace('as agreed', 'as never agreed'))
    }
    const reopened = await fakeApi(mem)
    show(reopened.api, assessmentId)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('This assessment is no longer what was signed off')
    expect(alert).toHaveTextContent(/changed after it was signed off/)
    expect(screen.getByText('Read-only: its sign-off no longer holds')).toBeInTheDocument()
    expect(screen.queryByText(/^Final and read-only since/)).toBeNull()
    expect(screen.getByText(/no longer matches that sign-off/)).toBeInTheDocument()
  })

  test('an intact one is shown as signed, with no alert', async () => {
    const { mem, assessmentId } = await signedStore()
    const reopened = await fakeApi(mem)
    show(reopened.api, assessmentId)
    expect(await screen.findByText(/^Final and read-only since/)).toBeInTheDocument()
    expect(screen.queryByText('This assessment is no longer what was signed off')).toBeNull()
    expect(screen.getByText(/signed off .*It is read-only\./)).toBeInTheDocument()
  })
})
