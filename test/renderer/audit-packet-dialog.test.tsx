import { describe, expect, it, vi } from 'vitest'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ArmsLengthApi } from '@shared/ipc/contract'
import { ApiProvider } from '../../renderer/src/hooks/api-context'
import { AuditPacketDialog } from '../../renderer/src/components/portfolio/AuditPacketDialog'

const CHOICES = [
  { engagementId: 'e1', vendorName: 'Azteca Soluciones SA de CV', name: 'Back office', isDraft: false, assessed: true },
  {
    engagementId: 'e2',
    vendorName: 'Sample: Harbour Contact Services Inc.',
    name: 'Sample: customer care from Manila',
    isDraft: true,
    assessed: true,
    sample: true
  }
]

describe('the audit packet dialog', () => {
  it('leaves the sample engagement (invented data) out of the packet unless it is ticked', async () => {
    const startAuditPacket = vi.fn(async () => ({ ok: false as const, error: { code: 'cancelled', message: 'stopped by the test' } }))
    const api = { startAuditPacket } as unknown as ArmsLengthApi
    render(
      <ApiProvider api={api}>
        <AuditPacketDialog open choices={CHOICES} onClose={() => undefined} />
      </ApiProvider>
    )
    expect(screen.getByText(/Engagements to include \(1 of 2\)/)).toBeTruthy()
    expect(screen.getByText(/sample, not real data/)).toBeTruthy()
    const sample = screen.getByRole('checkbox', { name: /Sample: Harbour/ }) as HTMLInputElement
    expect(sample.checked).toBe(false)
    await userEvent.click(screen.getByRole('button', { name: 'Build audit packet' }))
    expect(startAuditPacket).toHaveBeenCalledWith({ engagementIds: ['e1'] })
  })
})
