import type { SignedAheadOfClock } from '@shared/service/restore-impact'
import { formatDateTime } from '../../format'
import { NamedAssessment } from '../NamedAssessment'

/**
 * A backup from the app's own list, or the one offered after damage, may hold sign-offs dated after this
 * computer's time now (sign-off-time.ts): restored as they are, since the app dated them itself, but named,
 * so nobody relies on their dates without checking.
 */
export function SignedAheadNote({ ahead }: { ahead: readonly SignedAheadOfClock[] }): React.JSX.Element {
  return (
    <div className="banner banner-warning">
      <p>
        <strong>
          {ahead.length === 1
            ? '1 signed-off assessment in this backup is dated after this computer’s time now.'
            : `${ahead.length} signed-off assessments in this backup are dated after this computer’s time now.`}
        </strong>{' '}
        Either the clock was ahead when {ahead.length === 1 ? 'it was' : 'they were'} signed, or it is behind now. Check the computer’s date
        and time, and do not rely on {ahead.length === 1 ? 'that sign-off date' : 'those sign-off dates'} until you know which:
      </p>
      <ul aria-label="Sign-offs dated after now">
        {ahead.map((a) => (
          <li key={a.assessmentId}>
            <NamedAssessment named={a} />, signed off {formatDateTime(a.finalizedAt)}.
          </li>
        ))}
      </ul>
    </div>
  )
}
