import { expect, test } from 'vitest'
import { render, screen } from '@testing-library/react'
import { ApiProvider } from '../../renderer/src/hooks/api-context'
import { BanksProvider } from '../../renderer/src/hooks/banks-context'
import { AssessmentHistory } from '../../renderer/src/components/AssessmentHistory'
import { fakeApi } from '../helpers/fake-api'
import { BUILTIN_BANKS } from '../fixtures/builtin-banks'
import { readExampleEngagement } from '../helpers/example-report'
import type { Assessment } from '@shared/schemas/assessment'

async function lede(assessments: 'none' | 'draft only'): Promise<string> {
  const { engagement, assessments: all } = readExampleEngagement('germany-client-instructions.json')
  const drafts = all.filter((a) => !a.signOff)
  expect(drafts.length).toBeGreaterThan(0)
  const { api } = await fakeApi()
  render(
    <ApiProvider api={api}>
      <BanksProvider initial={BUILTIN_BANKS}>
        <AssessmentHistory engagement={engagement} assessments={assessments === 'none' ? [] : drafts} />
      </BanksProvider>
    </ApiProvider>
  )
  return screen.getByText(/Next assessment due/).textContent ?? ''
}

test('an engagement with a draft under way is not called "not assessed yet" (vendor-manager review)', async () => {
  const text = await lede('draft only')
  expect(text).toContain('no signed-off assessment yet')
  expect(text).not.toContain('not assessed yet')
})

test('an engagement with no assessment at all is "not assessed yet"', async () => {
  expect(await lede('none')).toContain('not assessed yet')
})

async function historyOf(file: string, change: (a: Assessment) => Assessment = (a) => a) {
  const { engagement, assessments } = readExampleEngagement(file)
  const { api } = await fakeApi()
  render(
    <ApiProvider api={api}>
      <BanksProvider initial={BUILTIN_BANKS}>
        <AssessmentHistory engagement={engagement} assessments={assessments.map(change)} />
      </BanksProvider>
    </ApiProvider>
  )
}

test('a last final signed on too little information is said beside the due date (vendor-manager review)', async () => {
  // the example's finals with most answers gone: what a sign-off at 20 % coverage leaves
  await historyOf('managed-contact-centre.json', (a) =>
    a.status === 'final' ? { ...a, answers: Object.fromEntries(Object.entries(a.answers).slice(0, 5)) } : a
  )
  expect(screen.getByTestId('signed-thin').textContent).toMatch(/^The last signed-off assessment was signed on too little information/)
})

test('a last final on enough information has no such note', async () => {
  await historyOf('managed-contact-centre.json')
  expect(screen.queryByTestId('signed-thin')).toBeNull()
})
