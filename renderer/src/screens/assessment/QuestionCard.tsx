import { useEffect, useId } from 'react'
import { Controller, useForm, useWatch } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import type { Question, QuestionBank } from '@shared/bank/bank-schema'
import type { AssessmentKind } from '@shared/bank/vocabulary'
import { TypedAnswerSchema, type Answer } from '@shared/schemas/assessment'
import { NA_REASON_REQUIRED } from '@shared/schemas/answer-rules'
import { contractPromptFor, promptFor } from '@shared/bank/wording'
import { OptionGroup } from './OptionGroup'
import { EvidenceEditor } from './EvidenceEditor'
import { FactorList } from './FactorList'
import { helpOnScreen } from './help-on-screen'

type Props = {
  bank: QuestionBank
  question: Question
  kind: AssessmentKind
  answer: Answer
  readOnly: boolean
  position: { index: number; total: number; sectionTitle: string }
  onChange: (next: Answer) => void
  /** The jurisdiction profiles applied to the assessment: the note names only their law, as the report does. */
  appliedProfiles: readonly string[]
  /** Where "Next question" goes; the skip link right after the answer keeps each question within three Tab stops of the next. */
  nextHref: string | null
  /**
   * Why this question's N/A cannot be relied on, when a law's own finding says the question applies
   * (scoring/contradicted-na.ts, worded by law-verdicts.ts); null otherwise. Shown under the N/A reason.
   */
  naContradiction?: string | null
}

/**
 * One question: its options (contract and practice where both are asked), help, unsure, N/A, note, evidence.
 * The card is a form over one answer, checked with the stored answer's own schema (so "N/A needs a
 * justification" is the rule in shared/schemas/answer-rules.ts). It has no submit: every change is handed
 * to `onChange` at once, which autosaves it. The owner mounts one card per question (keyed by its id), so
 * the form starts from `answer` and is the truth while the card is shown.
 */
