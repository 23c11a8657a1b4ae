import { describe, expect, test } from 'vitest'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ApiProvider } from '../../renderer/src/hooks/api-context'
import { AssessmentScreen } from '../../renderer/src/screens/AssessmentScreen'
import type { AssessmentView } from '../../renderer/src/hooks/use-hash-route'
import { fakeApi } from '../helpers/fake-api'
import { engagementFields } from '../helpers/engagement-fields'
import { SIGN_OFF, value } from '../shared/store-session-fixtures'

/** An assessment started for Poland; Germany then added to the engagement. */
async function setup(status: 'draft' | 'in-review' | 'final') {
  const fake = await fakeApi()
  const { api } = fake
  const e = value(await api.createEngagement({ fields: engagementFields({ deliveryCountries: ['PL'] }) }))
  const a = value(await api.startAssessment({ engagementId: e.id, kind: 'annual', title: 'Annual 2026' }))
  value(await api.updateEngagement({ id: e.id, fields: engagementFields({ deliveryCountries: ['PL', 'DE'] }) }))
  if (status !== 'draft') value(await api.setAssessmentStatus({ assessmentId: a.id, status: 'in-review' }))
  if (status === 'final') value(await api.finalizeAssessment({ assessmentId: a.id, ...SIGN_OFF }))
  const stored = () => fake.mem.state.storedDoc().assessments.find((x) => x.id === a.id)!
  return { ...fake, assessmentId: a.id, stored }
}

function show(api: Awaited<ReturnType<typeof fakeApi>>['api'], id: string, view: AssessmentView) {
  return render(
    <ApiProvider api={api}>
      <AssessmentScreen id={id} view={view} questionId={undefined} />
    </ApiProvider>
  )
}

const banner = () => screen.queryByRole('region', { name: 'This assessment does not cover Germany' })

describe('a delivery country added after the assessment started', () => {
  test('a draft says so on the questionnaire and the results, and takes the current countries on request', async () => {
    const { api, assessmentId, stored } = await setup('draft')
    const view = show(api, assessmentId, 'questions')
    await screen.findByRole('heading', { level: 1 })
    expect(banner()).toHaveTextContent(
      /Germany was added to the engagement after this assessment started, so it does not apply the Germany profile/
    )
    view.rerender(
      <ApiProvider api={api}>
        <AssessmentScreen id={assessmentId} view="results" questionId={undefined} />
      </ApiProvider>
    )
    await screen.findByRole('heading', { name: 'Overall co-employment risk' })
    expect(banner()).not.toBeNull()
    await userEvent.setup().click(within(banner()!).getByRole('button', { name: 'Apply the engagement’s current countries' }))
    await waitFor(() => expect(banner()).toBeNull())
    expect(stored().profiles).toContain('germany')
    // the button is gone: focus is on what happened
    expect(screen.getByText(/This assessment now applies the Germany profile/)).toHaveFocus()
  })

  test('a signed-off one is not changed: the banner offers a revision, which takes the current countries', async () => {
    const { api, assessmentId, stored, mem } = await setup('final')
    show(api, assessmentId, 'results')
    await screen.findByRole('heading', { name: 'Overall co-employment risk' })
    const b = banner()!
    expect(b).toHaveTextContent(/The signed-off assessment is not changed/)
    expect(within(b).queryByRole('button', { name: /Apply/ })).toBeNull()
    const signed = JSON.stringify(stored())
    await userEvent.setup().click(within(b).getByRole('button', { name: 'Start a revision with the current countries' }))
    await waitFor(() => expect(mem.state.storedDoc().assessments).toHaveLength(2))
    const revision = mem.state.storedDoc().assessments[1]!
    expect(revision).toMatchObject({ status: 'draft', revisionOfId: assessmentId })
    expect(revision.profiles).toContain('germany')
    expect(JSON.stringify(stored())).toBe(signed)
    expect(window.location.hash).toContain(revision.id)
  })

  test('the finalize dialog warns, on the form and on the last confirmation', async () => {
    const { api, assessmentId } = await setup('in-review')
    show(api, assessmentId, 'review')
    const user = userEvent.setup()
    await user.click(await screen.findByRole('button', { name: 'Finalize and sign off…' }))
    const dialog = screen.getByRole('dialog')
    expect(dialog).toHaveTextContent(/This assessment does not cover Germany, added to the engagement after it started/)
    await user.type(within(dialog).getByLabelText('Assessor (vendor manager)'), SIGN_OFF.assessorName)
    await user.type(within(dialog).getByLabelText('Reviewer (counsel or compliance)'), SIGN_OFF.reviewerName)
    await user.click(within(dialog).getByLabelText('We make this attestation.'))
    await user.click(within(dialog).getByRole('button', { name: 'Continue' }))
    await within(dialog).findByRole('button', { name: 'Yes, finalize' })
    expect(dialog).toHaveTextContent(/This assessment does not cover Germany/)
  })
})
