import { useEffect, useId, useRef, useState } from 'react'
import { useForm, useWatch, type SubmitHandler } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import type { Assessment } from '@shared/schemas/assessment'
import type { Engagement } from '@shared/schemas/engagement'
import { StartAssessmentFormSchema, type StartAssessmentForm } from '@shared/schemas/start-assessment-form'
import { ASSESSMENT_KINDS, type AssessmentKind } from '@shared/bank/vocabulary'
import { ASSESSMENT_KIND_LABEL } from '../labels'
import { useApi } from '../hooks/api-context'
import { navigate } from '../hooks/use-hash-route'
import { formatDate, formatDay } from '../format'
import { useBanks, useEnsureBanks } from '../hooks/banks-context'
import { bankKey, currentReleases, findBank, DEFAULT_BANK } from '@shared/bank/bank-registry'
import { diffBanks } from '@shared/bank/diff-banks'
import { ModalDialog } from './ModalDialog'
import { DialogActions } from './DialogActions'
import { ErrorAlert } from './ErrorAlert'
import { defaultAssessmentTitle, defaultPeriod, followingPeriod, type Period } from '../period'
import { todayIso } from '../today'

const KIND_HINT: Record<AssessmentKind, string> = {
  annual: 'How the engagement runs today; done once a year.',
  onboarding: 'Before the contract is signed: the planned operating model and draft terms.',
  adhoc: 'An extra review, e.g. after a change of scope or an incident.'
}

type Props = { open: boolean; engagement: Engagement; previous: Assessment | null; onClose: () => void }

