import { useState } from 'react'
import type { Assessment } from '@shared/schemas/assessment'
import type { Engagement } from '@shared/schemas/engagement'
import { scoreStoredAssessment } from '@shared/workflow/score-stored'
import { dueStatus } from '@shared/workflow/due'
import { ASSESSMENT_KIND_LABEL, ASSESSMENT_STATUS_LABEL } from '../labels'
import { hrefFor } from '../hooks/use-hash-route'
import { ResultBadge } from './ResultBadge'
import { StartAssessmentDialog } from './StartAssessmentDialog'
import { TrendChart } from './TrendChart'
import { CompareForm } from './CompareForm'
import { formatDate, formatDay, formatDateTime } from '../format'
import { todayIso } from '../today'
import { useBanks } from '../hooks/banks-context'

type Props = { engagement: Engagement; assessments: Assessment[] }

/** The engagement's assessments: due date, trend, history, compare, and starting the next one. */
export function AssessmentHistory({ engagement, assessments }: Props): React.JSX.Element {
  const banks = useBanks()
  const [starting, setStarting] = useState(false)
  const sorted = [...assessments].sort((a, b) => a.createdAt.localeCompare(b.createdAt))
  const due = dueStatus(engagement, assessments, todayIso())
  const scored = sorted.map((a) => ({ a, s: scoreStoredAssessment(a, banks) }))
  const choices = sorted.map((a) => ({
    value: a.id,
    label: `${ASSESSMENT_KIND_LABEL[a.kind]} — ${formatDay(a.createdAt)} (${ASSESSMENT_STATUS_LABEL[a.status]})`
  }))

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
              <span>
                {' '}
                (in {due.daysUntilDue} day{due.daysUntilDue === 1 ? '' : 's'})
              </span>
            )}
            {due.lastFinal ? '' : ' — not assessed yet'}
          </p>
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
                        {a.title || ASSESSMENT_KIND_LABEL[a.kind]}
                      </a>
                      {a.revisionOfId && <span className="hint block">Revision</span>}
                    </th>
                    <td>
                      <span className={`status-tag status-${a.status}`}>{ASSESSMENT_STATUS_LABEL[a.status]}</span>
                    </td>
                    <td className="date-cell">{formatDateTime(a.createdAt)}</td>
                    <td className="date-cell">{a.signOff ? formatDateTime(a.signOff.finalizedAt) : '—'}</td>
                    <td>
                      {s.ok ? (
                        <ResultBadge
                          status={s.value.result.sufficiency.status}
                          band={s.value.result.overall.band}
                          score={s.value.result.overall.rounded}
                        />
                      ) : (
                        s.error.message
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {sorted.length > 1 && (
            <>
              {/* the trend plots only results with enough answers to rely on; the table above names the others */}
              <TrendChart
                points={scored.flatMap(({ a, s }) =>
                  s.ok && s.value.result.sufficiency.status === 'sufficient'
                    ? [{ label: formatDay(a.createdAt), score: s.value.result.overall.rounded, band: s.value.result.overall.band }]
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
