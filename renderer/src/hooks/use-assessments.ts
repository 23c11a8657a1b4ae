import { useCallback, useEffect, useState } from 'react'
import type { Assessment } from '@shared/schemas/assessment'
import { useApi } from './api-context'
import { useDataVersion, useEnsureBanks } from './banks-context'

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
  const ensureBanks = useEnsureBanks()
  const [assessments, setAssessments] = useState<Assessment[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const reload = useCallback(async () => {
    const r = await api.listAssessments({ engagementId })
    // the banks they were answered under first, so no screen scores one without its bank
    const banks = r.ok ? await ensureBanks(r.value.map((a) => a.bank)) : r
    setAssessments(r.ok && banks.ok ? r.value : null)
    setError(banks.ok ? null : banks.error.message)
    // dataVersion: read again after a restore or import
  }, [api, ensureBanks, engagementId, dataVersion]) // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    void reload()
  }, [reload])
  return { assessments, error, reload }
}
