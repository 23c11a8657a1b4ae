import { useCallback, useEffect, useState } from 'react'
import type { Engagement } from '@shared/schemas/engagement'
import type { AppError } from '@shared/util/result'
import { useApi } from './api-context'
import { useDataVersion } from './banks-context'

export type EngagementsState = { status: 'loading' } | { status: 'error'; error: AppError } | { status: 'ready'; engagements: Engagement[] }

export function useEngagements(): { state: EngagementsState; reload: () => Promise<void> } {
  const api = useApi()
  const dataVersion = useDataVersion()
  const [state, setState] = useState<EngagementsState>({ status: 'loading' })
  const reload = useCallback(async () => {
    const result = await api.listEngagements()
    setState(result.ok ? { status: 'ready', engagements: result.value } : { status: 'error', error: result.error })
    // dataVersion: read again after a restore or import
  }, [api, dataVersion]) // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    void reload()
  }, [reload])
  return { state, reload }
}
