import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { act, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ApiProvider } from '../../renderer/src/hooks/api-context'
import { AssessmentScreen } from '../../renderer/src/screens/AssessmentScreen'
import { DEFAULT_BANK } from '@shared/bank/bank-registry'
import type { ArmsLengthApi } from '@shared/ipc/contract'
import { fakeApiWithAssessment } from '../helpers/fake-api'
import type { StoreDoc } from '@shared/store/store-schema'

const followUp = DEFAULT_BANK.questions.find((q) => q.showIf && !q.appliesTo)!
const parent = DEFAULT_BANK.questions.find((q) => q.id === followUp.showIf!.question)!
const trigger = parent.options.find((o) => followUp.showIf!.anyOf.includes(o.id))!
const calm = parent.options.find((o) => !followUp.showIf!.anyOf.includes(o.id))!
// a parent may reveal several follow-ups at once
const revealed = DEFAULT_BANK.questions.filter(
  (q) => !q.appliesTo && q.showIf?.question === parent.id && q.showIf.anyOf.includes(trigger.id)
).length

const setup = () => fakeApiWithAssessment()

function show(api: ArmsLengthApi, assessmentId: string, questionId?: string) {
  return render(
    <ApiProvider api={api}>
      <AssessmentScreen id={assessmentId} view="questions" questionId={questionId} />
    </ApiProvider>
  )
}

function storedAnswers(mem: { state: { storedDoc: () => StoreDoc } }, id: string) {
  const doc = mem.state.storedDoc()
  return doc.assessments.find((a) => a.id === id)?.answers ?? {}
}

describe('questionnaire', () => {
  beforeEach(() => localStorage.clear())
  afterEach(() => localStorage.clear())

  test('a follow-up question appears and disappears as the parent answer changes', async () => {
    const { api, assessmentId } = await setup()
    show(api, assessmentId, parent.id)
    const total = async () => Number((await screen.findByText(/^\d+ of \d+$/)).textContent!.split(' of ')[1])
    const before = await total()
    const user = userEvent.setup()
    await user.click(screen.getByRole('radio', { name: trigger.label }))
    await waitFor(async () => expect(await total()).toBe(before + revealed))
    expect(revealed).toBeGreaterThan(0)
    await user.click(screen.getByRole('radio', { name: calm.label }))
    await waitFor(async () => expect(await total()).toBe(before))
  })

  test('an answer is journaled at once, then saved, and the live score moves', async () => {
    const { api, assessmentId, mem } = await setup()
    show(api, assessmentId, parent.id)
    const risky = [...parent.options].sort((a, b) => b.risk - a.risk)[0]!
    const bandBefore = (await screen.findByTestId('live-band')).textContent
    const writes = vi.spyOn(Storage.prototype, 'setItem')
    await userEvent.setup().click(await screen.findByRole('radio', { name: risky.label }))
    // the journal entry was written (on a loaded machine the save may already have cleared it by now)
    const key = `armslength.pending.${assessmentId}`
    expect(writes.mock.calls.some(([k, v]) => k === key && v.includes(risky.id))).toBe(true)
    writes.mockRestore()
    await waitFor(() => expect(storedAnswers(mem, assessmentId)[parent.id]).toMatchObject({ choice: risky.id }))
    await waitFor(() => expect(localStorage.getItem(`armslength.pending.${assessmentId}`)).toBeNull())
    expect(screen.getByTestId('live-band').textContent).not.toBe(bandBefore)
    expect(screen.getByText('All changes saved')).toBeInTheDocument()
  })

  test('leaving the screen before the save timer fires still saves (flush on unmount)', async () => {
    const { api, assessmentId, mem } = await setup()
    const view = show(api, assessmentId, parent.id)
    await userEvent.setup().click(await screen.findByRole('radio', { name: calm.label }))
    view.unmount()
    await waitFor(() => expect(storedAnswers(mem, assessmentId)[parent.id]).toMatchObject({ choice: calm.id }))
  })

  test('answers journaled but not saved (a reload mid-save) are replayed on open', async () => {
    const { api, assessmentId, mem } = await setup()
    localStorage.setItem(
      `armslength.pending.${assessmentId}`,
      JSON.stringify({ [parent.id]: { answer: { choice: trigger.id, note: 'typed before the reload' } } })
    )
    show(api, assessmentId)
    await waitFor(() =>
      expect(storedAnswers(mem, assessmentId)[parent.id]).toMatchObject({ choice: trigger.id, note: 'typed before the reload' })
    )
    expect(localStorage.getItem(`armslength.pending.${assessmentId}`)).toBeNull()
  })

  test('reopening returns to the question the user was on', async () => {
    const { api, assessmentId } = await setup()
    const view = show(api, assessmentId, followUp.id === parent.id ? undefined : parent.id)
    await screen.findByRole('heading', { level: 2, name: parent.prompt })
    await act(async () => {
      await new Promise((r) => setTimeout(r, 50))
    })
    view.unmount()
    show(api, assessmentId)
    expect(await screen.findByRole('heading', { level: 2, name: parent.prompt })).toBeInTheDocument()
  })
})
