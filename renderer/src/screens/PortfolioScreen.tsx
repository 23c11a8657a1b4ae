import { useMemo, useState } from 'react'
import { DEFAULT_BANK } from '@shared/bank/bank-registry'
import {
  DEFAULT_PORTFOLIO_FILTERS,
  filterChoices,
  filterPortfolio,
  type PortfolioFilters as Filters
} from '@shared/portfolio/portfolio-filter'
import { dueSoonRows, overdueRows, portfolioTrend } from '@shared/portfolio/portfolio-summary'
import { useEngagements } from '../hooks/use-engagements'
import { usePortfolio } from '../hooks/use-portfolio'
import { hrefFor } from '../hooks/use-hash-route'
import { formatDate } from '../format'
import { todayIso } from '../today'
import { BandCounts } from '../components/portfolio/BandCounts'
import { KeyFigures } from '../components/portfolio/KeyFigures'
import { PortfolioFilters } from '../components/portfolio/PortfolioFilters'
import { HeatMap } from '../components/portfolio/HeatMap'
import { HeatLegend } from '../components/portfolio/HeatLegend'
import { PortfolioTrend } from '../components/portfolio/PortfolioTrend'
import { DueLists } from '../components/portfolio/DueLists'
import { ExportCsvButtons } from '../components/portfolio/ExportCsvButtons'
import { AuditPacketDialog } from '../components/portfolio/AuditPacketDialog'
import '../styles/portfolio.css'
import { countChoiceOf, countsByChoice, risingByBand, type CountChoice } from '../honest-state'
import { isSample } from '../sample/sample-engagement'

/** The portfolio dashboard: every active engagement's latest result, by section, with what is due. */
export function PortfolioScreen(): React.JSX.Element {
  const { state } = useEngagements()
  const [filters, setFilters] = useState<Filters>(DEFAULT_PORTFOLIO_FILTERS)
  const [band, setBand] = useState<CountChoice | null>(null)
  const [packetOpen, setPacketOpen] = useState(false)
  const today = todayIso()
  // built by the service from the index's result summaries: no assessment is read or scored here
  const { rows: loaded, error: assessmentsError } = usePortfolio(today)
  const rows = useMemo(() => loaded ?? [], [loaded])
  const choices = useMemo(() => ({ ...filterChoices(rows), bands: [...new Set(rows.map(countChoiceOf))] }), [rows])
  // the band tiles count everything the other filters let through, so choosing a band never zeroes its neighbours;
  // a row counts under its band only when its result can be relied on (honest-state.ts)
  const unbanded = useMemo(() => filterPortfolio(rows, { ...filters, band: null }), [rows, filters])
  const counts = useMemo(() => countsByChoice(unbanded), [unbanded])
  const rising = useMemo(() => risingByBand(unbanded), [unbanded])
  const shown = useMemo(() => (band === null ? unbanded : unbanded.filter((r) => countChoiceOf(r) === band)), [unbanded, band])
  const trend = useMemo(() => portfolioTrend(shown, DEFAULT_BANK.scoring), [shown])
  const sampleIds = useMemo(() => new Set(state.status === 'ready' ? state.engagements.filter(isSample).map((e) => e.id) : []), [state])

  return (
    <>
      <div className="page-head">
        <div>
          <h1>Portfolio</h1>
          <p className="lede">Co-employment risk across your active outsourcing engagements, as of {formatDate(today)}.</p>
        </div>
        <div className="portfolio-actions">
          <button type="button" className="button primary" disabled={rows.length === 0} onClick={() => setPacketOpen(true)}>
            Build audit packet (PDF)…
          </button>
          <ExportCsvButtons />
        </div>
      </div>
      {packetOpen && (
        <AuditPacketDialog
          open={packetOpen}
          onClose={() => setPacketOpen(false)}
          choices={shown.map((r) => ({
            engagementId: r.engagementId,
            vendorName: r.vendorName,
            name: r.engagementName,
            isDraft: r.isDraft,
            inReview: r.assessment?.status === 'in-review',
            assessed: r.assessment !== null,
            sample: sampleIds.has(r.engagementId)
          }))}
        />
      )}
      {state.status === 'error' && <p role="alert">Could not load engagements: {state.error.message}</p>}
      {assessmentsError !== null && (
        <p className="banner banner-error preserve-lines" role="alert">
          Could not read the assessments. {assessmentsError}
        </p>
      )}
      {(state.status === 'loading' || (state.status === 'ready' && !loaded && assessmentsError === null)) && <p role="status">Loading…</p>}
      {state.status === 'ready' && loaded && rows.length === 0 && (
        <div className="empty-state">
          <p>No active engagements yet.</p>
          <p>
            <a href={hrefFor({ name: 'engagement-new' })}>Add an engagement</a> and assess it to see it here.
          </p>
        </div>
      )}
      {rows.length > 0 && (
        <>
          <div className="portfolio-summary">
            <BandCounts counts={counts} rising={rising} selected={band} onSelect={setBand} />
            <KeyFigures rows={shown} />
          </div>
          <PortfolioFilters filters={filters} onChange={setFilters} choices={choices} band={band} onBand={setBand} />
          <section aria-labelledby="heat-title" className="heat-section">
            <div className="heat-head">
              <h2 id="heat-title">Risk heat map</h2>
              <p className="result-count" role="status">
                Showing {shown.length} of {rows.length} active {rows.length === 1 ? 'engagement' : 'engagements'}
              </p>
            </div>
            {shown.length === 0 ? (
              <div className="empty-state">
                <p>No engagement matches these filters.</p>
              </div>
            ) : (
              <HeatMap rows={shown} sections={DEFAULT_BANK.sections} total={rows.length} />
            )}
            <HeatLegend rules={DEFAULT_BANK.scoring} />
          </section>
          <div className="portfolio-lower">
            <PortfolioTrend points={trend} />
            <DueLists overdue={overdueRows(shown)} dueSoon={dueSoonRows(shown)} />
          </div>
        </>
      )}
    </>
  )
}
