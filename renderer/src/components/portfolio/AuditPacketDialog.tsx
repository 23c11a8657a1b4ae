import { useEffect, useId, useRef, useState } from 'react'
import type { JobStatus } from '@shared/ipc/contract'
import { useApi } from '../../hooks/api-context'
import { ModalDialog } from '../ModalDialog'
import { DialogActions } from '../DialogActions'
import { ErrorAlert } from '../ErrorAlert'

/** sample: the engagement created to explore the app (nothing in it is real); listed, but not chosen for counsel unless ticked */
type Choice = {
  engagementId: string
  vendorName: string
  name: string
  isDraft: boolean
  /** The draft is submitted for review: named as the packet names it, "Draft (in review)". */
  inReview?: boolean
  assessed: boolean
  sample?: boolean
}
type Props = { open: boolean; choices: readonly Choice[]; onClose: () => void }

const POLL_MS = 250

/** Choose engagements, build the audit packet in the PDF worker, and follow its progress. */
export function AuditPacketDialog({ open, choices, onClose }: Props): React.JSX.Element {
  const api = useApi()
  const uid = useId()
  // why: "Select all" by default put the sample (invented data) into the packet sent to legal
  const [selected, setSelected] = useState<ReadonlySet<string>>(
    () => new Set(choices.filter((c) => c.sample !== true).map((c) => c.engagementId))
  )
  const [job, setJob] = useState<JobStatus | null>(null)
  const [error, setError] = useState<string | null>(null)
  const running = job !== null && (job.state === 'running' || job.state === 'saving')

  const jobId = job?.jobId ?? null
  // why: starting removes the list and the Build button (which had focus) and disables Close, so focus
  // fell to <body>; it goes to the progress status, which then says how the packet ended
  const progressRef = useRef<HTMLParagraphElement>(null)
  useEffect(() => {
    if (jobId !== null) progressRef.current?.focus()
  }, [jobId])

  // why an interval, not a timeout re-armed on every answer: an answer equal to the last one (no progress
  // yet) does not re-render, so a re-armed poll stopped there and the dialog sat at "0 of N" for good
  useEffect(() => {
    if (jobId === null || !running) return
    const timer = setInterval(() => {
      void api.getJob({ jobId }).then((r) => {
        if (r.ok) setJob(r.value)
        else {
          setError(r.error.message)
          setJob((current) => (current ? { ...current, state: 'failed', message: r.error.message } : current))
        }
      })
    }, POLL_MS)
    return () => clearInterval(timer)
  }, [api, jobId, running])

  async function start(): Promise<void> {
    setError(null)
    const r = await api.startAuditPacket({ engagementIds: [...selected] })
    if (!r.ok) return setError(r.error.message)
    setJob({ jobId: r.value.jobId, kind: 'audit-packet', state: 'running', done: 0, total: selected.size, savedAs: null, message: null })
  }

  function toggle(id: string, on: boolean): void {
    const next = new Set(selected)
    if (on) next.add(id)
    else next.delete(id)
    setSelected(next)
  }

  function close(): void {
    if (running) return
    setJob(null)
    onClose()
  }

  return (
    <ModalDialog open={open} title="Audit packet" wide onCancel={close}>
      <p>
        One PDF for legal: a cover, the portfolio summary and heat map, contents with page numbers, each engagement’s latest final report
        (or its latest draft, clearly marked) and a manifest of every report with its fingerprint.
      </p>
      {job === null ? (
        <fieldset className="field packet-choices">
          <legend>
            Engagements to include ({selected.size} of {choices.length})
          </legend>
          <div className="button-row">
            <button type="button" className="button subtle" onClick={() => setSelected(new Set(choices.map((c) => c.engagementId)))}>
              Select all
            </button>
            <button type="button" className="button subtle" onClick={() => setSelected(new Set())}>
              Select none
            </button>
          </div>
          <ul className="packet-list">
            {choices.map((c) => (
              <li key={c.engagementId}>
                <label className="check">
                  <input
                    type="checkbox"
                    checked={selected.has(c.engagementId)}
                    onChange={(e) => toggle(c.engagementId, e.target.checked)}
                  />
                  <span>
                    <bdi>{c.vendorName}</bdi> — <bdi>{c.name}</bdi>
                    {c.sample === true && <span className="hint"> (sample, not real data)</span>}
                    {!c.assessed ? (
                      <span className="hint"> (not assessed: listed in the manifest only)</span>
                    ) : c.isDraft ? (
                      <span className="hint">{c.inReview === true ? ' (draft, in review)' : ' (draft)'}</span>
                    ) : null}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      ) : (
        <div className="packet-progress">
          {/* the status region itself takes focus (not a label beside it): a screen reader reads it on arrival and then
              announces each change of it, up to where the packet was saved or why it failed (vendor-manager review) */}
          <p
            role="status"
            id={`${uid}-message`}
            ref={progressRef}
            tabIndex={-1}
            className="packet-message"
            data-testid="packet-progress-message"
          >
            {job.state === 'running' && `Building the packet: ${job.done} of ${job.total} engagements`}
            {job.state === 'saving' && 'Saving the packet…'}
            {job.state === 'done' && `Saved as ${job.savedAs ?? ''}`}
            {job.state === 'cancelled' && 'Saving was cancelled.'}
            {job.state === 'failed' && `The packet failed: ${job.message ?? ''}`}
          </p>
          <progress
            aria-labelledby={`${uid}-message`}
            max={Math.max(1, job.total)}
            value={job.state === 'running' ? job.done : job.total}
          />
        </div>
      )}
      <ErrorAlert message={error} />
      <DialogActions onCancel={close} cancelLabel={job === null ? 'Cancel' : 'Close'} cancelDisabled={running}>
        {job === null && (
          <button type="button" className="button primary" disabled={selected.size === 0} onClick={() => void start()}>
            Build audit packet
          </button>
        )}
      </DialogActions>
    </ModalDialog>
  )
}
