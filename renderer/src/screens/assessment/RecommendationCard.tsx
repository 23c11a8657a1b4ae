import type { AssessmentSession } from '../../hooks/use-assessment-session'
import { countriesNotAssessed } from '@shared/bank/profiles-for'
import { recommend, withUnassessedCountries } from '@shared/report/recommendation'

/**
 * What to do next, in the report's words (shared/report/recommendation.ts): the screen had shown every fact
 * the recommendation rests on but never the recommendation itself (vendor-manager review).
 */
export function RecommendationCard({ session }: { session: AssessmentSession }): React.JSX.Element {
  const { bank, score, assessment, engagement } = session
  const view = withUnassessedCountries(recommend(score, bank, ''), countriesNotAssessed(bank, assessment.profiles, engagement))
  return (
    <section className={`card recommendation recommendation-${view.kind}`} aria-labelledby="recommendation-title">
      <h2 id="recommendation-title">Recommendation</h2>
      <p className="recommendation-headline" data-testid="recommendation-headline">
        <strong>{view.headline}</strong>
      </p>
      {view.provisionalNote && <p className="provisional">{view.provisionalNote}</p>}
      <ul>
        {view.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      <p className="hint">The same recommendation the report prints. Arm’s Length supports a legal review; it is not legal advice.</p>
    </section>
  )
}
