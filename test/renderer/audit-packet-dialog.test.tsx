import { describe, expect, it, vi } from 'vitest'
import { useState } from 'react'
import { render, screen, within } from '@testing-library/react'
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
  it('names a draft submitted for review as the packet does, "draft, in review" (vendor-manager review)', () => {
    const choices = [
      { engagementId: 'e3', vendorName: 'Müller Kundenservice GmbH', name: 'Kfz hotline', isDraft: true, inReview: true, assessed: true },
      { engagementId: 'e4', vendorName: 'Keystone LLC', name: 'Tier 2', isDraft: true, inReview: false, assessed: true }
    ]
    render(
      <ApiProvider api={{} as ArmsLengthApi}>
        <AuditPacketDialog open choices={choices} onClose={() => undefined} />
      </ApiProvider>
    )
    expect(screen.getByRole('checkbox', { name: /Müller/ }).closest('label')?.textContent).toContain('(draft, in review)')
    expect(screen.getByRole('checkbox', { name: /Keystone/ }).closest('label')?.textContent).toMatch(/\(draft\)$/)
  })

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

  it('opened from its button: Tab stays inside, Escape closes it and focus returns to the button; nothing is built', async () => {
    const startAuditPacket = vi.fn()
    const api = { startAuditPacket } as unknown as ArmsLengthApi
    function Opener() {
      const [open, setOpen] = useState(false)
      return (
        <>
          <button type="button" onClick={() => setOpen(true)}>
            Build audit packet (PDF)…
          </button>
          <AuditPacketDialog open={open} choices={CHOICES} onClose={() => setOpen(false)} />
        </>
      )
    }
    render(
      <ApiProvider api={api}>
        <Opener />
      </ApiProvider>
    )
    const user = userEvent.setup()
    const opener = screen.getByRole('button', { name: 'Build audit packet (PDF)…' })
    await user.click(opener)
    const dialog = screen.getByRole('dialog')
    within(dialog).getAllByRole('checkbox')[0]!.focus()
    for (let i = 0; i < 6; i++) {
      await user.tab()
      expect(dialog).toContainElement(document.activeElement as HTMLElement)
    }
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(opener).toHaveFocus()
    expect(startAuditPacket).not.toHaveBeenCalled()
  })

  it('once building starts, focus is on the progress status region (the Build button it was on is gone), which then says where it was saved', async () => {
    const startAuditPacket = vi.fn(async () => ({ ok: true as const, value: { jobId: 'job-1' } }))
    const getJob = vi.fn(async () => ({
      ok: true as const,
      value: { jobId: 'job-1', kind: 'audit-packet', state: 'done', done: 1, total: 1, savedAs: 'audit-packet.pdf', message: null }
    }))
    const api = { startAuditPacket, getJob } as unknown as ArmsLengthApi
    render(
      <ApiProvider api={api}>
        <AuditPacketDialog open choices={CHOICES} onClose={() => undefined} />
      </ApiProvider>
    )
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Build audit packet' }))
    const message = await screen.findByTestId('packet-progress-message')
    expect(message).toHaveFocus()
    // the status region itself, not a label beside it: read on arrival, then each change announced (vendor-manager review)
    expect(message).toBe(screen.getByRole('status'))
    expect(screen.getByRole('progressbar')).toHaveAccessibleName('Building the packet: 0 of 1 engagements')
    expect(message).toHaveTextContent('Building the packet: 0 of 1 engagements')
    await screen.findByText('Saved as audit-packet.pdf')
    expect(screen.getByTestId('packet-progress-message')).toHaveFocus()
  })
})
