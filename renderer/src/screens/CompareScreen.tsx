import { findBank } from '@shared/bank/bank-registry'
import { compareAssessments, type AnswerChange } from '@shared/workflow/compare'
import type { Assessment } from '@shared/schemas/assessment'
import type { QuestionBank } from '@shared/bank/bank-schema'
import { useAssessments } from '../hooks/use-assessments'
import { useEngagements } from '../hooks/use-engagements'
import { hrefFor } from '../hooks/use-hash-route'
import { BAND_LABEL } from '../components/BandBadge'
import { ResultBadge } from '../components/ResultBadge'
import { scoreStoredAssessment } from '@shared/workflow/score-stored'
import { RESULT_STATUS_LABEL, sectionStatus, type ResultStatus } from '../honest-state'
import type { RiskBand } from '@shared/bank/vocabulary'
import type { ScoreResult } from '@shared/scoring/score-types'
import { assessmentChoiceLabel } from '../assessment-name'
import { useBanks } from '../hooks/banks-context'

type Props = { engagementId: string; a: string; b: string }

export function CompareScreen({ engagementId, a, b }: Props): React.JSX.Element {
  const banks = useBanks()
  const { assessments, error } = useAssessments(engagementId)
  const { state } = useEngagements()
  if (error !== null)
    return (
      <p className="banner banner-error preserve-lines" role="alert">
        Could not read these assessments. {error}
      </p>
    )
  if (!assessments || state.status !== 'ready') return <p role="status">Loading…</p>
  const engagement = state.engagements.find((e) => e.id === engagementId)
  const before = assessments.find((x) => x.id === a)
  const after = assessments.find((x) => x.id === b)
  if (!engagement || !before || !after) return <p role="alert">One of these assessments no longer exists.</p>
  const compared = compareAssessments(before, after, banks)
  if (!compared.ok) return <p role="alert">{compared.error.message}</p>
  const c = compared.value
  // compareAssessments scored both already; scoring again here only reads their sufficiency
  const scoreBefore = scoreStoredAssessment(before, banks)
  const scoreAfter = scoreStoredAssessment(after, banks)
  const resultBefore = scoreBefore.ok ? scoreBefore.value.result : null
  const resultAfter = scoreAfter.ok ? scoreAfter.value.result : null
  const bank = findBank(banks, after.bank) as QuestionBank
  // the menus' words (assessmentChoiceLabel): two of one name, a final and its revision, are told apart the same way
  const title = (x: Assessment) => assessmentChoiceLabel(x)
  const sign = (n: number) => (n > 0 ? `+${n.toFixed(1)}` : n.toFixed(1))

  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <a href={hrefFor({ name: 'engagements' })}>Engagements</a> /{' '}
        <a href={hrefFor({ name: 'engagement', id: engagement.id })}>{engagement.vendorName}</a>
      </nav>
      <h1>Comparison</h1>
      <p className="lede">
        {title(before)} → {title(after)}
      </p>
      <section className="card" aria-labelledby="cmp-overall">
        <h2 id="cmp-overall">Overall</h2>
        <p className="compare-overall">
          <ResultBadge
            status={resultBefore?.sufficiency.status ?? 'not-assessed'}
            band={c.overall.bandBefore}
            score={c.overall.before}
            open={(resultBefore?.sufficiency.decisiveUnanswered.length ?? 0) > 0}
          />{' '}
          →{' '}
          <ResultBadge
            status={resultAfter?.sufficiency.status ?? 'not-assessed'}
            band={c.overall.bandAfter}
            score={c.overall.after}
            open={(resultAfter?.sufficiency.decisiveUnanswered.length ?? 0) > 0}
          />{' '}
          <strong>{sign(c.overall.delta)}</strong>
        </p>
        <div className="table-wrap">
          <table className="data-table">
            <caption>Score by section</caption>
            <thead>
              <tr>
                <th scope="col">Section</th>
                <th scope="col" className="num">
                  Before
                </th>
                <th scope="col" className="num">
                  After
                </th>
                <th scope="col" className="num">
                  Change
                </th>
                <th scope="col">Band</th>
              </tr>
            </thead>
            <tbody>
              {c.sections.map((s) => (
                <tr key={s.sectionId}>
                  <th scope="row">{bank.sections.find((x) => x.id === s.sectionId)?.title ?? s.sectionId}</th>
                  <td className="num">{s.before.toFixed(1)}</td>
                  <td className="num">{s.after.toFixed(1)}</td>
                  <td className="num">{sign(s.delta)}</td>
                  <td>
                    {bandText(resultBefore, s.sectionId, s.bandBefore)} → {bandText(resultAfter, s.sectionId, s.bandAfter)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <div className="grid-2">
        <section className="card" aria-labelledby="cmp-added">
          <h2 id="cmp-added">Red flags added ({c.redFlagsAdded.length})</h2>
          <FlagList keys={c.redFlagsAdded} />
        </section>
        <section className="card" aria-labelledby="cmp-cleared">
          <h2 id="cmp-cleared">Red flags cleared ({c.redFlagsCleared.length})</h2>
          <FlagList keys={c.redFlagsCleared} />
        </section>
      </div>
      <section className="card" aria-labelledby="cmp-changes">
        <h2 id="cmp-changes">Changed answers ({c.changes.length})</h2>
        {c.changes.length === 0 ? <p>No answer changed.</p> : <ChangeTable changes={c.changes} bank={bank} />}
      </section>
    </>
  )
}

/** A section's band in words, or why there is none (the same rule as every other screen). */
function bandText(result: ScoreResult | null, sectionId: string, band: RiskBand): string {
  const status: ResultStatus = result ? sectionStatus(result, sectionId) : 'not-assessed'
  if (status === 'sufficient') return BAND_LABEL[band]
  if (status === 'insufficient') return `${RESULT_STATUS_LABEL[status]} (provisional ${BAND_LABEL[band]})`
  return RESULT_STATUS_LABEL[status]
}

function FlagList({ keys }: { keys: string[] }): React.JSX.Element {
  if (keys.length === 0) return <p>None.</p>
  return (
    <ul>
      {keys.map((k) => (
        <li key={k}>{k.replace(':', ' — ')}</li>
      ))}
    </ul>
  )
}

const FIELD_LABEL: Record<AnswerChange['fields'][number], string> = {
  choice: 'practice answer',
  contractChoice: 'contract answer',
  na: 'not applicable',
  unsure: 'unsure mark',
  note: 'note',
  evidence: 'evidence'
}

function ChangeTable({ changes, bank }: { changes: AnswerChange[]; bank: QuestionBank }): React.JSX.Element {
  const describe = (questionId: string, answer: AnswerChange['before']): string => {
    if (!answer) return 'Unanswered'
    const q = bank.questions.find((x) => x.id === questionId)
    if (answer.na) return `N/A: ${answer.naReason ?? ''}`
    const parts = [
      answer.contractChoice
        ? `Contract: ${q?.contract?.options.find((o) => o.id === answer.contractChoice)?.label ?? answer.contractChoice}`
        : null,
      answer.choice ? `${q?.contract ? 'Practice: ' : ''}${q?.options.find((o) => o.id === answer.choice)?.label ?? answer.choice}` : null,
      answer.unsure ? '(unsure)' : null
    ]
    return parts.filter(Boolean).join(' · ') || 'Note or evidence only'
  }
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className="visually-hidden">Changed answers</caption>
        <thead>
          <tr>
            <th scope="col">Question</th>
            <th scope="col">Before</th>
            <th scope="col">After</th>
            <th scope="col">What changed</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr key={c.questionId}>
              <th scope="row">{c.questionId}</th>
              <td>{describe(c.questionId, c.before)}</td>
              <td>{describe(c.questionId, c.after)}</td>
              <td>{c.fields.map((f) => FIELD_LABEL[f]).join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
