import { render } from '@testing-library/react'
import type { ArmsLengthApi } from '@shared/ipc/contract'
import { ApiProvider } from '../../renderer/src/hooks/api-context'
import type { AssessmentView } from '../../renderer/src/hooks/use-hash-route'
import { AssessmentScreen } from '../../renderer/src/screens/AssessmentScreen'
import { engagementFields } from './engagement-fields'

/** The assessment screen of `id`, on `view`, over this API: what the component tests of its banners and buttons render. */
export function showAssessment(api: ArmsLengthApi, id: string, view: AssessmentView) {
  return render(
    <ApiProvider api={api}>
      <AssessmentScreen id={id} view={view} questionId={undefined} />
    </ApiProvider>
  )
}

/** A new engagement delivered from Poland (no profile) and an assessment of it started, through the API. */
export async function startedAssessment(api: ArmsLengthApi, kind: 'annual' | 'onboarding' = 'annual') {
  const e = await api.createEngagement({ fields: engagementFields({ deliveryCountries: ['PL'] }) })
  if (!e.ok) throw new Error(e.error.message)
  const a = await api.startAssessment({ engagementId: e.value.id, kind })
  if (!a.ok) throw new Error(a.error.message)
  return { engagementId: e.value.id, assessmentId: a.value.id }
}
