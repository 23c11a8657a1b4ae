import { describe, expect, it, vi } from 'vitest'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MAX_IMPORT_BYTES } from '@shared/exchange/safe-json'
import { ApiProvider } from '../../renderer/src/hooks/api-context'
import { ImportPanel } from '../../renderer/src/components/ImportPanel'
import { fakeApi } from '../helpers/fake-api'

describe('choosing a file to import', () => {
  it('a file over the limit is refused by its size, without being read into the page', async () => {
    const { api, calls } = await fakeApi()
    render(
      <ApiProvider api={api}>
        <ImportPanel onImported={() => undefined} />
      </ApiProvider>
    )
    const file = new File(['{}'], 'huge-video.json', { type: 'application/json' })
    Object.defineProperty(file, 'size', { value: 2 * 1024 * 1024 * 1024 })
    const read = vi.spyOn(file, 'arrayBuffer')
    await userEvent.upload(screen.getByLabelText(/Import an engagement file or bundle/), file)
    expect(await screen.findByText(/The file is 2048 MB; files over 50 MB are refused/)).toBeTruthy()
    expect(read).not.toHaveBeenCalled()
    expect(calls.filter((c) => c.method === 'previewImport')).toEqual([])
    expect(MAX_IMPORT_BYTES).toBe(50 * 1024 * 1024)
  })
})
