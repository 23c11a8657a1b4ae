import { afterEach, describe, expect, it, vi } from 'vitest'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ArmsLengthApi } from '@shared/ipc/contract'
import { ok } from '@shared/util/result'
import { ApiProvider } from '../../renderer/src/hooks/api-context'
import { EditionProvider } from '../../renderer/src/hooks/edition-context'
import { BrowserStorageCard } from '../../renderer/src/components/settings/BrowserStorageCard'

function fakeApi(edition: 'browser' | 'desktop') {
  return {
    edition,
    exportBackup: vi.fn(async () => ok({ savedAs: 'armslength-backup-2026-12-06.json' }))
  }
}

function stubStorage(persisted: boolean) {
  const storage = {
    persisted: vi.fn(async () => persisted),
    persist: vi.fn(async () => true),
    estimate: vi.fn(async () => ({ usage: 3 * 1024 * 1024, quota: 2048 * 1024 * 1024 }))
  }
  Object.defineProperty(navigator, 'storage', { value: storage, configurable: true })
  return storage
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'storage')
})

function renderCard(api: ReturnType<typeof fakeApi>) {
  return render(
    <ApiProvider api={api as unknown as ArmsLengthApi}>
      {/* the frame (App) says which edition it is, once, for every screen */}
      <EditionProvider value={api.edition}>
        <BrowserStorageCard />
      </EditionProvider>
    </ApiProvider>
  )
}

describe('BrowserStorageCard', () => {
  it('in the browser edition says where the data lives, whether it is kept, and that clearing site data removes the backups too', async () => {
    stubStorage(false)
    renderCard(fakeApi('browser'))
    expect(await screen.findByRole('heading', { name: 'Where your data lives' })).toBeInTheDocument()
    expect(await screen.findByText(location.origin)).toBeInTheDocument()
    expect(await screen.findByText(/Best-effort: the browser may delete this data/)).toBeInTheDocument()
    expect(screen.getByText(/3\.0 MB of 2048\.0 MB allowed/)).toBeInTheDocument()
    expect(screen.getByText(/Clearing this site's data in the browser deletes everything: the data and its backups/)).toBeInTheDocument()
  })

  it('downloads a backup file through the API and says where it went', async () => {
    stubStorage(true)
    const api = fakeApi('browser')
    renderCard(api)
    await userEvent.click(await screen.findByRole('button', { name: 'Download a backup file' }))
    expect(api.exportBackup).toHaveBeenCalledTimes(1)
    expect(screen.getByRole('status')).toHaveTextContent('Saved as armslength-backup-2026-12-06.json')
    // already persistent: nothing to ask
    expect(screen.queryByRole('button', { name: 'Ask the browser to keep this data' })).toBeNull()
    expect(await screen.findByText(/Persistent: the browser keeps this data/)).toBeInTheDocument()
  })

  it('asks for persistent storage when the browser has not granted it', async () => {
    const storage = stubStorage(false)
    renderCard(fakeApi('browser'))
    await userEvent.click(await screen.findByRole('button', { name: 'Ask the browser to keep this data' }))
    expect(storage.persist).toHaveBeenCalledTimes(1)
    expect(screen.getByRole('status')).toHaveTextContent('The browser will keep this data.')
  })

  it('shows nothing in the desktop edition, and does not ask the browser about its storage', async () => {
    const storage = stubStorage(false)
    const { container } = renderCard(fakeApi('desktop'))
    await new Promise((r) => setTimeout(r, 0))
    expect(container).toBeEmptyDOMElement()
    expect(storage.estimate).not.toHaveBeenCalled()
  })

  it('is there on its first render once the edition is known, so nothing below it moves when it arrives', () => {
    stubStorage(false)
    renderCard(fakeApi('browser'))
    // synchronously, before any promise settles: the card that asked the host itself came a moment later
    expect(screen.getByRole('heading', { name: 'Where your data lives' })).toBeInTheDocument()
  })
})
