import { describe, expect, test } from 'vitest'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { Assessment } from '@shared/schemas/assessment'
import type { Engagement } from '@shared/schemas/engagement'
import { ApiProvider } from '../../renderer/src/hooks/api-context'
import { AssessmentHistory } from '../../renderer/src/components/AssessmentHistory'
import { followingPeriod, previousTwelveMonths } from '../../renderer/src/period'
import { todayIso } from '../../renderer/src/today'
import { fakeApi } from '../helpers/fake-api'
import { engagementFields } from '../helpers/engagement-fields'

async function setup(withPrevious: boolean) {
  const fake = await fakeApi()
  const e = await fake.api.createEngagement({ fields: engagementFields() })
  if (!e.ok) throw new Error(e.error.message)
  const previous: Assessment[] = []
  if (withPrevious) {
    const a = await fake.api.startAssessment({ engagementId: e.value.id, kind: 'onboarding' })
    if (!a.ok) throw new Error(a.error.message)
    previous.push(a.value)
  }
  fake.calls.length = 0
  return { ...fake, engagement: e.value, previous }
}

function show(api: Awaited<ReturnType<typeof fakeApi>>['api'], engagement: Engagement, assessments: Assessment[]) {
  render(
    <ApiProvider api={api}>
      <AssessmentHistory engagement={engagement} assessments={assessments} />
    </ApiProvider>
  )
  return screen.getByRole('button', { name: 'Start assessment' })
}

const dialog = () => screen.getByRole('dialog', { name: 'Start an assessment' })
const from = () => within(dialog()).getByLabelText('From')
const to = () => within(dialog()).getByLabelText('To')

