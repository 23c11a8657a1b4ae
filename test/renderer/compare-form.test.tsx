import { describe, expect, test } from 'vitest'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { Assessment } from '@shared/schemas/assessment'
import { ApiProvider } from '../../renderer/src/hooks/api-context'
import { AssessmentHistory } from '../../renderer/src/components/AssessmentHistory'
import { parseRoute } from '../../renderer/src/hooks/use-hash-route'
import { fakeApi } from '../helpers/fake-api'
import { engagementFields } from '../helpers/engagement-fields'

describe('compare two assessments', () => {
  test('the last two are chosen; the same one twice cannot be compared; Compare opens the comparison', async () => {
    const fake = await fakeApi()
    const e = await fake.api.createEngagement({ fields: engagementFields() })
    if (!e.ok) throw new Error(e.error.message)
    const started: Assessment[] = []
    for (const kind of ['onboarding', 'annual', 'adhoc'] as const) {
      const a = await fake.api.startAssessment({ engagementId: e.value.id, kind, title: kind })
      if (!a.ok) throw new Error(a.error.message)
      started.push(a.value)
    }
    render(
      <ApiProvider api={fake.api}>
        <AssessmentHistory engagement={e.value} assessments={started} />
      </ApiProvider>
    )
    const user = userEvent.setup()
    const earlier = screen.getByLabelText('Earlier')
    const later = screen.getByLabelText('Later')
    expect(earlier).toHaveValue(started[1]!.id)
    expect(later).toHaveValue(started[2]!.id)
    const compare = screen.getByRole('button', { name: 'Compare' })
    await user.selectOptions(earlier, started[2]!.id)
    expect(compare).toBeDisabled()
    await user.selectOptions(earlier, started[0]!.id)
    expect(compare).toBeEnabled()
    await user.click(compare)
    expect(parseRoute(window.location.hash)).toEqual({ name: 'compare', engagementId: e.value.id, a: started[0]!.id, b: started[2]!.id })
  })
})
