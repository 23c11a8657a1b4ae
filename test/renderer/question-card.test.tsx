import { describe, expect, test, vi } from 'vitest'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { QuestionCard } from '../../renderer/src/screens/assessment/QuestionCard'
import { DEFAULT_BANK } from '@shared/bank/bank-registry'
import type { Answer } from '@shared/schemas/assessment'
import type { AssessmentKind } from '@shared/bank/vocabulary'

const dual = DEFAULT_BANK.questions.find((q) => q.format === 'contract-and-practice')!
const withNa = DEFAULT_BANK.questions.find((q) => q.naAllowed && q.format === 'single')!

function Harness({
  question,
  kind = 'annual',
  initial = {},
  appliedProfiles = [],
  nextHref = null,
  onChange
}: {
  question: typeof dual
  kind?: AssessmentKind
  appliedProfiles?: readonly string[]
  initial?: Answer
  nextHref?: string | null
  onChange: (a: Answer) => void
}) {
  const [answer, setAnswer] = useState<Answer>(initial)
  return (
    <QuestionCard
      bank={DEFAULT_BANK}
      question={question}
      kind={kind}
      appliedProfiles={appliedProfiles}
      answer={answer}
      nextHref={nextHref}
      readOnly={false}
      position={{ index: 1, total: 5, sectionTitle: 'Section' }}
      onChange={(a) => {
        setAnswer(a)
        onChange(a)
      }}
    />
  )
}

