import { describe, expect, test } from 'vitest'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ApiProvider } from '../../renderer/src/hooks/api-context'
import { AssessmentScreen } from '../../renderer/src/screens/AssessmentScreen'
import { fakeApi } from '../helpers/fake-api'
import { engagementFields } from '../helpers/engagement-fields'
import { SIGN_OFF, value } from '../shared/store-session-fixtures'

/*
 * Signing off on too little information is allowed (an onboarding record may be thin), but never unseen:
 * the review screen does not call open questions "nothing to rule on", and both finalize steps say it.
 */
describe('signing off an assessment with too little answered', () => {
  test('the review says the open questions may decide it, and both finalize steps warn', async () => {
    const { api } = await fakeApi()
    const e = value(await api.createEngagement({ fields: engagementFields({ deliveryCountries: ['PL'] }) }))
    const a = value(await api.startAssessment({ engagementId: e.id, kind: 'annual', title: 'Annual 2026' }))
    value(await api.setAssessmentStatus({ assessmentId: a.id, status: 'in-review' }))
    render(
      <ApiProvider api={api}>
        <AssessmentScreen id={a.id} view="review" questionId={undefined} />
      </ApiProvider>
    )
    expect(
      await screen.findByText(
        /^No finding among the 0 settled answers; \d+ of \d+ questions are still open, and they may decide the result\.$/
      )
    ).toBeTruthy()
    expect(screen.queryByText('No answer carries risk. Nothing to rule on.')).toBeNull()
    // the workflow card says what the result rests on before any verdict is given
    expect(screen.getByTestId('review-insufficient')).toHaveTextContent('Nothing is answered yet: there is no result to review.')
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Finalize and sign off…' }))
    const dialog = screen.getByRole('dialog')
    const warning = /Nothing is answered: signed now, the result stays “Not assessed” in the record and in every report/
    expect(within(dialog).getByTestId('finalize-insufficient')).toHaveTextContent(warning)
    await user.type(within(dialog).getByLabelText('Assessor (vendor manager)'), SIGN_OFF.assessorName)
    await user.type(within(dialog).getByLabelText('Reviewer (counsel or compliance)'), SIGN_OFF.reviewerName)
    await user.click(within(dialog).getByLabelText('We make this attestation.'))
    await user.click(within(dialog).getByRole('button', { name: 'Continue' }))
    await within(dialog).findByRole('button', { name: 'Yes, finalize' })
    expect(within(dialog).getByTestId('finalize-insufficient')).toHaveTextContent(warning)
  })
})

describe('the review of a cycle on carried answers', () => {
  test('says how many questions are settled and how many answers are carried and not confirmed', async () => {
    const { api } = await fakeApi()
    const e = value(await api.createEngagement({ fields: engagementFields({ deliveryCountries: ['PL'] }) }))
    const a = value(await api.startAssessment({ engagementId: e.id, kind: 'annual', title: 'Annual 2026' }))
    value(
      await api.saveAnswer({
        assessmentId: a.id,
        questionId: 'SUP-01',
        answer: { choice: 'vendor-only', contractChoice: 'silent', carried: true }
      })
    )
    value(await api.setAssessmentStatus({ assessmentId: a.id, status: 'in-review' }))
    render(
      <ApiProvider api={api}>
        <AssessmentScreen id={a.id} view="review" questionId={undefined} />
      </ApiProvider>
    )
    expect(await screen.findByTestId('review-insufficient')).toHaveTextContent(
      /^Insufficient information: 0 of \d+ questions are settled, 1 answer is carried forward and not confirmed\. Signed now, the result stays “Insufficient information”\.$/
    )
  })
})
