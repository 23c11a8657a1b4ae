import { describe, expect, it, vi } from 'vitest'
import { act, render, screen } from '@testing-library/react'
import type { ArmsLengthApi, JobStatus } from '@shared/ipc/contract'
import { ok } from '@shared/util/result'
import { ApiProvider } from '../../renderer/src/hooks/api-context'
import { AuditPacketDialog } from '../../renderer/src/components/portfolio/AuditPacketDialog'

const running: JobStatus = { jobId: 'job-1', kind: 'audit-packet', state: 'running', done: 0, total: 2, savedAs: null, message: null }

/** A job whose first answers carry no progress (the same object each time), then finishes. */
function slowJobApi(quietPolls: number) {
  let polls = 0
  const getJob = vi.fn(async () => {
    polls++
    if (polls <= quietPolls) return ok(running)
    return ok({ ...running, state: 'done' as const, done: 2, savedAs: 'audit-packet.pdf' })
  })
  const api = { startAuditPacket: vi.fn(async () => ok({ jobId: 'job-1' })), getJob } as unknown as ArmsLengthApi
  return { api, getJob }
}

const choices = [
  { engagementId: 'e1', vendorName: 'Acme BPO', name: 'Care', isDraft: false, assessed: true },
  { engagementId: 'e2', vendorName: 'Beta BPO', name: 'Billing', isDraft: true, assessed: true }
]

describe('AuditPacketDialog', () => {
  it('keeps following a job whose first answers show no progress, until it is saved', async () => {
    vi.useFakeTimers()
    try {
      const { api, getJob } = slowJobApi(3)
      render(
        <ApiProvider api={api}>
          <AuditPacketDialog open choices={choices} onClose={() => undefined} />
        </ApiProvider>
      )
      await act(async () => screen.getByRole('button', { name: 'Build audit packet' }).click())
      expect(screen.getByText('Building the packet: 0 of 2 engagements')).toBeInTheDocument()
      for (let i = 0; i < 6; i++) await act(async () => vi.advanceTimersByTimeAsync(300))
      expect(getJob.mock.calls.length).toBeGreaterThanOrEqual(4)
      expect(screen.getByText('Saved as audit-packet.pdf')).toBeInTheDocument()
      const calls = getJob.mock.calls.length
      await act(async () => vi.advanceTimersByTimeAsync(2000))
      expect(getJob.mock.calls.length, 'polling stops once the job is done').toBe(calls)
    } finally {
      vi.useRealTimers()
    }
  })
})
