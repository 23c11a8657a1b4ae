import { describe, expect, test } from 'vitest'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ApiProvider } from '../../renderer/src/hooks/api-context'
import { AssessmentScreen } from '../../renderer/src/screens/AssessmentScreen'
import type { AssessmentView } from '../../renderer/src/hooks/use-hash-route'
import { DEFAULT_BANK } from '@shared/bank/bank-registry'
import { NA_REASON_REQUIRED } from '@shared/schemas/answer-rules'
import type { ArmsLengthApi } from '@shared/ipc/contract'
import { fakeApiWithAssessment } from '../helpers/fake-api'
import { AssessmentHistory } from '../../renderer/src/components/AssessmentHistory'

// a question every engagement is asked that allows N/A, and the one after it
const withNa = DEFAULT_BANK.questions.find((q) => q.naAllowed && !q.showIf && !q.appliesTo)!
const other = DEFAULT_BANK.questions.find((q) => q !== withNa && !q.showIf && !q.appliesTo)!

const setup = () => fakeApiWithAssessment()

function screenFor(api: ArmsLengthApi, assessmentId: string, view: AssessmentView, questionId?: string) {
  return (
    <ApiProvider api={api}>
      <AssessmentScreen id={assessmentId} view={view} questionId={questionId} />
    </ApiProvider>
  )
}

const notice = () => screen.queryByRole('region', { name: /^Not saved: 1 answer marked not applicable without a reason/ })

