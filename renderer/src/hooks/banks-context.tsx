import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react'
import type { QuestionBank } from '@shared/bank/bank-schema'
import { DEFAULT_BANK, bankKey, findBank, type BankRef } from '@shared/bank/bank-registry'
import { ok, type Result } from '@shared/util/result'
import { useApi } from './api-context'

type StoredDataValue = {
  banks: readonly QuestionBank[]
  reload: () => Promise<void>
  /**
   * Makes sure the banks of assessments about to be shown are at hand: earlier built-in releases are not
   * loaded at start (shared/bank/bank-source.ts), so a screen showing one asks for it first. Without
   * `refs`, every release (the list in Settings). An archive that cannot be loaded is an error to show.
   */
  ensure: (refs?: readonly BankRef[]) => Promise<Result<unknown>>
  /** Goes up each time the stored data was replaced or merged (restore, import); readers reload on it. */
  dataVersion: number
  /** Everything the screens hold came from the store before a restore or import: read it all again. */
  reloadAll: () => Promise<void>
}

const StoredDataContext = createContext<StoredDataValue>({
  banks: [DEFAULT_BANK],
  reload: async () => undefined,
  ensure: async () => ok(null),
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
  // the newest list, for ensure: a screen asking right after another loaded a release must not load it again
  const current = useRef(initial)
  const adopt = useCallback((next: readonly QuestionBank[]) => {
    current.current = next
    setBanks(next)
  }, [])
  const [dataVersion, setDataVersion] = useState(0)
  const reload = useCallback(async () => {
    const r = await api.listBanks()
    if (r.ok) adopt(r.value)
  }, [api, adopt])
  const ensure = useCallback(
    async (refs?: readonly BankRef[]): Promise<Result<unknown>> => {
      const missing = refs && [...new Map(refs.filter((r) => !findBank(current.current, r)).map((r) => [bankKey(r), r])).values()]
      if (missing?.length === 0) return ok(null)
      const r = await api.loadBanks(missing ? { refs: missing.map(({ id, version }) => ({ id, version })) } : {})
      if (r.ok) adopt(r.value)
      return r
    },
    [api, adopt]
  )
  const reloadAll = useCallback(async () => {
    // banks first: a restored assessment pinned to a restored bank must find it when its screen reloads
    await reload()
    setDataVersion((v) => v + 1)
  }, [reload])
  const value = useMemo(() => ({ banks, reload, ensure, dataVersion, reloadAll }), [banks, reload, ensure, dataVersion, reloadAll])
  return <StoredDataContext.Provider value={value}>{children}</StoredDataContext.Provider>
}

export function useBanks(): readonly QuestionBank[] {
  return useContext(StoredDataContext).banks
}

export function useReloadBanks(): () => Promise<void> {
  return useContext(StoredDataContext).reload
}

/** See StoredDataValue.ensure. */
export function useEnsureBanks(): (refs?: readonly BankRef[]) => Promise<Result<unknown>> {
  return useContext(StoredDataContext).ensure
}

/** The version of the stored data: a hook that reads it lists this among its effect's dependencies. */
export function useDataVersion(): number {
  return useContext(StoredDataContext).dataVersion
}

/** After a restore or an import: reload banks, then every stored-data hook. */
export function useReloadAll(): () => Promise<void> {
  return useContext(StoredDataContext).reloadAll
}
