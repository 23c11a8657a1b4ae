import { useState } from 'react'
import type { Assessment } from '@shared/schemas/assessment'
import type { Engagement } from '@shared/schemas/engagement'
import { scoreStoredAssessment } from '@shared/workflow/score-stored'
import { dueStatus } from '@shared/workflow/due'
import { replacedFinalIds, standingFinals } from '@shared/workflow/revision-cycles'
import { ASSESSMENT_STATUS_LABEL } from '../labels'
import { assessmentChoiceLabel, assessmentName } from '../assessment-name'
import { hrefFor } from '../hooks/use-hash-route'
import { OverallResultBadge } from './ResultBadge'
import { StartAssessmentDialog } from './StartAssessmentDialog'
import { TrendChart } from './TrendChart'
import { CompareForm } from './CompareForm'
import { formatDate, formatDay, formatDateTime } from '../format'
import { todayIso } from '../today'
import { useBanks } from '../hooks/banks-context'
import { readNaDrafts } from '../state/na-drafts'
import { focusReasonOnArrival } from '../screens/assessment/reason-focus'
import { compareInstants } from '@shared/util/instant'

type Props = { engagement: Engagement; assessments: Assessment[] }

/** The engagement's assessments: due date, trend, history, compare, and starting the next one. */
export function AssessmentHistory({ engagement, assessments }: Props): React.JSX.Element {
  const banks = useBanks()
  const [starting, setStarting] = useState(false)
  const sorted = [...assessments].sort((a, b) => compareInstants(a.createdAt, b.createdAt))
  const due = dueStatus(engagement, assessments, todayIso())
  const scored = sorted.map((a) => ({ a, s: scoreStoredAssessment(a, banks) }))
  // a signed revision stands in place of the final it corrects: the trend plots each cycle once
  const replaced = replacedFinalIds(assessments)
  const plotted = scored.filter(({ a }) => !replaced.has(a.id) && !(a.revisionOfId !== undefined && a.status !== 'final'))
  // a signed revision is plotted as the cycle it corrects: dated by that cycle, not by when the correction was made
  const cycles = new Map(standingFinals(assessments).map(({ final, cycle }) => [final.id, cycle]))
  const pointLabel = (a: Assessment): string => {
    const cycle = cycles.get(a.id)
    return cycle && cycle.corrected > 0 ? `${formatDay(cycle.firstFinalizedAt)}, revised` : formatDay(a.createdAt)
  }
  const choices = sorted.map((a) => ({ value: a.id, label: assessmentChoiceLabel(a) }))
  // a final signed on too little information still starts the next cycle's clock, but is no completed assessment: said
  // beside the due date, so a year's wait does not read as done (vendor-manager review)
  const lastFinalScore = due.lastFinal ? scored.find(({ a }) => a.id === due.lastFinal?.id)?.s : undefined
  const signedThin = lastFinalScore?.ok === true && lastFinalScore.value.result.sufficiency.status === 'insufficient'

  return (
    <section className="card" aria-labelledby="assessments-title">
      <div className="page-head">
        <div>
          <h2 id="assessments-title">Assessments</h2>
          <p className="lede">
            Next assessment due {formatDate(due.dueDate)}
            {due.overdue ? (
              <span className="overdue-tag"> Overdue</span>
            ) : (
              <span> ({due.daysUntilDue === 0 ? 'today' : `in ${due.daysUntilDue} day${due.daysUntilDue === 1 ? '' : 's'}`})</span>
            )}
            {/* a draft with a result is an assessment under way, not "not assessed" (vendor-manager review) */}
            {due.lastFinal ? '' : sorted.length > 0 ? ' — no signed-off assessment yet' : ' — not assessed yet'}
          </p>
          {signedThin && (
            <p className="hint" data-testid="signed-thin">
              The last signed-off assessment was signed on too little information to rely on its result. Start a revision of it, or the next
              assessment, before this date.
            </p>
          )}
        </div>
        <button type="button" className="button primary" onClick={() => setStarting(true)}>
          Start assessment
        </button>
      </div>
      {sorted.length === 0 ? (
        <p>No assessment yet. Start with an onboarding assessment for a new relationship, or an annual self-assessment.</p>
      ) : (
        <>
          <div className="table-wrap">
            <table className="data-table">
              <caption className="visually-hidden">Assessment history</caption>
              <thead>
                <tr>
                  <th scope="col">Assessment</th>
                  <th scope="col">Status</th>
                  <th scope="col">Started</th>
                  <th scope="col">Finalized</th>
                  <th scope="col">Result</th>
                </tr>
              </thead>
              <tbody>
                {scored.map(({ a, s }) => (
                  <tr key={a.id}>
                    <th scope="row">
                      <a href={hrefFor({ name: 'assessment', id: a.id, view: a.status === 'final' ? 'results' : 'questions' })}>
                        {assessmentName(a)}
                      </a>
                      {a.revisionOfId && <span className="hint block">Revision</span>}
                      {replaced.has(a.id) && <span className="hint block">Replaced by its signed revision</span>}
                    </th>
                    <td>
                      <span className={`status-tag status-${a.status}`}>{ASSESSMENT_STATUS_LABEL[a.status]}</span>
                      {a.status !== 'final' && <UnsavedNa assessmentId={a.id} />}
                    </td>
                    <td className="date-cell">{formatDateTime(a.createdAt)}</td>
                    <td className="date-cell">{a.signOff ? formatDateTime(a.signOff.finalizedAt) : '—'}</td>
                    <td>{s.ok ? <OverallResultBadge result={s.value.result} /> : s.error.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {sorted.length > 1 && (
            <>
              {/* the trend plots only results with enough answers to rely on, each cycle once; the table above names the others */}
              <TrendChart
                points={plotted.flatMap(({ a, s }) =>
                  s.ok && s.value.result.sufficiency.status === 'sufficient'
                    ? [{ label: pointLabel(a), score: s.value.result.overall.rounded, band: s.value.result.overall.band }]
                    : []
                )}
              />
              <CompareForm engagementId={engagement.id} choices={choices} />
            </>
          )}
        </>
      )}
      <StartAssessmentDialog open={starting} engagement={engagement} previous={sorted.at(-1) ?? null} onClose={() => setStarting(false)} />
    </section>
  )
}

/**
 * An N/A without a reason is kept only on this computer (state/na-drafts.ts), and the questionnaire says so;
 * the row says so too, or an assessment left with one looks complete from here. The link lands on the first
 * one's reason; the questionnaire lists the others. Nothing for a final, which has no drafts.
 */
function UnsavedNa({ assessmentId }: { assessmentId: string }): React.JSX.Element | null {
  const questions = Object.keys(readNaDrafts(assessmentId))
  const first = questions[0]
  if (first === undefined) return null
  return (
    <a
      className="block unsaved-na"
      href={hrefFor({ name: 'assessment', id: assessmentId, view: 'questions', questionId: first })}
      onClick={() => focusReasonOnArrival(first)}
    >
      Not saved: {questions.length === 1 ? '1 answer' : `${questions.length} answers`} marked not applicable without a reason
    </a>
  )
}
