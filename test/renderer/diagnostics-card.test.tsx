import { afterEach, describe, expect, it, vi } from 'vitest'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ArmsLengthApi, Diagnostics } from '@shared/ipc/contract'
import { ok } from '@shared/util/result'
import { ApiProvider } from '../../renderer/src/hooks/api-context'
import { DiagnosticsCard } from '../../renderer/src/components/settings/DiagnosticsCard'

const diagnostics: Diagnostics = {
  appVersion: '0.1.0',
  edition: 'browser',
  platform: 'Mozilla/5.0 (test)',
  storeVersion: 4,
  counts: { engagements: 3, assessments: 5, finalAssessments: 2, importedBanks: 1, backups: 7 },
  logLines: ['2026-12-06T01:00:00.000Z INFO app-start version=0.1.0 edition=browser']
}

function renderCard() {
  const api = { getDiagnostics: vi.fn(async () => ok(diagnostics)) }
  render(
    <ApiProvider api={api as unknown as ArmsLengthApi}>
      <DiagnosticsCard />
    </ApiProvider>
  )
  return api
}

function stubClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText: vi.fn(writeText) }, configurable: true })
  return navigator.clipboard as unknown as { writeText: ReturnType<typeof vi.fn> }
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'clipboard')
})

describe('DiagnosticsCard', () => {
  it('copies versions, counts and the log, and shows exactly what was copied', async () => {
    const clipboard = stubClipboard(async () => undefined)
    const api = renderCard()
    await userEvent.click(screen.getByRole('button', { name: 'Copy diagnostic information' }))
    expect(api.getDiagnostics).toHaveBeenCalledTimes(1)
    const copied = clipboard.writeText.mock.calls[0]?.[0] as string
    expect(copied).toContain('Version: 0.1.0 (browser edition)')
    expect(copied).toContain('Engagements: 3; assessments: 5 (2 signed off); imported question banks: 1; backups: 7')
    expect(copied).toContain('INFO app-start version=0.1.0')
    expect(screen.getByLabelText('Text to send to support')).toHaveValue(copied)
    expect(screen.getByRole('status')).toHaveTextContent(/^Copied\./)
  })

  it('when the clipboard is refused (the desktop denies it), says how to copy the shown text', async () => {
    stubClipboard(async () => {
      throw new DOMException('denied', 'NotAllowedError')
    })
    renderCard()
    await userEvent.click(screen.getByRole('button', { name: 'Copy diagnostic information' }))
    expect(screen.getByRole('status')).toHaveTextContent('Select the text below and copy it')
    expect((screen.getByLabelText('Text to send to support') as HTMLTextAreaElement).value).toContain('Store format version: 4')
  })
})