export function StartAssessmentDialog({ open, engagement, previous, onClose }: Props): React.JSX.Element {
  const api = useApi()
  const uid = useId()
  const banks = useBanks()
  // only a bank's current release starts a new assessment (the service refuses an earlier one): earlier releases are
  // loaded to map carried answers and to read what was answered under them
  const startable = currentReleases(banks)
  const ensureBanks = useEnsureBanks()
  useEffect(() => {
    // the earlier releases are loaded (on demand) for the carried answers' diff against the previous assessment's
    // bank; a release that cannot be loaded is only left out here, and the screens that need it say why it is missing
    if (open) void ensureBanks()
  }, [open, ensureBanks])
  // an annual cycle after one with a recorded period follows on from it instead of repeating it
  const periodFor = (k: AssessmentKind): Period =>
    k === 'annual' && previous?.periodEnd ? followingPeriod(previous.periodEnd, todayIso()) : defaultPeriod(k, todayIso())
  const defaultsFor = (kind: AssessmentKind): StartAssessmentForm => {
    const period = periodFor(kind)
    return { kind, title: '', periodStart: period.start, periodEnd: period.end, carry: previous !== null, bank: bankKey(DEFAULT_BANK) }
  }
  const form = useForm<StartAssessmentForm>({
    resolver: zodResolver(StartAssessmentFormSchema),
    defaultValues: defaultsFor(previous ? 'annual' : 'onboarding'),
    // the period's problem shows once Start is pressed, then follows each edit of either date
    mode: 'onSubmit',
    reValidateMode: 'onChange'
  })
  const { register, handleSubmit, setValue, control, formState } = form
  const [kind, periodEnd, carry, bankChoice] = useWatch({ control, name: ['kind', 'periodEnd', 'carry', 'bank'] })
  const [periodTouched, setPeriodTouched] = useState(false)
  const kindGroup = useRef<HTMLFieldSetElement>(null)
  useEffect(() => {
    // a radio group is entered on its checked option (WAI-ARIA radio group): the dialog's own first-focus
    // (ModalDialog's effect runs before this one) would land on the first radio, checked or not
    if (open) kindGroup.current?.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.focus()
  }, [open])
  const [error, setError] = useState<string | null>(null)
  const periodProblem = formState.errors.periodEnd?.message
  const chosenBank = banks.find((b) => bankKey(b) === bankChoice) ?? DEFAULT_BANK
  const previousBank = previous ? findBank(banks, previous.bank) : undefined
  const diff = carry && previousBank && bankKey(previousBank) !== bankKey(chosenBank) ? diffBanks(previousBank, chosenBank) : null

  function chooseKind(k: AssessmentKind): void {
    // the default follows the kind until the user sets dates themselves
    if (periodTouched) return
    const period = periodFor(k)
    setValue('periodStart', period.start)
    setValue('periodEnd', period.end, { shouldValidate: formState.isSubmitted })
  }

  const start: SubmitHandler<StartAssessmentForm> = async (values) => {
    const bank = banks.find((b) => bankKey(b) === values.bank) ?? DEFAULT_BANK
    const r = await api.startAssessment({
      engagementId: engagement.id,
      kind: values.kind,
      carryForwardFromId: values.carry && previous ? previous.id : undefined,
      title: values.title.trim() || defaultAssessmentTitle(values.kind, values.periodEnd, todayIso()),
      bank: { id: bank.id, version: bank.version }
    })
    if (!r.ok) return setError(r.error.message)
    if (values.periodStart !== '') {
      const a = r.value
      const d = await api.updateAssessmentDetails({
        assessmentId: a.id,
        title: a.title,
        periodStart: values.periodStart,
        periodEnd: values.periodEnd,
        assessorName: a.assessorName,
        reviewerName: a.reviewerName
      })
      if (!d.ok) return setError(`The assessment was started, but its period was not saved: ${d.error.message}`)
    }
    onClose()
    navigate({ name: 'assessment', id: r.value.id, view: 'questions' })
  }

  // one registration for the group: its onChange reads which radio was chosen
  const kindRadio = register('kind', { onChange: (e: React.ChangeEvent<HTMLInputElement>) => chooseKind(e.target.value as AssessmentKind) })
  const periodDate = (name: 'periodStart' | 'periodEnd') =>
    register(name, {
      onChange: () => setPeriodTouched(true),
      deps: name === 'periodStart' ? ['periodEnd'] : []
    })

  return (
    <ModalDialog open={open} title="Start an assessment" onCancel={onClose}>
      <form noValidate onSubmit={(e) => void handleSubmit(start)(e)}>
        <fieldset className="field" ref={kindGroup}>
          <legend>Kind of assessment</legend>
          {ASSESSMENT_KINDS.map((k) => (
            <label key={k} className="check kind-choice">
              <input type="radio" value={k} {...kindRadio} />
              <span>
                {ASSESSMENT_KIND_LABEL[k]}
                <span className="hint block">{KIND_HINT[k]}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor={`${uid}-name`}>Title (optional)</label>
          <input
            id={`${uid}-name`}
            maxLength={200}
            {...register('title')}
            placeholder={defaultAssessmentTitle(kind, periodEnd, todayIso())}
          />
        </div>
        <fieldset className="field period-fields" aria-describedby={periodProblem ? `${uid}-period-error` : `${uid}-period-hint`}>
          <legend>Review period</legend>
          <p className="hint" id={`${uid}-period-hint`}>
            {periodHint(kind, periodTouched, previous)}
          </p>
          <div className="inline-row">
            <div className="field">
              <label htmlFor={`${uid}-period-start`}>From</label>
              <input id={`${uid}-period-start`} type="date" aria-invalid={periodProblem !== undefined} {...periodDate('periodStart')} />
            </div>
            <div className="field">
              <label htmlFor={`${uid}-period-end`}>To</label>
              <input id={`${uid}-period-end`} type="date" aria-invalid={periodProblem !== undefined} {...periodDate('periodEnd')} />
            </div>
          </div>
          {periodProblem && (
            <p className="field-error" id={`${uid}-period-error`}>
              {periodProblem}
            </p>
          )}
        </fieldset>
        {startable.length > 1 && (
          <div className="field">
            <label htmlFor={`${uid}-bank`}>Question bank</label>
            <select id={`${uid}-bank`} {...register('bank')}>
              {startable.map((b) => (
                <option key={bankKey(b)} value={bankKey(b)}>
                  {b.title} {b.version}
                </option>
              ))}
            </select>
          </div>
        )}
        {previous && (
          <label className="check">
            <input type="checkbox" {...register('carry')} />
            Carry forward the answers of the assessment of {formatDay(previous.createdAt)}; each is marked “carried — confirm” until you
            confirm or change it.
          </label>
        )}
        {diff && (
          <div className="banner banner-warning bank-diff">
            <p>
              The last assessment used {previousBank?.title} {previousBank?.version}. Moving to {chosenBank.version}: {diff.added.length}{' '}
              new question{diff.added.length === 1 ? '' : 's'} to answer, {diff.changed.length} changed (their carried answers need a fresh
              look), {diff.retired.length} retired (their answers are not carried).
            </p>
            {diff.changed.length + diff.added.length + diff.retired.length > 0 && (
              <p className="hint">
                {diff.added.length > 0 && `New: ${diff.added.join(', ')}. `}
                {diff.changed.length > 0 && `Changed: ${diff.changed.join(', ')}. `}
                {diff.retired.length > 0 && `Retired: ${diff.retired.join(', ')}.`}
              </p>
            )}
          </div>
        )}
        <ErrorAlert message={error} />
        <DialogActions onCancel={onClose}>
          <button type="submit" className="button primary">
            Start
          </button>
        </DialogActions>
      </form>
    </ModalDialog>
  )
}

/**
 * What the period's hint says, matching what the fields hold (vendor-manager review: after a previous
 * cycle it said "the last twelve months" over dates that follow on from that cycle instead).
 */
function periodHint(kind: AssessmentKind, touched: boolean, previous: Assessment | null): string {
  if (kind !== 'annual') return 'Optional for this kind of assessment.'
  if (touched) return 'The dates you set: both, or neither.'
  return previous?.periodEnd
    ? `Follows on from the previous assessment, whose period ended ${formatDate(previous.periodEnd)}.`
    : 'The last twelve months by default.'
}
