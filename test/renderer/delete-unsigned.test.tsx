import { describe, expect, test } from 'vitest'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ApiProvider } from '../../renderer/src/hooks/api-context'
import { AssessmentScreen } from '../../renderer/src/screens/AssessmentScreen'
import { DEFAULT_BANK } from '@shared/bank/bank-registry'
import { fakeApi } from '../helpers/fake-api'
import { engagementFields } from '../helpers/engagement-fields'

const question = DEFAULT_BANK.questions.find((q) => !q.showIf && !q.appliesTo && q.format === 'single')!

/** An engagement with one draft holding one answer, through the API. */
async function withDraft() {
  const fake = await fakeApi()
  const e = await fake.api.createEngagement({ fields: engagementFields({ deliveryCountries: ['PL'] }) })
  if (!e.ok) throw new Error(e.error.message)
  const a = await fake.api.startAssessment({ engagementId: e.value.id, kind: 'annual' })
  if (!a.ok) throw new Error(a.error.message)
  await fake.api.saveAnswer({ assessmentId: a.value.id, questionId: question.id, answer: { choice: question.options[0]!.id } })
  return { api: fake.api, engagementId: e.value.id, assessmentId: a.value.id }
}

function show(api: Awaited<ReturnType<typeof fakeApi>>['api'], id: string) {
  return render(
    <ApiProvider api={api}>
      <AssessmentScreen id={id} view="questions" questionId={undefined} />
    </ApiProvider>
  )
}

describe('deleting an assessment started by mistake', () => {
  test('a draft is deleted after confirming (Cancel first), a backup is taken, and the engagement opens', async () => {
    const { api, engagementId, assessmentId } = await withDraft()
    const backupsBefore = await api.listBackups()
    show(api, assessmentId)
    await userEvent.click(await screen.findByRole('button', { name: 'Delete draft…' }))
    const dialog = screen.getByRole('dialog')
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus()
    expect(dialog).toHaveTextContent(/This draft, started .*, is removed with its answer, notes/)
    expect(dialog).toHaveTextContent('A backup of all your data is made first')
    // Cancel deletes nothing
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    expect(await api.listAssessments({ engagementId })).toMatchObject({ ok: true, value: [{ id: assessmentId }] })
    await userEvent.click(screen.getByRole('button', { name: 'Delete draft…' }))
    await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete draft' }))
    await expect.poll(() => window.location.hash).toBe(`#/engagements/${engagementId}`)
    expect(await api.listAssessments({ engagementId })).toMatchObject({ ok: true, value: [] })
    // the store backs up before any change that removes records
    const count = (r: typeof backupsBefore) => (r.ok ? r.value.length : -1)
    expect(count(await api.listBackups())).toBe(count(backupsBefore) + 1)
  })

  test('a signed final offers no delete', async () => {
    const { api, assessmentId } = await withDraft()
    await api.setAssessmentStatus({ assessmentId, status: 'in-review' })
    const signed = await api.finalizeAssessment({
      assessmentId,
      assessorName: 'Ana Lopez',
      reviewerName: 'Jan Nowak',
      attestation: 'We confirm.',
      notReviewedReason: 'Reviewed with counsel on the call'
    })
    expect(signed.ok).toBe(true)
    show(api, assessmentId)
    expect(await screen.findByText(/^Final and read-only since/)).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /^Delete/ })).toBeNull()
  })
})
