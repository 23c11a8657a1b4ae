import { afterEach, beforeEach, expect, test } from 'vitest'
import { render, screen } from '@testing-library/react'
import { CORE_BANK } from '@shared/bank/core-bank'
import { ApiProvider } from '../../renderer/src/hooks/api-context'
import { BanksProvider } from '../../renderer/src/hooks/banks-context'
import { AssessmentScreen } from '../../renderer/src/screens/AssessmentScreen'
import { fakeApi } from '../helpers/fake-api'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Assessment } from '@shared/schemas/assessment'
import { germanyAsIn2026_3 } from '../helpers/example-report'

beforeEach(() => localStorage.clear())
afterEach(() => localStorage.clear())

/**
 * A German engagement answered as the reviewer found it, under bank 2026.3 (2026.4 no longer offers DE-03's N/A,
 * but assessments pinned to 2026.3 keep it): the German example imported with DE-03 "not applicable".
 */
async function germanAssessment() {
  const fake = await fakeApi()
  const file = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../docs/examples/germany-client-instructions.json'), 'utf8')) as {
    assessments: Assessment[]
  }
  const text = JSON.stringify({ ...file, assessments: file.assessments.map(germanyAsIn2026_3) })
  const applied = await fake.api.applyImport({ text, decisions: {} })
  if (!applied.ok) throw new Error(applied.error.message)
  const id = file.assessments.at(-1)?.id
  if (!id) throw new Error('assessment')
  return { api: fake.api, assessmentId: id }
}

test('the questionnaire says under DE-03 that its N/A is contradicted by the German finding, and the Results card says it beside the verdict', async () => {
  const { api, assessmentId } = await germanAssessment()
  const { unmount } = render(
    <ApiProvider api={api}>
      <BanksProvider initial={[CORE_BANK]}>
        <AssessmentScreen id={assessmentId} view="questions" questionId="DE-03" />
      </BanksProvider>
    </ApiProvider>
  )
  expect((await screen.findByTestId('na-contradicted')).textContent).toMatch(
    /^DE-03 is answered not applicable, but “Person-related instructions and integration” fired under the law of Germany/
  )
  unmount()
  render(
    <ApiProvider api={api}>
      <BanksProvider initial={[CORE_BANK]}>
        <AssessmentScreen id={assessmentId} view="results" questionId={undefined} />
      </BanksProvider>
    </ApiProvider>
  )
  expect((await screen.findByTestId('na-contradicted')).textContent).toContain(
    'could fire “An individual leased to you beyond the maximum period” (Critical)'
  )
})
