import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react'
import type { QuestionBank } from '@shared/bank/bank-schema'
import { BUILTIN_BANKS } from '@shared/bank/bank-registry'
import { useApi } from './api-context'

type StoredDataValue = {
  banks: readonly QuestionBank[]
  reload: () => Promise<void>
  /** Goes up each time the stored data was replaced or merged (restore, import); readers reload on it. */
  dataVersion: number
  /** Everything the screens hold came from the store before a restore or import: read it all again. */
  reloadAll: () => Promise<void>
}

const StoredDataContext = createContext<StoredDataValue>({
  banks: BUILTIN_BANKS,
  reload: async () => undefined,
  dataVersion: 0,
  reloadAll: async () => undefined
})

/**
 * The renderer's one data layer for what outlives a screen: the question banks (loaded at start), and
 * a version that every stored-data hook (engagements, assessments, summaries) depends on, so a restore
 * or an import refreshes all of them at once, without a restart.
 */
export function BanksProvider({ initial, children }: { initial: readonly QuestionBank[]; children: ReactNode }): React.JSX.Element {
  const api = useApi()
  const [banks, setBanks] = useState(initial)
  const [dataVersion, setDataVersion] = useState(0)
  const reload = useCallback(async () => {
    const r = await api.listBanks()
    if (r.ok) setBanks(r.value)
  }, [api])
  const reloadAll = useCallback(async () => {
    // banks first: a restored assessment pinned to a restored bank must find it when its screen reloads
    await reload()
    setDataVersion((v) => v + 1)
  }, [reload])
  const value = useMemo(() => ({ banks, reload, dataVersion, reloadAll }), [banks, reload, dataVersion, reloadAll])
  return <StoredDataContext.Provider value={value}>{children}</StoredDataContext.Provider>
}

export function useBanks(): readonly QuestionBank[] {
  return useContext(StoredDataContext).banks
}

export function useReloadBanks(): () => Promise<void> {
  return useContext(StoredDataContext).reload
}

/** The version of the stored data: a hook that reads it lists this among its effect's dependencies. */
export function useDataVersion(): number {
  return useContext(StoredDataContext).dataVersion
}

/** After a restore or an import: reload banks, then every stored-data hook. */
export function useReloadAll(): () => Promise<void> {
  return useContext(StoredDataContext).reloadAll
}
