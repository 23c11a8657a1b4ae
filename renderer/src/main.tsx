import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import './styles/tokens.css'
import './styles/global.css'
import './styles/workflow.css'
import { connectApi } from './api'
import { App } from './App'
import { ApiProvider } from './hooks/api-context'

async function start(): Promise<void> {
  const root = createRoot(document.getElementById('root') as HTMLElement)
  const api = await connectApi()
  root.render(
    <StrictMode>
      <ApiProvider api={api}>
        <App />
      </ApiProvider>
    </StrictMode>
  )
}

void start()