describe('question card', () => {
  test('choosing an answer that says the fact is not known says the question stays open (vendor-manager review)', async () => {
    const mx02 = DEFAULT_BANK.questions.find((q) => q.id === 'MX-02')!
    const unknown = mx02.options.find((o) => o.unknown === true)!
    render(<Harness question={mx02} appliedProfiles={['mexico']} onChange={() => undefined} />)
    expect(screen.queryByTestId('unknown-answer')).toBeNull()
    await userEvent.setup().click(screen.getByRole('radio', { name: unknown.label }))
    expect(screen.getByTestId('unknown-answer').textContent).toContain('the question stays open')
  })

  test('a contract-and-practice question asks both, as two named radio groups', async () => {
    const onChange = vi.fn()
    render(<Harness question={dual} onChange={onChange} />)
    const contract = screen.getByRole('group', { name: /What the contract says/ })
    const practice = screen.getByRole('group', { name: /What happens in practice/ })
    const user = userEvent.setup()
    await user.click(within(contract).getAllByRole('radio')[0]!)
    await user.click(within(practice).getAllByRole('radio').at(-1)!)
    expect(onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ contractChoice: dual.contract!.options[0]!.id, choice: dual.options.at(-1)!.id })
    )
  })

  test('onboarding speaks of what is planned', () => {
    render(<Harness question={dual} kind="onboarding" onChange={() => undefined} />)
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(dual.plannedPrompt)
  })

  test('"why this matters" shows the help text and the cited legal factors with sources', async () => {
    render(<Harness question={dual} onChange={() => undefined} />)
    await userEvent.setup().click(screen.getByText('Why this matters'))
    expect(screen.getByText(dual.help)).toBeVisible()
    const factor = DEFAULT_BANK.factors.find((f) => f.id === dual.factors[0])!
    expect(screen.getByText(`${factor.title}.`)).toBeVisible()
  })

  test('PH-02 under Philippine law cites the Philippine authorities its factors give, not US or German ones, as the report does (bank 2026.7)', async () => {
    const ph02 = DEFAULT_BANK.questions.find((q) => q.id === 'PH-02')!
    render(<Harness question={ph02} appliedProfiles={['philippines']} onChange={() => undefined} />)
    await userEvent.setup().click(screen.getByText('Why this matters'))
    expect(screen.getByText(/^Under Article 106 of the Labor Code of the Philippines and DOLE Department Order 174/)).toBeVisible()
    const sources = screen.getAllByText(/^Sources:/).map((s) => s.textContent ?? '')
    const all = sources.join('\n')
    expect(all).toContain('Labor Code of the Philippines, Articles 106 to 109')
    expect(all).toContain('DOLE Department Order No. 174')
    expect(all).not.toMatch(/Zheng|Salinas|Butler|Rev\. Rul|Landesarbeitsgericht|LAG/)
  })

  test('with no profile applied, a factor cites every source it rests on (general principles)', async () => {
    render(<Harness question={dual} onChange={() => undefined} />)
    await userEvent.setup().click(screen.getByText('Why this matters'))
    const factor = DEFAULT_BANK.factors.find((f) => f.id === dual.factors[0])!
    const citations = factor.sources.map((id) => DEFAULT_BANK.sources.find((s) => s.id === id)!.citation)
    const shown = screen.getAllByText(/^Sources:/)[0]!.textContent ?? ''
    for (const citation of citations) expect(shown).toContain(citation)
  })

  test('a direction control pasted into the note, the N/A reason or an evidence field is named at that field; marks and line breaks are kept', async () => {
    // the screen applies U+202E and the report does not: the note would read otherwise than it prints
    render(<Harness question={withNa} onChange={() => undefined} />)
    const user = userEvent.setup()
    const note = screen.getByLabelText('Note')
    await user.click(note)
    await user.paste('Paid \u202e0001 EUR')
    expect(note).toHaveAttribute('aria-invalid', 'true')
    expect(note).toHaveAccessibleDescription(/direction control \(U\+202E\).*report/)
    await user.clear(note)
    await user.paste('مرکز\u200f\nsecond line')
    expect(note).toHaveAttribute('aria-invalid', 'false')
    expect(note).not.toHaveAccessibleDescription()

    await user.click(screen.getByLabelText('Not applicable to this engagement'))
    const reason = screen.getByLabelText('Why it does not apply (required)')
    await user.click(reason)
    await user.paste('Remote \u2066only')
    expect(reason).toHaveAccessibleDescription(/direction control \(U\+2066\)/)

    await user.click(screen.getByRole('button', { name: 'Add a document' }))
    const title = screen.getByLabelText('Document 1 title')
    await user.paste('Contract \u202b§ 5')
    expect(title).toHaveAttribute('aria-invalid', 'true')
    expect(title).toHaveAccessibleDescription(/direction control \(U\+202B\)/)
    expect(screen.getByLabelText('Where it is kept')).not.toHaveAccessibleDescription()
  })

  test('N/A needs a justification and disables the options until unticked', async () => {
    const onChange = vi.fn()
    render(<Harness question={withNa} onChange={onChange} />)
    const user = userEvent.setup()
    await user.click(screen.getByLabelText('Not applicable to this engagement'))
    expect(screen.getByText(/N\/A needs a justification/)).toBeInTheDocument()
    expect(screen.getAllByRole('radio')[0]).toBeDisabled()
    await user.type(screen.getByLabelText('Why it does not apply (required)'), 'Fully remote')
    expect(screen.queryByText(/N\/A needs a justification/)).not.toBeInTheDocument()
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ na: true, naReason: 'Fully remote' }))
  })

  test('a carried answer can be confirmed, which clears the mark', async () => {
    const onChange = vi.fn()
    render(<Harness question={dual} initial={{ choice: dual.options[0]!.id, carried: true }} onChange={onChange} />)
    expect(screen.getByText('Carried — confirm.')).toBeInTheDocument()
    await userEvent.setup().click(screen.getByRole('button', { name: 'Confirm answer' }))
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ choice: dual.options[0]!.id, carried: false }))
    expect(screen.queryByText('Carried — confirm.')).not.toBeInTheDocument()
    // the button is gone: focus moves to the answer just confirmed, not to the page (vendor-manager review)
    await waitFor(() => expect(document.activeElement).toBe(screen.getAllByRole('radio', { checked: true })[0]))
  })

  test('"Confirm and next" confirms the carried answer and goes to the next question in one step', async () => {
    const onChange = vi.fn()
    render(<Harness question={dual} initial={{ choice: dual.options[0]!.id, carried: true }} nextHref="#/next" onChange={onChange} />)
    const link = screen.getByRole('link', { name: 'Confirm and next →' })
    expect(link).toHaveAttribute('href', '#/next')
    await userEvent.setup().click(link)
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ choice: dual.options[0]!.id, carried: false }))
  })

  test('the missing N/A reason is marked on the field and announced with it; a blank reason is still missing', async () => {
    const onChange = vi.fn()
    render(<Harness question={withNa} onChange={onChange} />)
    const user = userEvent.setup()
    await user.click(screen.getByLabelText('Not applicable to this engagement'))
    const reason = screen.getByLabelText('Why it does not apply (required)')
    await waitFor(() =>
      expect(reason).toHaveAccessibleDescription(
        'N/A needs a justification; until then the N/A is not saved and the question counts as unanswered.'
      )
    )
    expect(reason).toHaveAttribute('aria-invalid', 'true')
    // every keystroke is handed on at once (the questionnaire autosaves it); spaces are not a reason
    await user.type(reason, '   ')
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ na: true, naReason: '   ' }))
    expect(reason).toHaveAttribute('aria-invalid', 'true')
    await user.type(reason, 'x')
    await waitFor(() => expect(reason).toHaveAttribute('aria-invalid', 'false'))
    expect(reason).not.toHaveAttribute('aria-describedby')
    // unticking N/A removes the field and its error; the options are back
    await user.click(screen.getByLabelText('Not applicable to this engagement'))
    expect(screen.queryByLabelText('Why it does not apply (required)')).toBeNull()
    expect(screen.getAllByRole('radio')[0]).toBeEnabled()
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ na: undefined, naReason: '   x' }))
  })

  test('a question reopened as N/A without a reason shows what is missing at once', async () => {
    render(<Harness question={withNa} initial={{ na: true }} onChange={() => undefined} />)
    const reason = screen.getByLabelText('Why it does not apply (required)')
    await waitFor(() => expect(reason).toHaveAttribute('aria-invalid', 'true'))
    expect(screen.getByText(/N\/A needs a justification/)).toBeInTheDocument()
  })

  test('a read-only card changes nothing', async () => {
    const onChange = vi.fn()
    render(
      <QuestionCard
        bank={DEFAULT_BANK}
        question={withNa}
        kind="annual"
        appliedProfiles={[]}
        answer={{ choice: withNa.options[0]!.id }}
        nextHref={null}
        readOnly
        position={{ index: 1, total: 5, sectionTitle: 'Section' }}
        onChange={onChange}
      />
    )
    const user = userEvent.setup()
    await user.click(screen.getByLabelText('Not applicable to this engagement'))
    await user.type(screen.getByLabelText('Note'), 'late')
    expect(onChange).not.toHaveBeenCalled()
    expect(screen.getAllByRole('radio')[0]).toBeChecked()
  })

  test("'Why this matters' names only the law applied, as the report prints it", () => {
    const q = DEFAULT_BANK.questions.find((x) => /in Germany a sign of labour leasing/.test(x.help))!
    const { unmount } = render(<Harness question={q} appliedProfiles={['philippines']} onChange={() => undefined} />)
    const note = () => screen.getByText(/^Courts separate requirements about the result/)
    expect(note()).not.toHaveTextContent(/Germany/)
    expect(note()).toHaveTextContent('Telling the whole team about a new quality rule is close to setting a standard.')
    unmount()
    render(<Harness question={q} appliedProfiles={['germany']} onChange={() => undefined} />)
    expect(note()).toHaveTextContent(/in Germany a sign of labour leasing/)
  })
})
