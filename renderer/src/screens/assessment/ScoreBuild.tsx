import type { ScoreResult } from '@shared/scoring/score-types'
import { scoreExplanation } from '@shared/report/explanation-model'

/**
 * How the overall score is made, in the report's own words: what the answers alone score, then what the
 * decisive factors add, or why a law that finds employment only on its own test holds the score at the top of
 * High. Without it the screen showed a capped 74.9 beside answers that score 83 with no word of why.
 * Nothing is said with nothing answered: there is no score to explain.
 */
export function ScoreBuild({ score }: { score: ScoreResult }): React.JSX.Element | null {
  if (score.sufficiency.status === 'not-assessed') return null
  return (
    <div className="score-build" data-testid="score-build">
      <h3>How the score is built</h3>
      {scoreExplanation(score).map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>
  )
}
