import { useEffect, useState } from 'react'
import type { PortfolioRow } from '@shared/portfolio/portfolio-types'
import { useApi } from './api-context'
import { useDataVersion } from './banks-context'

type PortfolioState = {
  /** null while loading, and when they could not be read (see `error`). */
  rows: PortfolioRow[] | null
  /** Why they could not be read (a damaged stored assessment); shown, never taken for "none". */
  error: string | null
}

/** The portfolio's rows as of `today`, built by the service from the store's index (listPortfolio). */
export function usePortfolio(today: string): PortfolioState {
  const api = useApi()
  const dataVersion = useDataVersion()
  const [state, setState] = useState<PortfolioState>({ rows: null, error: null })
  useEffect(() => {
    let cancelled = false
    void api.listPortfolio({ today }).then((r) => {
      if (!cancelled) setState(r.ok ? { rows: r.value, error: null } : { rows: null, error: r.error.message })
    })
    return () => {
      cancelled = true
    }
    // dataVersion: read again after a restore or import
  }, [api, today, dataVersion])
  return state
}
