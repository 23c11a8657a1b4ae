import { useEffect, useState } from 'react'
import type { Engagement, EngagementFields } from '@shared/schemas/engagement'
import { useApi } from '../hooks/api-context'
import { hrefFor, navigate } from '../hooks/use-hash-route'
import { forgetUnsavedWork } from '../hooks/leave-guard'
import { EngagementForm } from '../components/EngagementForm'
import { ErrorAlert } from '../components/ErrorAlert'

type Props = { id?: string }

/** Create (no id) or edit an engagement. */
export function EngagementFormScreen({ id }: Props): React.JSX.Element {
  const api = useApi()
  const [existing, setExisting] = useState<Engagement | null | 'missing'>(null)
  const [saveError, setSaveError] = useState<string | null>(null)
  const [taken, setTaken] = useState<readonly Engagement[]>([])

  useEffect(() => {
    void api.listEngagements().then((r) => {
      if (r.ok) setTaken(r.value)
      if (id) setExisting((r.ok && r.value.find((e) => e.id === id)) || 'missing')
    })
  }, [api, id])

  async function save(fields: EngagementFields): Promise<void> {
    const result = id ? await api.updateEngagement({ id, fields }) : await api.createEngagement({ fields })
    if (!result.ok) {
      setSaveError(result.error.message)
      return
    }
    // saved: nothing is lost by leaving, so the guard goes before the navigation it would hold
    forgetUnsavedWork()
    navigate({ name: 'engagement', id: result.value.id })
  }

  if (id && existing === null) return <p role="status">Loading…</p>
  if (existing === 'missing') return <p role="alert">That engagement no longer exists.</p>

  const title = existing ? `Edit ${existing.name}` : 'New engagement'
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <a href={hrefFor({ name: 'engagements' })}>Engagements</a>
        {existing && (
          <>
            {' / '}
            <a href={hrefFor({ name: 'engagement', id: existing.id })}>{existing.vendorName}</a>
          </>
        )}
      </nav>
      <h1>{title}</h1>
      <ErrorAlert message={saveError && `Not saved: ${saveError}`} banner />
      <EngagementForm
        initial={existing ?? undefined}
        taken={taken}
        onSubmit={save}
        onCancel={() => navigate(existing ? { name: 'engagement', id: existing.id } : { name: 'engagements' })}
      />
    </>
  )
}
