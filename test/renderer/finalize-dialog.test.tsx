import { describe, expect, test } from 'vitest'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { DEFAULT_BANK } from '@shared/bank/bank-registry'
import { ApiProvider } from '../../renderer/src/hooks/api-context'
import { AssessmentScreen } from '../../renderer/src/screens/AssessmentScreen'
import { fakeApi } from '../helpers/fake-api'
import { todayIso } from '../../renderer/src/today'
import { hrefFor } from '../../renderer/src/hooks/use-hash-route'
import { formatDate } from '../../renderer/src/format'
import { shortTitle } from '../../renderer/src/screens/assessment/work-queue'
import { promptFor } from '@shared/bank/wording'
import { scoreStoredAssessment } from '@shared/workflow/score-stored'
import { engagementFields } from '../helpers/engagement-fields'

// the riskiest answer to a question every engagement is asked: a finding, which has no verdict yet
const asked = DEFAULT_BANK.questions.find((q) => !q.showIf && !q.appliesTo && q.format === 'single')!
const riskiest = [...asked.options].sort((a, b) => b.risk - a.risk)[0]!

async function setup(answer: { choice: string; carried?: true } = { choice: riskiest.id }) {
  const fake = await fakeApi()
  const e = await fake.api.createEngagement({ fields: engagementFields() })
  if (!e.ok) throw new Error(e.error.message)
  const a = await fake.api.startAssessment({ engagementId: e.value.id, kind: 'annual', title: 'Annual 2026' })
  if (!a.ok) throw new Error(a.error.message)
  const saved = await fake.api.saveAnswer({ assessmentId: a.value.id, questionId: asked.id, answer })
  if (!saved.ok) throw new Error(saved.error.message)
  const sent = await fake.api.setAssessmentStatus({ assessmentId: a.value.id, status: 'in-review' })
  if (!sent.ok) throw new Error(sent.error.message)
  fake.calls.length = 0
  render(
    <ApiProvider api={fake.api}>
      <AssessmentScreen id={a.value.id} view="review" questionId={undefined} />
    </ApiProvider>
  )
  const opener = await screen.findByRole('button', { name: 'Finalize and sign off…' })
  const stored = () => fake.mem.state.storedDoc().assessments.find((x) => x.id === a.value.id)!
  return { ...fake, opener, stored }
}

const dialog = () => screen.getByRole('dialog')
const field = (label: string | RegExp) => within(dialog()).getByLabelText(label)

