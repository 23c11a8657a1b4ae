import { useCallback, useEffect, useState } from 'react'
import type { Engagement } from '@shared/schemas/engagement'
import type { AppError } from '@shared/util/result'
import { useApi } from './api-context'

export type EngagementsState =
  | { status: 'loading' }
  | { status: 'error'; error: AppError }
  | { status: 'ready'; engagements: Engagement[] }

export function useEngagements(): { state: EngagementsState; reload: () => Promise<void> } {
  const api = useApi()
  const [state, setState] = useState<EngagementsState>({ status: 'loading' })
  const reload = useCallback(async () => {
    const result = await api.listEngagements()
    setState(result.ok ? { status: 'ready', engagements: result.value } : { status: 'error', error: result.error })
  }, [api])
  useEffect(() => {
    void reload()
  }, [reload])
  return { state, reload }
}
