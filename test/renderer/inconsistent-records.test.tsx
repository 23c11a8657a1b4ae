import { describe, expect, test } from 'vitest'
import { screen } from '@testing-library/react'
import { DEFAULT_BANK } from '@shared/bank/bank-registry'
import { fakeApi } from '../helpers/fake-api'
import { showAssessment, startedAssessment } from '../helpers/assessment-screen'
import { emptyStoreDoc } from '@shared/store/store-schema'
import { bothSidesRevised } from '../fixtures/revision'

const question = DEFAULT_BANK.questions.find((q) => !q.showIf && !q.appliesTo && q.format === 'single')!
const SIGN = {
  assessorName: 'Ana Lopez',
  reviewerName: 'Jan Nowak',
  attestation: 'We confirm.',
  notReviewedReason: 'Reviewed with counsel'
}

/** A final and its signed revision (scheme 4), made through the API; the store is handed back to edit and reopen. */
async function revisedStore() {
  const fake = await fakeApi()
  const sign = async (assessmentId: string, choice: string) => {
    await fake.api.saveAnswer({ assessmentId, questionId: question.id, answer: { choice } })
    await fake.api.setAssessmentStatus({ assessmentId, status: 'in-review' })
    const signed = await fake.api.finalizeAssessment({ assessmentId, ...SIGN })
    if (!signed.ok) throw new Error(signed.error.message)
  }
  const { assessmentId: finalId } = await startedAssessment(fake.api, 'onboarding')
  await sign(finalId, question.options[0]!.id)
  const r = await fake.api.startRevision({ assessmentId: finalId })
  if (!r.ok) throw new Error(r.error.message)
  await sign(r.value.id, question.options[1]!.id)
  return { mem: fake.mem, finalId, revisionId: r.value.id }
}

const show = (api: Awaited<ReturnType<typeof fakeApi>>['api'], id: string) => showAssessment(api, id, 'results')

describe('an engagement whose records were changed outside the app', () => {
  test('a stored revision whose link was removed: both screens say so, and no report is made', async () => {
    const { mem, finalId, revisionId } = await revisedStore()
    // someone removes the revision's link in its stored body (the store is JSON on disk)
    for (const [key, text] of mem.state.bodies)
      if (text.includes(`"id":"${revisionId}"`)) mem.state.bodies.set(key, text.replace(`"revisionOfId":"${finalId}",`, ''))
    const reopened = await fakeApi(mem)
    for (const id of [revisionId, finalId]) {
      const { unmount } = show(reopened.api, id)
      const alert = await screen.findByRole('alert')
      expect(alert).toHaveTextContent("This engagement's records were changed outside the app")
      expect(alert).toHaveTextContent(/Its sign-off records that it revises the final signed with fingerprint/)
      expect(alert).toHaveTextContent(/no report or audit packet is made of this engagement/)
      unmount()
    }
    const report = await reopened.api.exportReportPdf({ assessmentId: revisionId })
    expect(!report.ok && report.error.message).toMatch(/not as the app keeps them/)
  })

  test('a final with two signed revisions is named as such, not as an edit outside the app, and no report is made', async () => {
    // what an import by an earlier version could leave: our signed revision and a colleague's of the same final
    const { theirs, revision } = bothSidesRevised()
    const doc = { ...emptyStoreDoc(), engagements: [theirs.engagement], assessments: [...theirs.assessments, revision] }
    const { api } = await fakeApi(JSON.stringify(doc))
    show(api, revision.id)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('A final of this engagement has two signed revisions')
    expect(alert).toHaveTextContent(/A second signed revision of asm-2026, which .* already revises/)
    expect(alert).toHaveTextContent(/an import made by an earlier version of the app/)
    expect(alert).not.toHaveTextContent('changed outside the app')
    const report = await api.exportReportPdf({ assessmentId: revision.id })
    expect(!report.ok && report.error.message).toMatch(/not as the app keeps them/)
  })

  test('intact records show no such alert', async () => {
    const { mem, revisionId } = await revisedStore()
    show((await fakeApi(mem)).api, revisionId)
    expect(await screen.findByText(/^Final and read-only since/)).toBeInTheDocument()
    expect(screen.queryByText("This engagement's records were changed outside the app")).toBeNull()
  })
})
