import { useEffect, useId, useRef, useState } from 'react'
import type { AffectedSignOff, InBackup, RestoreImpact } from '@shared/service/restore-impact'
import { RESTORE_CONFIRM_WORD, typedRestoreConfirms } from '@shared/schemas/restore-confirm'
import { ASSESSMENT_STATUS_LABEL } from '../../labels'
import { formatDateTime } from '../../format'
import { ModalDialog } from '../ModalDialog'
import { DialogActions } from '../DialogActions'
import { NamedAssessment } from '../NamedAssessment'
import { SignedAheadNote } from './SignedAheadNote'

type Props = {
  /** What is being restored, or null when the dialog is closed. */
  restoring: { title: string; source: string; impact: RestoreImpact } | null
  onConfirm: () => void
  onCancel: () => void
}

/**
 * Confirms a restore. It lists, by engagement and sign-off date, every signed-off assessment present now
 * that the backup lacks or holds in another state or content (another fingerprint); when there is one, the restore needs RESTORE typed.
 * Either way it says where the data as it was goes: the safety copy made first, pinned when it holds such
 * an assessment. Cancel is focused first, as in every confirmation, so Enter never replaces data by accident.
 */
export function RestoreDialog({ restoring, onConfirm, onCancel }: Props): React.JSX.Element {
  const uid = useId()
  const cancelRef = useRef<HTMLButtonElement>(null)
  const [typed, setTyped] = useState('')
  // the word is forgotten the moment the dialog is given another restore (or closed), in the same render:
  // reset in an effect, the reopened dialog first showed the word typed before cancelling
  const [typedFor, setTypedFor] = useState(restoring)
  if (typedFor !== restoring) {
    setTypedFor(restoring)
    setTyped('')
  }
  const open = restoring !== null
  const affected = restoring?.impact.signedOff ?? []
  const ahead = restoring?.impact.signedAhead ?? []
  const needsWord = affected.length > 0

  useEffect(() => {
    if (open) cancelRef.current?.focus()
  }, [open])

  return (
    <ModalDialog open={open} wide={needsWord} title={restoring?.title ?? ''} onCancel={onCancel}>
      <div className="dialog-body">
        <p>
          Your current data will be replaced by {restoring?.source} ({countOf(restoring?.impact.engagementCount ?? 0, 'engagement')},{' '}
          {countOf(restoring?.impact.assessmentCount ?? 0, 'assessment')}), if it passes the same checks as an import.
        </p>
        {ahead.length > 0 && <SignedAheadNote ahead={ahead} />}
        {needsWord ? (
          <>
            <p>
              <strong>
                {affected.length === 1
                  ? '1 signed-off assessment you have now is missing from this backup or held there in another state or content.'
                  : `${affected.length} signed-off assessments you have now are missing from this backup or held there in another state or content.`}
              </strong>{' '}
              After the restore the register will not show {affected.length === 1 ? 'it' : 'them'} as signed off now:
            </p>
            <ul className="restore-affected" aria-label="Signed-off assessments the restore takes away">
              {affected.map((a) => (
                <li key={a.assessmentId}>
                  <AffectedLine affected={a} />
                </li>
              ))}
            </ul>
            <p>
              A backup of your current data is made and checked first; the restore stops if it cannot be. Because it holds{' '}
              {affected.length === 1 ? 'this signed-off assessment' : 'these signed-off assessments'}, that backup is never rotated away: it
              is listed under Backups on this page as kept always, made at the time of the restore. Restore it to get{' '}
              {affected.length === 1 ? 'the assessment' : 'them'} back.
            </p>
            <div className="field">
              <label htmlFor={`${uid}-word`}>
                Type <strong>{RESTORE_CONFIRM_WORD}</strong> to confirm
              </label>
              <input
                id={`${uid}-word`}
                type="text"
                autoComplete="off"
                autoCapitalize="characters"
                spellCheck={false}
                value={typed}
                onChange={(event) => setTyped(event.target.value)}
                // typing the word is the confirmation: Enter then restores, as a person who typed it expects
                // (vendor-manager review); before the word is right, Enter does nothing
                onKeyDown={(event) => {
                  if (event.key === 'Enter' && typedRestoreConfirms(typed)) {
                    event.preventDefault()
                    onConfirm()
                  }
                }}
              />
            </div>
          </>
        ) : (
          <p>
            Every signed-off assessment you have now is in this backup, signed and unchanged. A backup of your current data is made and
            checked first (the restore stops if it cannot be); it is listed under Backups on this page, made at the time of the restore.
          </p>
        )}
      </div>
      <DialogActions onCancel={onCancel} cancelRef={cancelRef}>
        <button type="button" className="button primary" disabled={needsWord && !typedRestoreConfirms(typed)} onClick={onConfirm}>
          Restore
        </button>
      </DialogActions>
    </ModalDialog>
  )
}

function AffectedLine({ affected: a }: { affected: AffectedSignOff }): React.JSX.Element {
  return (
    <>
      <NamedAssessment named={a} />, signed off {formatDateTime(a.finalizedAt)}: {inBackupText(a.inBackup)}.
    </>
  )
}

function inBackupText(held: InBackup): string {
  switch (held.kind) {
    case 'missing':
      return 'the backup does not have it'
    case 'unsigned':
      return `the backup holds it unsigned (${ASSESSMENT_STATUS_LABEL[held.status].toLowerCase()})`
    case 'signed-other':
      return `the backup holds another sign-off, of ${formatDateTime(held.finalizedAt)}`
    case 'signed-differently':
      // same id and date, other content: a file edited after sign-off and its fingerprint computed again
      return `the backup holds a sign-off of the same date over different content (fingerprint ${held.fingerprint.slice(0, 16)}…, not the one signed here)`
  }
}

function countOf(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}
