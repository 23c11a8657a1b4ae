import { useState } from 'react'
import { DELIVERY_LOCATIONS, SERVICES, STAFFING_MODELS, type Engagement } from '@shared/schemas/engagement'
import { US_STATES } from '@shared/schemas/geo'
import { useApi } from '../hooks/api-context'
import { useEngagements } from '../hooks/use-engagements'
import { hrefFor, navigate } from '../hooks/use-hash-route'
import { DeleteEngagementDialog } from '../components/DeleteEngagementDialog'
import { AssessmentHistory } from '../components/AssessmentHistory'
import { useAssessments } from '../hooks/use-assessments'
import { countryLabel, formatDate, formatDateTime } from '../format'
import { StatusLine } from '../components/StatusLine'
import { ErrorAlert } from '../components/ErrorAlert'
import { EngagementStatusTag } from '../components/EngagementStatusTag'

export function EngagementScreen({ id }: { id: string }): React.JSX.Element {
  const { state, reload } = useEngagements()
  if (state.status === 'loading') return <p role="status">Loading…</p>
  if (state.status === 'error') return <p role="alert">{state.error.message}</p>
  const engagement = state.engagements.find((e) => e.id === id)
  if (!engagement) {
    return (
      <>
        <h1>Engagement not found</h1>
        <p>
          It may have been deleted. <a href={hrefFor({ name: 'engagements' })}>Back to engagements</a>
        </p>
      </>
    )
  }
  return <EngagementDetail engagement={engagement} onChanged={reload} />
}

function EngagementDetail({ engagement: e, onChanged }: { engagement: Engagement; onChanged: () => Promise<void> }): React.JSX.Element {
  const api = useApi()
  const [confirmDelete, setConfirmDelete] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [status, setStatus] = useState<string>('')
  const { assessments, error: assessmentsError } = useAssessments(e.id)

  async function toggleArchive(): Promise<void> {
    const next = e.status === 'active' ? 'archived' : 'active'
    const result = await api.setEngagementStatus({ id: e.id, status: next })
    if (!result.ok) return setError(result.error.message)
    setStatus(next === 'archived' ? 'Engagement archived.' : 'Engagement restored to active.')
    await onChanged()
  }

  async function remove(confirmName: string | undefined): Promise<string | null> {
    const result = await api.deleteEngagement({ id: e.id, confirmName })
    if (!result.ok) return result.error.message
    setConfirmDelete(false)
    navigate({ name: 'engagements' })
    return null
  }

  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <a href={hrefFor({ name: 'engagements' })}>Engagements</a>
      </nav>
      <div className="page-head">
        <div>
          <p className="eyebrow">{e.name}</p>
          <h1>{e.vendorName}</h1>
          <p className="lede">
            <EngagementStatusTag status={e.status} /> Last updated {formatDateTime(e.updatedAt)}
          </p>
        </div>
        <div className="button-row">
          <a className="button" href={hrefFor({ name: 'engagement-edit', id: e.id })}>
            Edit
          </a>
          <button type="button" className="button" onClick={() => void toggleArchive()}>
            {e.status === 'active' ? 'Archive' : 'Unarchive'}
          </button>
          <button type="button" className="button danger" onClick={() => setConfirmDelete(true)}>
            Delete
          </button>
        </div>
      </div>
      <StatusLine>{status}</StatusLine>
      <ErrorAlert message={error} banner />
      {assessmentsError !== null && (
        <p className="banner banner-error preserve-lines" role="alert">
          Could not read this engagement&apos;s assessments. {assessmentsError}
        </p>
      )}
      {assessments && <AssessmentHistory engagement={e} assessments={assessments} />}
      <section className="card" aria-labelledby="profile-title">
        <h2 id="profile-title">Engagement profile</h2>
        <dl className="facts">
          <Fact term="Services" value={e.services.map((s) => SERVICES[s]).join(', ')} />
          <Fact term="Delivery countries" value={e.deliveryCountries.map(countryLabel).join(', ')} />
          <Fact term="Sites" value={e.sites.map((s) => `${s.site} (${countryLabel(s.country)})`).join('; ') || '—'} typed />
          <Fact term="Where agents work" value={DELIVERY_LOCATIONS[e.deliveryLocation]} />
          <Fact term="Staffing" value={STAFFING_MODELS[e.staffing]} />
          <Fact term="Headcount" value={e.headcount.toLocaleString('en')} />
          <Fact term="Client's US states" value={e.clientUsStates.map((s) => US_STATES[s]).join(', ') || '—'} />
          <Fact
            term="Contract"
            value={
              e.contractStart || e.contractEnd ? `${formatDate(e.contractStart)} – ${formatDate(e.contractEnd)}` : 'Dates not recorded'
            }
          />
          <Fact term="Renewal" value={formatDate(e.renewalDate)} />
          <Fact term="Contract reference" value={e.contractReference || '—'} typed />
          <Fact term="Internal owner" value={e.owner || '—'} typed />
          <Fact term="Assessed every" value={`${e.reviewIntervalMonths} months`} />
        </dl>
        {e.notes && (
          <>
            <h3>Notes</h3>
            <p className="preserve-lines">{e.notes}</p>
          </>
        )}
      </section>
      <DeleteEngagementDialog
        open={confirmDelete}
        engagement={e}
        assessments={assessments}
        onConfirm={remove}
        onCancel={() => setConfirmDelete(false)}
      />
    </>
  )
}

/**
 * One fact of the profile. `typed` marks text a person typed (a reference, a site, an owner): its direction follows
 * its first strong letter (dir="auto"), as the report lays out each line, so a Hebrew contract reference shows its
 * digits in the order the report prints them (attacker review: "2022 014 חוזה" printed as "חוזה 014 2022").
 */
function Fact({ term, value, typed = false }: { term: string; value: string; typed?: boolean }): React.JSX.Element {
  return (
    <div className="fact">
      <dt>{term}</dt>
      <dd dir={typed ? 'auto' : undefined}>{value}</dd>
    </div>
  )
}