export function QuestionCard({
  bank,
  question: q,
  kind,
  appliedProfiles,
  answer,
  readOnly,
  position,
  onChange,
  nextHref,
  naContradiction = null
}: Props): React.JSX.Element {
  const uid = useId()
  // the answer as typed: the stored answer's rules and its free text's (no direction controls: typed-fields.ts)
  const form = useForm<Answer>({ resolver: zodResolver(TypedAnswerSchema), defaultValues: answer, mode: 'onChange' })
  const { register, control, getValues, setValue } = form
  const [na, carried, choice, contractChoice] = useWatch({ control, name: ['na', 'carried', 'choice', 'contractChoice'] })
  // an answer that says the fact is not known keeps the question open: said where it is chosen (vendor-manager review)
  const unknownChosen =
    q.options.some((o) => o.unknown === true && o.id === choice) ||
    (q.contract?.options ?? []).some((o) => o.unknown === true && o.id === contractChoice)
  const errors = form.formState.errors
  const naError = errors.naReason?.message
  const naMissingReason = naError === NA_REASON_REQUIRED
  const noteError = errors.note?.message
  // an answer reopened as N/A without a reason says so at once, as it did before it was left
  useEffect(() => {
    void form.trigger('naReason')
  }, [form])

  /** Any edit confirms a carried answer; unticked boxes are left out, as a stored answer has them. */
  const changed = (): void => {
    setValue('carried', false)
    const v = getValues()
    onChange({ ...v, unsure: v.unsure || undefined, na: v.na || undefined, carried: false })
  }

  return (
    <article className="question-card" aria-labelledby={`${uid}-title`} data-question-id={q.id}>
      <p className="eyebrow">
        {position.sectionTitle} · Question {position.index} of {position.total} · <span className="question-id">{q.id}</span>
        {q.showIf && ' · Follow-up'}
      </p>
      <h2 id={`${uid}-title`} className="question-title">
        {promptFor(q, kind)}
      </h2>
      {carried && (
        <div className="carried-note" role="note">
          <span>
            <strong>Carried — confirm.</strong> This answer comes from the last cycle. Check it still holds.
          </span>
          {!readOnly && (
            <div className="button-row">
              <button
                type="button"
                className="button"
                onClick={(event) => {
                  // the button goes once the answer is confirmed: focus moves to the answer confirmed, not to the page
                  // (vendor-manager review: it dropped to <body>, 7–8 Tabs from Next)
                  const card = event.currentTarget.closest('article')
                  changed()
                  requestAnimationFrame(() => {
                    const target =
                      card?.querySelector<HTMLElement>('.answer-block input:checked') ?? card?.closest<HTMLElement>('.question-column')
                    target?.focus()
                  })
                }}
              >
                Confirm answer
              </button>
              {/* one step per carried answer instead of two (vendor-manager review: 86 clicks for 43 answers); the session
                  saves the confirmation, so it is kept while the next question opens */}
              {nextHref && (
                <a className="button" href={nextHref} onClick={changed}>
                  Confirm and next →
                </a>
              )}
            </div>
          )}
        </div>
      )}
      <fieldset className="answer-block" disabled={readOnly}>
        <legend className="visually-hidden">Answer</legend>
        {q.contract && (
          <Controller
            control={control}
            name="contractChoice"
            render={({ field }) => (
              <OptionGroup
                name={`${uid}-contract`}
                legend="What the contract says"
                prompt={contractPromptFor(q, kind) ?? ''}
                options={q.contract?.options ?? []}
                kind={kind}
                value={field.value}
                disabled={Boolean(na)}
                onChange={(contractChoice) => {
                  field.onChange(contractChoice)
                  changed()
                }}
              />
            )}
          />
        )}
        <Controller
          control={control}
          name="choice"
          render={({ field }) => (
            <OptionGroup
              name={`${uid}-practice`}
              legend={q.contract ? 'What happens in practice' : 'Your answer'}
              options={q.options}
              kind={kind}
              value={field.value}
              disabled={Boolean(na)}
              onChange={(choice) => {
                field.onChange(choice)
                changed()
              }}
            />
          )}
        />
        {unknownChosen && !na && (
          <p className="hint provisional" data-testid="unknown-answer">
            This answer says the fact is not known: it counts as unsure, and the question stays open until the fact is checked.
          </p>
        )}
        {nextHref && (
          <a className="skip-next" href={nextHref}>
            Skip to the next question
          </a>
        )}
        <details className="help">
          <summary>Why this matters</summary>
          <p>{helpOnScreen(q.help, appliedProfiles)}</p>
          <FactorList bank={bank} factorIds={q.factors} appliedProfiles={appliedProfiles} />
        </details>

        <div className="answer-flags">
          <label className="check">
            <input type="checkbox" {...register('unsure', { onChange: changed })} />I am not sure (counts as not covered until confirmed)
          </label>
          {q.naAllowed && (
            <label className="check">
              <input type="checkbox" {...register('na', { onChange: changed, deps: ['naReason'] })} />
              Not applicable to this engagement
            </label>
          )}
        </div>
        {na && (
          <div className="field">
            <label htmlFor={`${uid}-na`}>Why it does not apply (required)</label>
            <textarea
              id={`${uid}-na`}
              rows={2}
              maxLength={1000}
              data-na-reason
              {...register('naReason', { onChange: changed })}
              aria-invalid={naError !== undefined}
              aria-describedby={naError !== undefined ? `${uid}-na-error` : undefined}
            />
            {naError !== undefined && (
              <p className="field-error" id={`${uid}-na-error`}>
                {naMissingReason
                  ? `${NA_REASON_REQUIRED}; until then the N/A is not saved and the question counts as unanswered.`
                  : naError}
              </p>
            )}
            {naContradiction && (
              <p className="provisional" data-testid="na-contradicted">
                {naContradiction}
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
            {...register('note', { onChange: changed })}
            aria-invalid={noteError !== undefined}
            aria-describedby={noteError !== undefined ? `${uid}-note-error` : undefined}
          />
          {noteError !== undefined && (
            <p className="field-error" id={`${uid}-note-error`}>
              {noteError}
            </p>
          )}
        </div>
        <Controller
          control={control}
          name="evidence"
          render={({ field }) => (
            <EvidenceEditor
              evidence={field.value ?? []}
              errorOf={(i, key) => errors.evidence?.[i]?.[key]?.message}
              onChange={(evidence) => {
                field.onChange(evidence)
                changed()
              }}
            />
          )}
        />
      </fieldset>
    </article>
  )
}
