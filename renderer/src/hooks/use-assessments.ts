import { useCallback, useEffect, useState } from 'react'
import type { Assessment } from '@shared/schemas/assessment'
import { useApi } from './api-context'
import { useDataVersion } from './banks-context'

type AssessmentsState = {
  /** null while loading, and when they could not be read (see `error`). */
  assessments: Assessment[] | null
  /** Why they could not be read (a damaged stored assessment); shown, never taken for "none". */
  error: string | null
  reload: () => Promise<void>
}

/** Assessments of one engagement, or of all when no id is given. */
export function useAssessments(engagementId?: string): AssessmentsState {
  const api = useApi()
  const dataVersion = useDataVersion()
  const [assessments, setAssessments] = useState<Assessment[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const reload = useCallback(async () => {
    const r = await api.listAssessments({ engagementId })
    setAssessments(r.ok ? r.value : null)
    setError(r.ok ? null : r.error.message)
    // dataVersion: read again after a restore or import
  }, [api, engagementId, dataVersion]) // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    void reload()
  }, [reload])
  return { assessments, error, reload }
}
