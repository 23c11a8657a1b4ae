import { createContext, useContext, type ReactNode } from 'react'
import type { ArmsLengthApi } from '@shared/ipc/contract'

const ApiContext = createContext<ArmsLengthApi | null>(null)

export function ApiProvider({ api, children }: { api: ArmsLengthApi; children: ReactNode }): React.JSX.Element {
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>
}

export function useApi(): ArmsLengthApi {
  const api = useContext(ApiContext)
  if (!api) throw new Error('useApi outside ApiProvider')
  return api
}