describe('an N/A without a reason', () => {
  test('is not dropped unseen: leaving the question, the view or the assessment, it stays listed as not saved and kept', async () => {
    const { api, assessmentId, mem } = await setup()
    const user = userEvent.setup()
    const view = render(screenFor(api, assessmentId, 'questions', withNa.id))
    await user.click(await screen.findByLabelText('Not applicable to this engagement'))
    // on the question: the card's own error, no list (it would repeat it); the status says it is not saved
    expect(screen.getByLabelText('Why it does not apply (required)')).toHaveAccessibleDescription(
      `${NA_REASON_REQUIRED}; until then the N/A is not saved and the question counts as unanswered.`
    )
    expect(notice()).toBeNull()
    await waitFor(() =>
      expect(screen.getByText('Not saved: 1 answer marked not applicable without a reason')).toHaveAttribute('role', 'status')
    )

    // the next question: the list names it, with a link back
    view.rerender(screenFor(api, assessmentId, 'questions', other.id))
    await screen.findByRole('heading', { level: 2, name: other.prompt })
    expect(within(notice()!).getByRole('link', { name: `Give the reason for ${withNa.id}` })).toBeInTheDocument()
    expect(notice()).toHaveTextContent(NA_REASON_REQUIRED)

    // the results
    view.rerender(screenFor(api, assessmentId, 'results'))
    await screen.findByRole('heading', { name: 'Overall co-employment risk' })
    expect(notice()).not.toBeNull()

    // the assessment left and opened again: still there, and the question shows it ticked with its error
    view.unmount()
    const again = render(screenFor(api, assessmentId, 'questions', other.id))
    await screen.findByRole('heading', { level: 2, name: other.prompt })
    expect(notice()).not.toBeNull()
    expect(mem.state.storedDoc().assessments[0]!.answers[withNa.id]?.na).toBeUndefined()

    // the link lands on the reason field; a reason saves the N/A and the list goes
    await user.click(within(notice()!).getByRole('link', { name: `Give the reason for ${withNa.id}` }))
    again.rerender(screenFor(api, assessmentId, 'questions', withNa.id))
    const reason = await screen.findByLabelText('Why it does not apply (required)')
    expect(screen.getByLabelText('Not applicable to this engagement')).toBeChecked()
    await waitFor(() => expect(reason).toHaveFocus())
    await user.type(reason, 'No staff on site')
    await waitFor(() =>
      expect(mem.state.storedDoc().assessments[0]!.answers[withNa.id]).toMatchObject({ na: true, naReason: 'No staff on site' })
    )
    again.rerender(screenFor(api, assessmentId, 'results'))
    await screen.findByRole('heading', { name: 'Overall co-employment risk' })
    expect(notice()).toBeNull()
    expect(localStorage.getItem(`armslength.na-drafts.${assessmentId}`)).toBeNull()
    await waitFor(() => expect(screen.getByText('All changes saved')).toHaveAttribute('role', 'status'))
  })

  test('unticking N/A forgets the draft', async () => {
    const { api, assessmentId } = await setup()
    const user = userEvent.setup()
    const view = render(screenFor(api, assessmentId, 'questions', withNa.id))
    const na = await screen.findByLabelText('Not applicable to this engagement')
    await user.click(na)
    expect(localStorage.getItem(`armslength.na-drafts.${assessmentId}`)).toContain(withNa.id)
    await user.click(na)
    expect(localStorage.getItem(`armslength.na-drafts.${assessmentId}`)).toBeNull()
    view.rerender(screenFor(api, assessmentId, 'results'))
    await screen.findByRole('heading', { name: 'Overall co-employment risk' })
    expect(notice()).toBeNull()
  })

  test('finalizing waits for it: the dialog names each with a link to its reason, and offers no way to sign', async () => {
    const { api, assessmentId } = await setup()
    const user = userEvent.setup()
    const view = render(screenFor(api, assessmentId, 'questions', withNa.id))
    await user.click(await screen.findByLabelText('Not applicable to this engagement'))
    view.rerender(screenFor(api, assessmentId, 'review'))
    await user.click(await screen.findByRole('button', { name: 'Send for review' }))
    await user.click(await screen.findByRole('button', { name: 'Finalize and sign off…' }))
    const dialog = screen.getByRole('dialog', { name: 'Finalize and sign off' })
    const listed = within(dialog).getByRole('region', { name: /^Not saved: 1 answer marked not applicable without a reason/ })
    expect(listed).toHaveTextContent('cannot be signed off until each has its reason')
    const link = within(listed).getByRole('link', { name: `Give the reason for ${withNa.id}` })
    expect(link).toHaveAttribute('href', `#/assessments/${assessmentId}/questions/${withNa.id}`)
    // nothing to sign with: no names, no Continue, only the way out
    expect(within(dialog).queryByLabelText('Assessor (vendor manager)')).toBeNull()
    expect(
      within(dialog)
        .getAllByRole('button')
        .map((b) => b.textContent)
    ).toEqual(['Close'])
    // following the link closes the dialog
    await user.click(link)
    expect(dialog).not.toHaveAttribute('open')

    // the reason given, the dialog asks for the sign-off as before
    view.rerender(screenFor(api, assessmentId, 'questions', withNa.id))
    await user.type(await screen.findByLabelText('Why it does not apply (required)'), 'No staff on site')
    view.rerender(screenFor(api, assessmentId, 'review'))
    await user.click(await screen.findByRole('button', { name: 'Finalize and sign off…' }))
    expect(within(screen.getByRole('dialog', { name: 'Finalize and sign off' })).getByLabelText('Assessor (vendor manager)')).toBeVisible()
  })

  test("the engagement's assessment history says so on the assessment's row, with a link to the reason", async () => {
    const { api, assessmentId } = await setup()
    const user = userEvent.setup()
    const view = render(screenFor(api, assessmentId, 'questions', withNa.id))
    await user.click(await screen.findByLabelText('Not applicable to this engagement'))
    view.unmount()
    const listed = await api.listAssessments({})
    if (!listed.ok) throw new Error(listed.error.message)
    const engagement = await api.listEngagements()
    if (!engagement.ok) throw new Error(engagement.error.message)
    const history = render(
      <ApiProvider api={api}>
        <AssessmentHistory engagement={engagement.value[0]!} assessments={listed.value} />
      </ApiProvider>
    )
    const row = screen.getByRole('row', { name: /Annual/ })
    const link = within(row).getByRole('link', { name: 'Not saved: 1 answer marked not applicable without a reason' })
    expect(link).toHaveAttribute('href', `#/assessments/${assessmentId}/questions/${withNa.id}`)
    // the reason given elsewhere (the draft gone): the row says nothing
    localStorage.removeItem(`armslength.na-drafts.${assessmentId}`)
    history.rerender(
      <ApiProvider api={api}>
        <AssessmentHistory engagement={engagement.value[0]!} assessments={listed.value} />
      </ApiProvider>
    )
    expect(within(screen.getByRole('row', { name: /Annual/ })).queryByRole('link', { name: /Not saved/ })).toBeNull()
  })
})
