import { createContext, useCallback, useContext, useState, type ReactNode } from 'react'
import type { QuestionBank } from '@shared/bank/bank-schema'
import { BUILTIN_BANKS } from '@shared/bank/bank-registry'
import { useApi } from './api-context'

type BanksValue = { banks: readonly QuestionBank[]; reload: () => Promise<void> }

const BanksContext = createContext<BanksValue>({ banks: BUILTIN_BANKS, reload: async () => undefined })

/** Built-in and imported question banks, loaded at start and again after a bank import. */
export function BanksProvider({ initial, children }: { initial: readonly QuestionBank[]; children: ReactNode }): React.JSX.Element {
  const api = useApi()
  const [banks, setBanks] = useState(initial)
  const reload = useCallback(async () => {
    const r = await api.listBanks()
    if (r.ok) setBanks(r.value)
  }, [api])
  return <BanksContext.Provider value={{ banks, reload }}>{children}</BanksContext.Provider>
}

export function useBanks(): readonly QuestionBank[] {
  return useContext(BanksContext).banks
}

export function useReloadBanks(): () => Promise<void> {
  return useContext(BanksContext).reload
}
