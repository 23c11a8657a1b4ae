import { useEffect, useId, useRef, useState } from 'react'
import type { Engagement } from '@shared/schemas/engagement'
import type { Assessment } from '@shared/schemas/assessment'
import { typedNameConfirms } from '@shared/schemas/delete-confirm'
import { ModalDialog } from './ModalDialog'
import { DialogActions } from './DialogActions'
import { ErrorAlert } from './ErrorAlert'

type Props = {
  open: boolean
  engagement: Engagement
  /** The engagement's assessments, or null while they load (the typed name is then asked for, to be safe). */
  assessments: readonly Assessment[] | null
  /** Deletes; `confirmName` is what the user typed. Answers the error message, or null when done. */
  onConfirm: (confirmName: string | undefined) => Promise<string | null>
  onCancel: () => void
}

/**
 * Deleting an engagement. The service first makes a backup of everything and reads it back; an
 * engagement with signed-off assessments also needs its name typed, and that backup is then kept
 * whatever the rotation. The words say exactly that, nothing more.
 */
export function DeleteEngagementDialog({ open, engagement: e, assessments, onConfirm, onCancel }: Props): React.JSX.Element {
  const uid = useId()
  const cancelRef = useRef<HTMLButtonElement>(null)
  const [typed, setTyped] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const finals = assessments?.filter((a) => a.status === 'final').length ?? null
  const needsName = finals === null || finals > 0
  const nameMatches = typedNameConfirms(typed, e.name)

  useEffect(() => {
    if (!open) return
    setTyped('')
    setError(null)
    // Cancel is focused first so Enter never destroys data by accident
    cancelRef.current?.focus()
  }, [open])

  async function confirm(): Promise<void> {
    setBusy(true)
    const failed = await onConfirm(needsName ? typed : undefined)
    setBusy(false)
    setError(failed)
  }

  return (
    <ModalDialog open={open} title={`Delete the engagement “${e.name}” with ${e.vendorName}?`} onCancel={onCancel}>
      <div className="dialog-body">
        <p>
          This removes the engagement “<bdi>{e.name}</bdi>” and{' '}
          {assessments ? `its ${assessments.length} ${assessments.length === 1 ? 'assessment' : 'assessments'}` : 'all of its assessments'}{' '}
          from this computer. Archive it instead if you may need it for an audit.
        </p>
        {finals !== null && finals > 0 && (
          <p>
            <strong>
              {finals} {finals === 1 ? 'assessment is' : 'assessments are'} signed off.
            </strong>{' '}
            Signed records are kept for legal review, so this needs the engagement name typed below.
          </p>
        )}
        <p>
          Before anything is removed, a backup of all your data is made and read back to check it; you can restore it from Settings ›
          Backups.
          {/* only when it is known: the service keeps the backup for good only if signed-off assessments are removed */}
          {finals !== null && finals > 0 ? ' Because signed-off assessments are removed, that backup is never rotated away.' : ''}
        </p>
        {needsName && (
          <div className="field">
            <label htmlFor={`${uid}-name`}>
              Type the engagement name,{' '}
              <strong>
                <bdi>{e.name}</bdi>
              </strong>
              , to confirm
            </label>
            <input
              id={`${uid}-name`}
              type="text"
              autoComplete="off"
              spellCheck={false}
              value={typed}
              onChange={(event) => setTyped(event.target.value)}
            />
          </div>
        )}
        <ErrorAlert message={error} />
      </div>
      <DialogActions onCancel={onCancel} cancelRef={cancelRef} cancelDisabled={busy}>
        <button type="button" className="button danger" disabled={busy || (needsName && !nameMatches)} onClick={() => void confirm()}>
          {busy ? 'Backing up and deleting…' : 'Delete engagement'}
        </button>
      </DialogActions>
    </ModalDialog>
  )
}
