import type { PortfolioRow } from '@shared/portfolio/portfolio-types'
import { DUE_SOON_DAYS } from '@shared/portfolio/portfolio-rows'

/** The few numbers someone opening the dashboard looks for first. */
export function KeyFigures({ rows }: { rows: readonly PortfolioRow[] }): React.JSX.Element {
  const figures = [
    { label: 'Overdue for assessment', value: rows.filter((r) => r.due.overdue).length, alert: true },
    { label: `Due within ${DUE_SOON_DAYS} days`, value: rows.filter((r) => r.due.dueSoon).length, alert: false },
    { label: 'With a red flag', value: rows.filter((r) => r.redFlagCount > 0).length, alert: true },
    // a cycle signed on too little information moves the due date like any other: it still needs completing
    // (vendor-manager review: a final on unconfirmed carried answers left nothing here)
    {
      label: 'Signed on too little information',
      value: rows.filter((r) => !r.isDraft && r.sufficiency === 'insufficient').length,
      alert: true
    },
    { label: 'Shown from a draft', value: rows.filter((r) => r.isDraft).length, alert: false }
  ]
  return (
    <section className="card portfolio-panel" aria-labelledby="key-figures-title">
      <h2 id="key-figures-title">Needs attention</h2>
      <dl className="key-figures">
        {figures.map((f) => (
          <div key={f.label} className={`key-figure ${f.alert && f.value > 0 ? 'is-alert' : ''}`}>
            <dt>{f.label}</dt>
            <dd>{f.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