describe('the start-assessment dialog', () => {
  test('opens from its button; Escape closes it and focus returns to the button; Tab stays inside', async () => {
    const { api, engagement } = await setup(false)
    const user = userEvent.setup()
    const opener = show(api, engagement, [])
    await user.click(opener)
    expect(dialog()).toHaveAttribute('open')
    // round the dialog's controls and back: never onto the page behind it
    within(dialog()).getByRole('button', { name: 'Start' }).focus()
    await user.tab()
    expect(dialog()).toContainElement(document.activeElement as HTMLElement)
    expect(within(dialog()).getByRole('radio', { name: /Onboarding/ })).toHaveFocus()
    await user.tab({ shift: true })
    expect(within(dialog()).getByRole('button', { name: 'Start' })).toHaveFocus()
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(opener).toHaveFocus()
  })

  test('opening puts focus on the checked kind, not the first radio (WAI-ARIA radio group)', async () => {
    const first = await setup(false)
    const user = userEvent.setup()
    await user.click(show(first.api, first.engagement, []))
    // no earlier assessment: onboarding is checked, and it is not the first radio
    const onboarding = within(dialog()).getByRole('radio', { name: /Onboarding/ })
    expect(onboarding).toBeChecked()
    expect(within(dialog()).getAllByRole('radio')[0]).not.toBeChecked()
    expect(onboarding).toHaveFocus()
    // a choice made, cancelled, and the dialog opened again: focus follows what is checked now
    await user.click(within(dialog()).getByRole('radio', { name: /Ad-hoc review/ }))
    await user.keyboard('{Escape}')
    await user.click(screen.getByRole('button', { name: 'Start assessment' }))
    expect(within(dialog()).getByRole('radio', { name: /Ad-hoc review/ })).toHaveFocus()
  })

  test('a half-set period is refused with the shared rule: shown, announced, focused, nothing started', async () => {
    const { api, engagement, calls, mem } = await setup(false)
    const user = userEvent.setup()
    await user.click(show(api, engagement, []))
    // an onboarding review has no default period; an annual one the last twelve months, until the dates are edited
    expect(from()).toHaveValue('')
    await user.click(within(dialog()).getByRole('radio', { name: /Annual self-assessment/ }))
    expect(from()).toHaveValue(previousTwelveMonths(todayIso()).start)
    expect(to()).toHaveValue(previousTwelveMonths(todayIso()).end)
    await user.click(within(dialog()).getByRole('radio', { name: /Onboarding/ }))
    expect(to()).toHaveValue('')
    await user.type(from(), '2026-01-01')
    await user.click(within(dialog()).getByRole('button', { name: 'Start' }))
    const period = within(dialog()).getByRole('group', { name: 'Review period' })
    await waitFor(() => expect(period).toHaveAccessibleDescription('Give both the start and the end of the period, or neither.'))
    expect(from()).toHaveAttribute('aria-invalid', 'true')
    expect(to()).toHaveAttribute('aria-invalid', 'true')
    expect(to()).toHaveFocus()
    expect(calls.map((c) => c.method)).not.toContain('startAssessment')
    // the message follows the edit
    await user.type(to(), '2025-06-30')
    await waitFor(() => expect(period).toHaveAccessibleDescription('The end of the period must be after its start.'))
    await user.clear(to())
    await user.type(to(), '2026-06-30')
    await waitFor(() => expect(period).toHaveAccessibleDescription('Optional for this kind of assessment.'))
    expect(to()).toHaveAttribute('aria-invalid', 'false')
    expect(mem.state.storedDoc().assessments).toHaveLength(0)
  })

  test('Start sends the kind, title and bank, saves the period, and opens the new assessment', async () => {
    const { api, engagement, calls, mem } = await setup(false)
    const user = userEvent.setup()
    await user.click(show(api, engagement, []))
    await user.click(within(dialog()).getByRole('radio', { name: /Ad-hoc review/ }))
    await user.type(within(dialog()).getByLabelText('Title (optional)'), '  After the March incident ')
    await user.type(from(), '2026-03-01')
    await user.type(to(), '2026-03-31')
    await user.click(within(dialog()).getByRole('button', { name: 'Start' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    const start = calls.find((c) => c.method === 'startAssessment')
    expect(start?.req).toEqual({
      engagementId: engagement.id,
      kind: 'adhoc',
      carryForwardFromId: undefined,
      title: 'After the March incident',
      bank: { id: 'armslength-core', version: expect.any(String) }
    })
    const stored = mem.state.storedDoc().assessments
    expect(stored).toHaveLength(1)
    expect(stored[0]).toMatchObject({
      kind: 'adhoc',
      title: 'After the March incident',
      periodStart: '2026-03-01',
      periodEnd: '2026-03-31'
    })
    expect(window.location.hash).toContain(stored[0]!.id)
  })

  test('after a previous assessment: annual over the last twelve months, carried forward; the period follows the kind until edited', async () => {
    const { api, engagement, calls, previous, mem } = await setup(true)
    const user = userEvent.setup()
    await user.click(show(api, engagement, previous))
    expect(within(dialog()).getByRole('radio', { name: /Annual self-assessment/ })).toBeChecked()
    const twelve = previousTwelveMonths(todayIso())
    expect(from()).toHaveValue(twelve.start)
    expect(to()).toHaveValue(twelve.end)
    expect(within(dialog()).getByRole('checkbox', { name: /Carry forward the answers/ })).toBeChecked()
    await user.click(within(dialog()).getByRole('radio', { name: /Onboarding/ }))
    expect(from()).toHaveValue('')
    await user.type(from(), '2026-01-01')
    await user.type(to(), '2026-02-01')
    await user.click(within(dialog()).getByRole('radio', { name: /Annual self-assessment/ }))
    expect(from()).toHaveValue('2026-01-01')
    await user.click(within(dialog()).getByRole('button', { name: 'Start' }))
    await waitFor(() => expect(mem.state.storedDoc().assessments).toHaveLength(2))
    expect(calls.find((c) => c.method === 'startAssessment')?.req).toMatchObject({
      kind: 'annual',
      carryForwardFromId: previous[0]!.id,
      title: 'Annual self-assessment 2026'
    })
    expect(mem.state.storedDoc().assessments[1]).toMatchObject({ periodStart: '2026-01-01', periodEnd: '2026-02-01' })
  })

  test('the period hint says what the fields hold: after a cycle with a period, that the dates follow on from it', async () => {
    const { api, engagement, previous } = await setup(true)
    const a = previous[0]!
    const d = await api.updateAssessmentDetails({
      assessmentId: a.id,
      title: a.title,
      periodStart: '2025-01-01',
      periodEnd: '2025-12-31',
      assessorName: a.assessorName,
      reviewerName: a.reviewerName
    })
    if (!d.ok) throw new Error(d.error.message)
    const user = userEvent.setup()
    await user.click(show(api, engagement, [d.value]))
    const period = within(dialog()).getByRole('group', { name: 'Review period' })
    const next = followingPeriod('2025-12-31', todayIso())
    expect(from()).toHaveValue(next.start)
    expect(to()).toHaveValue(next.end)
    // it said "The last twelve months by default." over these dates (vendor-manager review)
    expect(period).toHaveAccessibleDescription('Follows on from the previous assessment, whose period ended 31 Dec 2025.')
    await user.click(within(dialog()).getByRole('radio', { name: /Onboarding/ }))
    expect(period).toHaveAccessibleDescription('Optional for this kind of assessment.')
    await user.type(from(), '2026-01-01')
    await user.click(within(dialog()).getByRole('radio', { name: /Annual self-assessment/ }))
    expect(period).toHaveAccessibleDescription('The dates you set: both, or neither.')
  })
})
