import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import './styles/tokens.css'
import './styles/global.css'
import './styles/workflow.css'
import './styles/responsive.css'
import { connectApi } from './api'
import { App } from './App'
import { ApiProvider } from './hooks/api-context'
import { BanksProvider } from './hooks/banks-context'
import { DEFAULT_BANK } from '@shared/bank/bank-registry'
import { StartFailure } from './StartFailure'
import { messageOf } from '@shared/util/result'

async function start(): Promise<void> {
  const root = createRoot(document.getElementById('root') as HTMLElement)
  let api: Awaited<ReturnType<typeof connectApi>>
  try {
    api = await connectApi()
  } catch (error) {
    // why: without this the page stays blank; the desktop shows the same facts in an error box
    root.render(<StartFailure message={messageOf(error)} />)
    return
  }
  const banks = await api.listBanks()
  root.render(
    <StrictMode>
      <ApiProvider api={api}>
        <BanksProvider initial={banks.ok ? banks.value : [DEFAULT_BANK]}>
          <App />
        </BanksProvider>
      </ApiProvider>
    </StrictMode>
  )
}

void start()
