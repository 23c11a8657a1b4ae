import { describe, expect, test } from 'vitest'
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { DEFAULT_BANK } from '@shared/bank/bank-registry'
import { fakeApi } from '../helpers/fake-api'
import { showAssessment, startedAssessment } from '../helpers/assessment-screen'

const question = DEFAULT_BANK.questions.find((q) => !q.showIf && !q.appliesTo && q.format === 'single')!

/** An engagement with one draft holding one answer, through the API. */
async function withDraft() {
  const { api } = await fakeApi()
  const { engagementId, assessmentId } = await startedAssessment(api)
  await api.saveAnswer({ assessmentId, questionId: question.id, answer: { choice: question.options[0]!.id } })
  return { api, engagementId, assessmentId }
}

const show = (api: Awaited<ReturnType<typeof fakeApi>>['api'], id: string) => showAssessment(api, id, 'questions')

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
