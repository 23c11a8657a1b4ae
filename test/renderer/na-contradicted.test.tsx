import { afterEach, beforeEach, expect, test } from 'vitest'
import { render, screen } from '@testing-library/react'
import { ApiProvider } from '../../renderer/src/hooks/api-context'
import { AssessmentScreen } from '../../renderer/src/screens/AssessmentScreen'
import { fakeApi } from '../helpers/fake-api'
import { engagementFields } from '../helpers/engagement-fields'

beforeEach(() => localStorage.clear())
afterEach(() => localStorage.clear())

/** A German engagement answered as the reviewer found it: leasing in substance, and DE-03 "not applicable". */
async function germanAssessment() {
  const fake = await fakeApi()
  const e = await fake.api.createEngagement({ fields: engagementFields({ deliveryCountries: ['DE'] }) })
  if (!e.ok) throw new Error('engagement')
  const a = await fake.api.startAssessment({ engagementId: e.value.id, kind: 'annual' })
  if (!a.ok) throw new Error('assessment')
  const answers = {
    'SUP-01': { choice: 'direct-occasional' },
    'SUP-02': { choice: 'task-level' },
    'INT-06': { choice: 'in-our-teams' },
    'DE-03': { na: true, naReason: 'No worker is leased: the arrangement is a service contract.' }
  }
  for (const [questionId, answer] of Object.entries(answers)) {
    const saved = await fake.api.saveAnswer({ assessmentId: a.value.id, questionId, answer })
    if (!saved.ok) throw new Error(`answer ${questionId}`)
  }
  return { api: fake.api, assessmentId: a.value.id }
}

test('the questionnaire says under DE-03 that its N/A is contradicted by the German finding, and the Results card says it beside the verdict', async () => {
  const { api, assessmentId } = await germanAssessment()
  const { unmount } = render(
    <ApiProvider api={api}>
      <AssessmentScreen id={assessmentId} view="questions" questionId="DE-03" />
    </ApiProvider>
  )
  expect((await screen.findByTestId('na-contradicted')).textContent).toMatch(
    /^DE-03 is answered not applicable, but “Person-related instructions and integration” fired under the law of Germany/
  )
  unmount()
  render(
    <ApiProvider api={api}>
      <AssessmentScreen id={assessmentId} view="results" questionId={undefined} />
    </ApiProvider>
  )
  expect((await screen.findByTestId('na-contradicted')).textContent).toContain(
    'could fire “An individual leased to you beyond the maximum period” (Critical)'
  )
})
