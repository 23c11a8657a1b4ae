import { useCallback, useEffect, useState } from 'react'
import type { Assessment } from '@shared/schemas/assessment'
import { useApi } from './api-context'

/** Assessments of one engagement, or of all when no id is given. */
export function useAssessments(engagementId?: string): { assessments: Assessment[] | null; reload: () => Promise<void> } {
  const api = useApi()
  const [assessments, setAssessments] = useState<Assessment[] | null>(null)
  const reload = useCallback(async () => {
    const r = await api.listAssessments({ engagementId })
    setAssessments(r.ok ? r.value : [])
  }, [api, engagementId])
  useEffect(() => {
    void reload()
  }, [reload])
  return { assessments, reload }
}
