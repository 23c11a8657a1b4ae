import { describe, expect, test, vi } from 'vitest'
import { render, screen, within } from '@testing-library/react'
import type { ArmsLengthApi, StoreNotice } from '@shared/ipc/contract'
import { ok } from '@shared/util/result'
import { ApiProvider } from '../../renderer/src/hooks/api-context'
import { StartupNotice } from '../../renderer/src/components/StartupNotice'

/*
 * Attacker review: the backup offered after damage is restored from this notice, without the restore dialog, so a
 * sign-off in it dated after now (the clock ran ahead when it was signed) was restored unnamed. It is named here.
 */
const NOTICE: StoreNotice = {
  kind: 'set-aside',
  message: 'The data file was damaged and set aside.',
  setAsideAs: 'armslength-store.damaged.json',
  offeredBackup: { id: 'store-2031.json', createdAt: '2031-01-01T00:05:00.000Z', engagementCount: 1, sizeBytes: 1000, pinned: false }
}

function show(signedAhead: unknown[]) {
  const api = {
    previewRestore: vi.fn(async () => ok({ engagementCount: 1, assessmentCount: 2, signedOff: [], signedAhead })),
    restoreBackup: vi.fn(),
    dismissNotice: vi.fn()
  }
  render(
    <ApiProvider api={api as unknown as ArmsLengthApi}>
      <StartupNotice notice={NOTICE} onDone={() => undefined} />
    </ApiProvider>
  )
  return api
}

describe('the notice offering a backup after damage', () => {
  test('names a sign-off in the backup dated after now, and asks for the clock to be checked', async () => {
    const api = show([
      {
        assessmentId: 'a1',
        engagementName: 'Contact centre',
        vendorName: 'Baltic Voice',
        title: 'Annual 2030',
        finalizedAt: '2031-01-01T00:00:00.000Z'
      }
    ])
    const list = await screen.findByRole('list', { name: 'Sign-offs dated after now' })
    expect(within(list).getAllByRole('listitem')[0]).toHaveTextContent(/^Contact centre with Baltic Voice — Annual 2030, signed off /)
    expect(screen.getByRole('alert')).toHaveTextContent('Check the computer’s date and time')
    expect(api.previewRestore).toHaveBeenCalledWith({ id: 'store-2031.json' })
  })

  test('says nothing of dates when the backup has none after now', async () => {
    const api = show([])
    await vi.waitFor(() => expect(api.previewRestore).toHaveBeenCalled())
    await new Promise((r) => setTimeout(r, 0))
    expect(screen.queryByRole('list', { name: 'Sign-offs dated after now' })).toBeNull()
    expect(screen.getByRole('button', { name: 'Restore that backup' })).toBeInTheDocument()
  })
})