describe('the finalize dialog', () => {
  test('opens from its button; Escape closes it and focus returns to the button; Tab stays inside', async () => {
    const { opener } = await setup()
    const user = userEvent.setup()
    await user.click(opener)
    expect(screen.getByRole('dialog', { name: 'Finalize and sign off' })).toHaveAttribute('open')
    within(dialog()).getByRole('button', { name: 'Continue' }).focus()
    await user.tab()
    // the first stop is the list of unanswered questions under the coverage warning, then the first field
    expect(within(dialog()).getByTestId('finalize-unanswered').querySelector('summary')).toHaveFocus()
    await user.tab()
    expect(field('Assessor (vendor manager)')).toHaveFocus()
    await user.tab({ shift: true })
    await user.tab({ shift: true })
    expect(within(dialog()).getByRole('button', { name: 'Continue' })).toHaveFocus()
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(opener).toHaveFocus()
  })

  test('Continue with problems: each is shown on its field and announced, focus goes to the first, nothing is signed', async () => {
    const { opener, calls, stored } = await setup()
    const user = userEvent.setup()
    await user.click(opener)
    await user.click(within(dialog()).getByRole('button', { name: 'Continue' }))
    const assessor = field('Assessor (vendor manager)')
    await waitFor(() => expect(assessor).toHaveFocus())
    expect(assessor).toHaveAttribute('aria-invalid', 'true')
    expect(assessor).toHaveAccessibleDescription('The assessor’s name is required')
    expect(field('Reviewer (counsel or compliance)')).toHaveAccessibleDescription('The reviewer’s name is required')
    expect(field('Why these findings were not reviewed')).toHaveAccessibleDescription(
      expect.stringContaining('Give each finding a verdict, or say why these were not reviewed')
    )
    expect(field('We make this attestation.')).toHaveAccessibleDescription('Tick to confirm the attestation')

    // the same person twice, once with a zero-width space and other spacing and case: the service's rule (NFKC, invisible characters)
    await user.type(assessor, 'Ana Lopez')
    await user.type(field('Reviewer (counsel or compliance)'), 'ANA  lopez\u200b')
    await waitFor(() =>
      expect(field('Reviewer (counsel or compliance)')).toHaveAccessibleDescription(
        'The reviewer must be a different person from the assessor'
      )
    )
    expect(assessor).toHaveAttribute('aria-invalid', 'false')

    // half a period, and counsel's direction without a name or date
    await user.type(field('From'), '2026-01-01')
    await user.click(field('This assessment was prepared at the direction of counsel'))
    await user.click(within(dialog()).getByRole('button', { name: 'Continue' }))
    await waitFor(() => expect(field('Reviewer (counsel or compliance)')).toHaveFocus())
    expect(field('From')).toHaveAccessibleDescription('Give both the start and the end of the period, or neither.')
    expect(field('To')).toHaveAttribute('aria-invalid', 'true')
    expect(field('Counsel who directed it')).toHaveAccessibleDescription('Name the counsel who directed the assessment')
    expect(field('Date of the direction')).toHaveAccessibleDescription('Give the date of counsel’s direction')

    // clearing the attestation is a problem too
    await user.clear(field('Attestation'))
    await user.click(within(dialog()).getByRole('button', { name: 'Continue' }))
    await waitFor(() => expect(field('Attestation')).toHaveAccessibleDescription('The attestation is required'))

    expect(screen.queryByRole('dialog', { name: 'Finalize now?' })).toBeNull()
    expect(calls.map((c) => c.method)).not.toContain('finalizeAssessment')
    expect(stored().status).toBe('in-review')
  })

  test('valid: Continue asks once more with "Go back" focused; "Yes, finalize" signs it with what was typed', async () => {
    const { opener, calls, stored } = await setup()
    const user = userEvent.setup()
    await user.click(opener)
    await user.type(field('Assessor (vendor manager)'), 'Ana Lopez')
    await user.type(field('Reviewer (counsel or compliance)'), 'Jan Nowak')
    // a period ended by the service's day of signing (the test clock's 25 Nov 2026)
    await user.type(field('From'), '2025-11-21')
    await user.type(field('To'), '2026-11-20')
    await user.click(field('This assessment was prepared at the direction of counsel'))
    await user.type(field('Counsel who directed it'), ' Maria Silva ')
    await user.type(field('Date of the direction'), '2026-11-02')
    await user.type(field('Why these findings were not reviewed'), 'Reviewer on leave')
    await user.click(field('We make this attestation.'))
    const proceed = within(dialog()).getByRole('button', { name: 'Continue' })
    await user.click(proceed)

    const back = await within(dialog()).findByRole('button', { name: 'Go back' })
    expect(screen.getByRole('dialog', { name: 'Finalize now?' })).toBeTruthy()
    expect(back).toHaveFocus()
    // going back keeps what was typed and returns to Continue
    await user.click(back)
    expect(within(dialog()).getByRole('button', { name: 'Continue' })).toHaveFocus()
    expect(field('Counsel who directed it')).toHaveValue(' Maria Silva ')
    await user.click(within(dialog()).getByRole('button', { name: 'Continue' }))
    await user.click(await within(dialog()).findByRole('button', { name: 'Yes, finalize' }))

    await waitFor(() => expect(stored().status).toBe('final'))
    expect(calls.find((c) => c.method === 'finalizeAssessment')?.req).toEqual({
      assessmentId: stored().id,
      assessorName: 'Ana Lopez',
      reviewerName: 'Jan Nowak',
      attestation: expect.stringMatching(/^We confirm that the answers/),
      notReviewedReason: 'Reviewer on leave',
      counselDirection: { name: 'Maria Silva', date: '2026-11-02' }
    })
    expect(stored()).toMatchObject({
      periodStart: '2025-11-21',
      periodEnd: '2026-11-20',
      counselDirection: { name: 'Maria Silva', date: '2026-11-02' },
      signOff: {
        assessorName: 'Ana Lopez',
        reviewerName: 'Jan Nowak',
        notReviewed: { questionIds: [asked.id], reason: 'Reviewer on leave' }
      }
    })
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
  })

  test('a review period ending after today is refused on its end date, which takes focus and names today', async () => {
    const { opener, calls } = await setup()
    const user = userEvent.setup()
    await user.click(opener)
    await user.type(field('Assessor (vendor manager)'), 'Ana Lopez')
    await user.type(field('Reviewer (counsel or compliance)'), 'Jan Nowak')
    await user.type(field('Why these findings were not reviewed'), 'Reviewer on leave')
    await user.click(field('We make this attestation.'))
    const today = todayIso()
    const [y, m, d] = today.split('-').map(Number) as [number, number, number]
    const tomorrow = new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10)
    await user.type(field('From'), '2025-01-01')
    await user.type(field('To'), tomorrow)
    await user.click(within(dialog()).getByRole('button', { name: 'Continue' }))
    const to = field('To')
    await waitFor(() => expect(to).toHaveFocus())
    expect(to).toHaveAttribute('aria-invalid', 'true')
    expect(to).toHaveAccessibleDescription(
      `The review period cannot end after today (${formatDate(today)}): a sign-off attests to a period that has ended. Set “To” to today or an earlier date.`
    )
    expect(field('From')).toHaveAttribute('aria-invalid', 'false')
    expect(screen.queryByRole('dialog', { name: 'Finalize now?' })).toBeNull()
    // ending today is allowed: the message goes as the date is corrected, and Continue goes on
    await user.clear(to)
    await user.type(to, today)
    await waitFor(() => expect(to).toHaveAttribute('aria-invalid', 'false'))
    expect(within(dialog()).queryByText(/cannot end after today/)).toBeNull()
    await user.click(within(dialog()).getByRole('button', { name: 'Continue' }))
    expect(await within(dialog()).findByRole('button', { name: 'Yes, finalize' })).toBeTruthy()
    expect(calls.map((c) => c.method)).not.toContain('finalizeAssessment')
  })

  test('lists the unanswered questions by id and short title, those that could decide the result first, under their own heading', async () => {
    const { opener, stored } = await setup()
    const user = userEvent.setup()
    await user.click(opener)
    const a = stored()
    const scored = scoreStoredAssessment(a, [DEFAULT_BANK])
    if (!scored.ok) throw new Error(scored.error.message)
    const { result } = scored.value
    const open = result.lines.filter((l) => l.status === 'unanswered' || l.status === 'partial').map((l) => l.questionId)
    const deciding = open.filter((id) => result.sufficiency.decisiveUnanswered.includes(id))
    const others = open.filter((id) => !deciding.includes(id))
    // the fixture is thin: some open questions could decide it and some could not, so the order is tested
    expect(deciding.length).toBeGreaterThan(0)
    expect(others.length).toBeGreaterThan(0)
    expect(open).not.toContain(asked.id)

    const details = within(dialog()).getByTestId('finalize-unanswered')
    expect(details.tagName).toBe('DETAILS')
    expect(details.querySelector('summary')).toHaveTextContent(
      `${open.length} questions are unanswered, ${deciding.length} of which could decide the result`
    )
    const headings = within(details).getAllByRole('heading', { hidden: true })
    expect(headings.map((h) => h.textContent)).toEqual([`Could decide the result (${deciding.length})`, `The others (${others.length})`])
    const lists = within(details).getAllByRole('list', { hidden: true })
    const idsIn = (list: HTMLElement) =>
      within(list)
        .getAllByRole('link', { hidden: true })
        .map((l) => l.textContent)
    expect(lists.map(idsIn)).toEqual([deciding, others])
    for (const li of within(details).getAllByRole('listitem', { hidden: true })) {
      const q = DEFAULT_BANK.questions.find((x) => li.textContent?.startsWith(`${x.id}:`))!
      expect(li).toHaveTextContent(`${q.id}: ${shortTitle(promptFor(q, a.kind))}`)
    }
    // a link goes to the question and closes the dialog
    const first = within(lists[0]!).getAllByRole('link', { hidden: true })[0]!
    expect(first).toHaveAttribute('href', hrefFor({ name: 'assessment', id: a.id, view: 'questions', questionId: deciding[0] }))
    await user.click(details.querySelector('summary')!)
    await user.click(first)
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
  })
})

describe('the unconfirmed answers say how the bank counts them (DECISIONS 222)', () => {
  test('under the current bank a carried answer is not counted as settled, and the dialog says so', async () => {
    const { opener, stored } = await setup({ choice: riskiest.id, carried: true })
    expect(stored().answers[asked.id]?.carried).toBe(true)
    const user = userEvent.setup()
    await user.click(opener)
    const details = within(dialog()).getByText(/unconfirmed \(carried forward and not/)
    expect(details.closest('details')?.textContent).toContain('They are scored but not counted as settled')
    // each named as the unanswered list names them: a link to the question, its short title and what it is
    const item = within(details.closest('details')!).getByRole('link', { name: asked.id }).closest('li')
    expect(item?.textContent).toBe(`${asked.id}: ${shortTitle(promptFor(asked, 'annual'))} (carried forward)`)
  })
})
