import { useState } from 'react'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { ErrorAlert } from '../../components/ErrorAlert'
import { ASSESSMENT_STATUS_LABEL } from '../../labels'
import { assessmentName } from '../../assessment-name'
import { formatDateTime } from '../../format'
import { useApi } from '../../hooks/api-context'
import { navigate } from '../../hooks/use-hash-route'
import { forgetNaDrafts } from '../../state/na-drafts'
import type { AssessmentSession } from '../../hooks/use-assessment-session'

/**
 * Deleting an assessment started by mistake (a draft or one in review). A signed final is a record and is never
 * deleted, so nothing is offered for one. The store takes a backup before any change that removes records, which
 * the dialog says, and Cancel is focused first (ConfirmDialog), so Enter never deletes.
 */
export function DeleteUnsigned({ session }: { session: AssessmentSession }): React.JSX.Element | null {
  const api = useApi()
  const [open, setOpen] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const { assessment, engagement } = session
  if (assessment.status === 'final') return null
  const answered = Object.keys(assessment.answers).length
  const name = assessmentName(assessment)

  async function remove(): Promise<void> {
    setBusy(true)
    // an answer still waiting for its autosave is written first, so the backup taken before the deletion holds it
    await session.flush()
    const result = await api.deleteAssessment({ assessmentId: assessment.id })
    setBusy(false)
    // the dialog stays open and says why, so the person can cancel or try again
    if (!result.ok) return setError(result.error.message)
    forgetNaDrafts(assessment.id)
    setOpen(false)
    navigate({ name: 'engagement', id: engagement.id })
  }

  return (
    <>
      <button type="button" className="button danger" onClick={() => setOpen(true)} disabled={busy}>
        Delete {assessment.status === 'draft' ? 'draft' : 'assessment'}…
      </button>
      <ConfirmDialog
        open={open}
        title={`Delete “${name}”?`}
        confirmLabel={busy ? 'Deleting…' : `Delete ${assessment.status === 'draft' ? 'draft' : 'assessment'}`}
        destructive
        onConfirm={() => void remove()}
        onCancel={() => {
          setError(null)
          setOpen(false)
        }}
      >
        <p>
          {assessment.status === 'draft' ? 'This draft' : `This assessment (${ASSESSMENT_STATUS_LABEL[assessment.status].toLowerCase()})`},
          started {formatDateTime(assessment.createdAt)}, is removed with its {answered === 1 ? 'answer' : `${answered} answers`}, notes,
          evidence references, verdicts and action plan.
        </p>
        {assessment.revisionOfId !== undefined && <p>It is a revision: the signed final it would have corrected stands as it is.</p>}
        <p>
          A backup of all your data is made first, so it can be brought back from <strong>Settings &amp; backups</strong>. Signed-off
          assessments are never deleted.
        </p>
        <ErrorAlert message={error} />
      </ConfirmDialog>
    </>
  )
}
