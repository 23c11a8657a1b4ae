import type { Section } from '@shared/bank/bank-schema'
import type { PortfolioRow } from '@shared/portfolio/portfolio-types'
import { countryName } from '@shared/schemas/geo'
import { hrefFor } from '../../hooks/use-hash-route'
import { ASSESSMENT_STATUS_LABEL } from '../../labels'
import { formatDate } from '../../format'
import { BandTile, HeatCell } from './HeatCell'
import { rowStatus } from '../../honest-state'
import { rowBandProvisional } from '@shared/portfolio/row-provisional'

type Props = { rows: readonly PortfolioRow[]; sections: readonly Section[]; total: number }

/** Engagements × sections. A real table: row headers link to the engagement, column headers name the section. */
export function HeatMap({ rows, sections, total }: Props): React.JSX.Element {
  return (
    <div className="table-wrap heat-wrap">
      <table className="heat-map">
        <caption className="visually-hidden">
          Co-employment risk by engagement and section: band and score 0 to 100 of each engagement’s latest assessment. Showing{' '}
          {rows.length} of {total} engagements.
        </caption>
        <thead>
          <tr>
            <th scope="col" className="heat-engagement">
              Engagement
            </th>
            <th scope="col" className="heat-col heat-overall-col">
              Overall
            </th>
            {sections.map((s) => (
              <th key={s.id} scope="col" className="heat-col" title={s.title}>
                {s.shortTitle}
              </th>
            ))}
            <th scope="col" className="num">
              Coverage
            </th>
            <th scope="col">Next due</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <HeatRow key={r.engagementId} row={r} sections={sections} />
          ))}
        </tbody>
      </table>
    </div>
  )
}

function HeatRow({ row: r, sections }: { row: PortfolioRow; sections: readonly Section[] }): React.JSX.Element {
  const status = rowStatus(r)
  return (
    <tr className={r.isDraft ? 'row-draft' : undefined}>
      <th scope="row" className="heat-engagement">
        <a href={hrefFor({ name: 'engagement', id: r.engagementId })}>{r.vendorName}</a>
        <span className="heat-sub">{r.engagementName}</span>
        {r.assessment && r.isDraft && (
          <span className="draft-tag" title="No final assessment yet: this row shows an assessment that is not signed off">
            {ASSESSMENT_STATUS_LABEL[r.assessment.status]} — not signed off
          </span>
        )}
        {r.countriesNotAssessed.length > 0 && (
          // a Low here must not read as covering delivery whose local law was never applied (as the packet marks it)
          <span className="heat-not-assessed">Not assessed: {r.countriesNotAssessed.map((c) => countryName(c)).join(', ')}</span>
        )}
        {r.problem && <span className="heat-problem">{r.problem}</span>}
      </th>
      {r.overall ? (
        <>
          <td className="heat-cell">
            <BandTile
              band={r.overall.band}
              score={r.overall.score}
              redFlags={r.redFlagCount}
              draft={r.isDraft}
              status={status}
              open={r.openDecisive > 0}
              strong
            />
            {r.trend.length > 1 && <TrendNote row={r} />}
          </td>
          {sections.map((s) => (
            <HeatCell key={s.id} cell={r.sections[s.id]} draft={r.isDraft} />
          ))}
          <td className="num">
            {r.coverage === null ? '—' : `${Math.round(r.coverage * 100)}%`}
            {(r.provisional || rowBandProvisional(r)) && <span className="heat-sub">provisional</span>}
          </td>
        </>
      ) : (
        <td colSpan={sections.length + 2} className="heat-none">
          {r.assessment ? 'Could not be scored.' : 'Not assessed yet.'}{' '}
          {!r.assessment && (
            <a href={hrefFor({ name: 'engagement', id: r.engagementId })}>
              Start an assessment for <bdi>{r.vendorName}</bdi>
            </a>
          )}
        </td>
      )}
      <td className="heat-due">
        {formatDate(r.due.dueDate)}
        {r.due.overdue ? (
          <span className="overdue-chip">Overdue</span>
        ) : r.due.dueSoon ? (
          <span className="soon-chip">
            {/* due today is "today", as the due lists say, not "in 0 days" (vendor-manager review) */}
            {r.due.daysUntilDue === 0 ? 'today' : `in ${r.due.daysUntilDue} ${r.due.daysUntilDue === 1 ? 'day' : 'days'}`}
          </span>
        ) : null}
      </td>
    </tr>
  )
}

/** Change since the previous final assessment, in words and numbers. */
function TrendNote({ row }: { row: PortfolioRow }): React.JSX.Element | null {
  const last = row.trend.at(-1)
  const previous = row.trend.at(-2)
  if (!last || !previous) return null
  // a score on too little information is no trend: "▶ unchanged" from a settled Low read as settled again
  // (vendor-manager review)
  if (!last.sufficient || !previous.sufficient)
    return (
      <span className="heat-trend trend-none">
        not compared with {formatDate(previous.finalizedOn)}: {last.sufficient ? 'that' : 'this'} result has too little information
      </span>
    )
  const delta = last.score - previous.score
  const word = Math.abs(delta) < 0.05 ? 'unchanged' : delta > 0 ? 'up' : 'down'
  const arrow = word === 'up' ? '▲' : word === 'down' ? '▼' : '▶'
  return (
    <span className={`heat-trend trend-${word}`}>
      <span aria-hidden="true">{arrow} </span>
      {/* the day, not the year: two finals in one year read "since 2026" (vendor-manager review) */}
      {word === 'unchanged' ? 'unchanged' : `${word} ${Math.abs(delta).toFixed(1)}`} since {formatDate(previous.finalizedOn)}
    </span>
  )
}
