import { useEffect, useState } from 'react'
import type { AssessmentSummary } from '@shared/store/store-index'
import { useApi } from './api-context'
import { useDataVersion } from './banks-context'

/** Every assessment's summary (status, dates), for lists and due dates; null while loading. */
export function useAssessmentSummaries(): AssessmentSummary[] | null {
  const api = useApi()
  const dataVersion = useDataVersion()
  const [summaries, setSummaries] = useState<AssessmentSummary[] | null>(null)
  useEffect(() => {
    let cancelled = false
    void api.listAssessmentSummaries().then((r) => {
      if (!cancelled) setSummaries(r.ok ? r.value : [])
    })
    return () => {
      cancelled = true
    }
    // dataVersion: read again after a restore or import
  }, [api, dataVersion])
  return summaries
}
