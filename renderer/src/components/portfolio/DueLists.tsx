import type { PortfolioRow } from '@shared/portfolio/portfolio-types'
import { DUE_SOON_DAYS } from '@shared/portfolio/portfolio-rows'
import { hrefFor } from '../../hooks/use-hash-route'
import { formatDate } from '../../format'

const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`

/** Overdue and due-soon engagements, each linking to the engagement where the next assessment is started. */
export function DueLists({ overdue, dueSoon }: { overdue: readonly PortfolioRow[]; dueSoon: readonly PortfolioRow[] }): React.JSX.Element {
  return (
    <section className="card portfolio-panel" aria-labelledby="due-title">
      <h2 id="due-title">Assessments due</h2>
      <div className="due-columns">
        <DueList
          id="overdue-title"
          title={`Overdue (${overdue.length})`}
          rows={overdue}
          empty="Nothing is overdue."
          when={(r) => `due ${formatDate(r.due.dueDate)}, ${days(-r.due.daysUntilDue)} overdue`}
          tone="overdue"
        />
        <DueList
          id="due-soon-title"
          title={`Due within ${DUE_SOON_DAYS} days (${dueSoon.length})`}
          rows={dueSoon}
          empty={`Nothing falls due in the next ${DUE_SOON_DAYS} days.`}
          when={(r) => `due ${formatDate(r.due.dueDate)}${r.due.daysUntilDue === 0 ? ', today' : `, in ${days(r.due.daysUntilDue)}`}`}
          tone="soon"
        />
      </div>
    </section>
  )
}

type ListProps = {
  id: string
  title: string
  rows: readonly PortfolioRow[]
  empty: string
  when: (r: PortfolioRow) => string
  tone: 'overdue' | 'soon'
}

function DueList({ id, title, rows, empty, when, tone }: ListProps): React.JSX.Element {
  return (
    <div className={`due-list due-${tone}`}>
      <h3 id={id}>{title}</h3>
      {rows.length === 0 ? (
        <p className="hint">{empty}</p>
      ) : (
        <ul aria-labelledby={id}>
          {rows.map((r) => (
            <li key={r.engagementId}>
              <a href={hrefFor({ name: 'engagement', id: r.engagementId })}>{r.vendorName}</a>
              <span className="due-what">
                {' '}
                — <bdi>{r.engagementName}</bdi>
              </span>
              <span className="due-when">{when(r)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
