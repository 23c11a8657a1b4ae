import { useId } from 'react'
import type { Question, QuestionBank } from '@shared/bank/bank-schema'
import type { AssessmentKind } from '@shared/bank/vocabulary'
import type { Answer } from '@shared/schemas/assessment'
import { contractPromptFor, promptFor } from '@shared/bank/wording'
import { OptionGroup } from './OptionGroup'
import { EvidenceEditor } from './EvidenceEditor'
import { FactorList } from './FactorList'

type Props = {
  bank: QuestionBank
  question: Question
  kind: AssessmentKind
  answer: Answer
  readOnly: boolean
  position: { index: number; total: number; sectionTitle: string }
  onChange: (next: Answer) => void
  /** Where "Next question" goes; the skip link right after the answer keeps each question within three Tab stops of the next. */
  nextHref: string | null
}

/** One question: its options (contract and practice where both are asked), help, unsure, N/A, note, evidence. */
export function QuestionCard({ bank, question: q, kind, answer, readOnly, position, onChange, nextHref }: Props): React.JSX.Element {
  const uid = useId()
  const set = (patch: Partial<Answer>) => onChange({ ...answer, ...patch, carried: false })
  const naMissingReason = Boolean(answer.na) && !(answer.naReason && answer.naReason.trim())

  return (
    <article className="question-card" aria-labelledby={`${uid}-title`} data-question-id={q.id}>
      <p className="eyebrow">
        {position.sectionTitle} · Question {position.index} of {position.total} · <span className="question-id">{q.id}</span>
        {q.showIf && ' · Follow-up'}
      </p>
      <h2 id={`${uid}-title`} className="question-title">
        {promptFor(q, kind)}
      </h2>
      {answer.carried && (
        <div className="carried-note" role="note">
          <span>
            <strong>Carried — confirm.</strong> This answer comes from the last cycle. Check it still holds.
          </span>
          {!readOnly && (
            <button type="button" className="button" onClick={() => set({})}>
              Confirm answer
            </button>
          )}
        </div>
      )}
      <fieldset className="answer-block" disabled={readOnly}>
        <legend className="visually-hidden">Answer</legend>
        {q.contract && (
          <OptionGroup
            name={`${uid}-contract`}
            legend="What the contract says"
            prompt={contractPromptFor(q, kind) ?? ''}
            options={q.contract.options}
            kind={kind}
            value={answer.contractChoice}
            disabled={Boolean(answer.na)}
            onChange={(contractChoice) => set({ contractChoice })}
          />
        )}
        <OptionGroup
          name={`${uid}-practice`}
          legend={q.contract ? 'What happens in practice' : 'Your answer'}
          options={q.options}
          kind={kind}
          value={answer.choice}
          disabled={Boolean(answer.na)}
          onChange={(choice) => set({ choice })}
        />
        {nextHref && (
          <a className="skip-next" href={nextHref}>
            Skip to the next question
          </a>
        )}
        <details className="help">
          <summary>Why this matters</summary>
          <p>{q.help}</p>
          <FactorList bank={bank} factorIds={q.factors} />
        </details>

        <div className="answer-flags">
          <label className="check">
            <input type="checkbox" checked={Boolean(answer.unsure)} onChange={(e) => set({ unsure: e.target.checked || undefined })} />I am
            not sure (counts as not covered until confirmed)
          </label>
          {q.naAllowed && (
            <label className="check">
              <input type="checkbox" checked={Boolean(answer.na)} onChange={(e) => set({ na: e.target.checked || undefined })} />
              Not applicable to this engagement
            </label>
          )}
        </div>
        {answer.na && (
          <div className="field">
            <label htmlFor={`${uid}-na`}>Why it does not apply (required)</label>
            <textarea
              id={`${uid}-na`}
              rows={2}
              maxLength={1000}
              value={answer.naReason ?? ''}
              aria-invalid={naMissingReason}
              aria-describedby={naMissingReason ? `${uid}-na-error` : undefined}
              onChange={(e) => set({ naReason: e.target.value })}
            />
            {naMissingReason && (
              <p className="field-error" id={`${uid}-na-error`}>
                N/A needs a justification; until then the question counts as unanswered.
              </p>
            )}
          </div>
        )}
        <div className="field">
          <label htmlFor={`${uid}-note`}>Note</label>
          <textarea
            id={`${uid}-note`}
            rows={3}
            maxLength={5000}
            value={answer.note ?? ''}
            onChange={(e) => set({ note: e.target.value })}
          />
        </div>
        <EvidenceEditor evidence={answer.evidence ?? []} onChange={(evidence) => set({ evidence })} />
      </fieldset>
    </article>
  )
}
