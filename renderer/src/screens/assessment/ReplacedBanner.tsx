import { replacedFinalIds, revisionLinkProblem } from '@shared/workflow/revision-cycles'
import type { AssessmentSession } from '../../hooks/use-assessment-session'
import { hrefFor } from '../../hooks/use-hash-route'
import { assessmentName } from '../../assessment-name'
import { formatDay } from '../../format'

/**
 * A final its signed revision replaced says so on its own screens, as its history row and its report do (vendor-manager
 * review: only the history and the PDF said it), with a link to the revision that stands. Links as the app makes them only.
 */
export function ReplacedBanner({ session }: { session: AssessmentSession }): React.JSX.Element | null {
  const { assessment, siblings } = session
  if (assessment.status !== 'final' || !replacedFinalIds(siblings).has(assessment.id)) return null
  const revision = siblings.find(
    (a) => a.revisionOfId === assessment.id && a.status === 'final' && a.signOff && revisionLinkProblem(a, siblings) === null
  )
  if (!revision?.signOff) return null
  return (
    <p className="banner banner-warning" data-testid="replaced-banner">
      Replaced by its signed revision{' '}
      <a href={hrefFor({ name: 'assessment', id: revision.id, view: 'results' })}>{assessmentName(revision)}</a>, signed off{' '}
      {formatDay(revision.signOff.finalizedAt)}: that revision stands for this cycle. This final is kept as signed.
    </p>
  )
}
