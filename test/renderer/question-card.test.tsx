import { describe, expect, test, vi } from 'vitest'
import { render, screen, within } from '@testing-library/react'
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
  onChange
}: {
  question: typeof dual
  kind?: AssessmentKind
  initial?: Answer
  onChange: (a: Answer) => void
}) {
  const [answer, setAnswer] = useState<Answer>(initial)
  return (
    <QuestionCard
      bank={DEFAULT_BANK}
      question={question}
      kind={kind}
      answer={answer}
      nextHref={null}
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
  })
})
