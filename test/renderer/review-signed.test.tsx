import { describe, expect, test } from 'vitest'
import { render, screen, within } from '@testing-library/react'
import { DEFAULT_BANK } from '@shared/bank/bank-registry'
import { ApiProvider } from '../../renderer/src/hooks/api-context'
import { AssessmentScreen } from '../../renderer/src/screens/AssessmentScreen'
import { fakeApi } from '../helpers/fake-api'
import { engagementFields } from '../helpers/engagement-fields'
import { SIGN_OFF, value } from '../shared/store-session-fixtures'

// two questions every engagement is asked, at their riskiest answers: two findings
const asked = DEFAULT_BANK.questions.filter((q) => !q.showIf && !q.appliesTo && q.format === 'single').slice(0, 2)
const riskiest = (q: (typeof asked)[number]) => [...q.options].sort((a, b) => b.risk - a.risk)[0]!

describe('the review page of a signed-off assessment', () => {
  test('shows what was signed, read-only: each verdict and comment in words, and a finding left without one says so; no empty controls', async () => {
    const { api } = await fakeApi()
    const e = value(await api.createEngagement({ fields: engagementFields() }))
    const a = value(await api.startAssessment({ engagementId: e.id, kind: 'annual', title: 'Annual 2026' }))
    for (const q of asked) value(await api.saveAnswer({ assessmentId: a.id, questionId: q.id, answer: { choice: riskiest(q).id } }))
    value(await api.setAssessmentStatus({ assessmentId: a.id, status: 'in-review' }))
    value(
      await api.setReview({
        assessmentId: a.id,
        questionId: asked[0]!.id,
        verdict: 'to-correct',
        comment: 'Route instructions via team leads.'
      })
    )
    value(await api.finalizeAssessment({ assessmentId: a.id, ...SIGN_OFF }))
    render(
      <ApiProvider api={api}>
        <AssessmentScreen id={a.id} view="review" questionId={undefined} />
      </ApiProvider>
    )
    const reviewed = await screen.findByTestId(`verdict-record-${asked[0]!.id}`)
    expect(reviewed).toHaveTextContent('Reviewer verdictTo correct')
    expect(reviewed).toHaveTextContent('Reviewer commentRoute instructions via team leads.')
    const left = screen.getByTestId(`verdict-record-${asked[1]!.id}`)
    expect(left).toHaveTextContent('Reviewer verdictNone: not reviewed before the sign-off')
    const findings = screen.getByRole('region', { name: /^Findings/ })
    // before: disabled radios and empty comment boxes, which read as a form nobody filled in (vendor-manager review)
    expect(within(findings).queryAllByRole('radio')).toEqual([])
    expect(within(findings).queryAllByRole('textbox')).toEqual([])
  })
})
