import type { QuestionBank } from '@shared/bank/bank-schema'
import type { ScoreResult } from '@shared/scoring/score-types'
import { bandStillProvisional } from '@shared/scoring/band-provisional'
import { ResultBadge } from '../../components/ResultBadge'

/** Section scores as labelled horizontal bars; each bar also states its score and band in text. */
export function SectionBars({ bank, score }: { bank: QuestionBank; score: ScoreResult }): React.JSX.Element {
  const sections = score.sections.filter((s) => s.visibleCount > 0)
  return (
    <table className="section-bars">
      <caption className="visually-hidden">Score by section (0 to 100)</caption>
      <thead className="visually-hidden">
        <tr>
          <th scope="col">Section</th>
          <th scope="col">Score</th>
          <th scope="col">Band</th>
        </tr>
      </thead>
      <tbody>
        {sections.map((s) => {
          const status = s.sufficiency
          // a question of this section still open could raise its band: no band colour, as for too little information
          const open = s.openDecisive.length > 0
          const bandFill = status === 'sufficient' && !bandStillProvisional(status, s.band, open)
          return (
            <tr key={s.sectionId}>
              <th scope="row">{bank.sections.find((x) => x.id === s.sectionId)?.title ?? s.sectionId}</th>
              <td className="bar-cell">
                <span className="bar-track" aria-hidden="true">
                  {status === 'not-assessed' ? (
                    <span className="bar-fill band-fill-none" />
                  ) : (
                    <span
                      className={`bar-fill band-fill-${bandFill ? s.band : 'none'} ${bandFill ? '' : 'bar-provisional'}`}
                      style={{ width: `${Math.max(1, s.rounded)}%` }}
                    />
                  )}
                </span>
                <span className="bar-value">{status === 'not-assessed' ? '—' : s.rounded.toFixed(1)}</span>
              </td>
              <td>
                <ResultBadge status={status} band={s.band} score={s.rounded} open={open} />
                {s.redFlagCount > 0 && (
                  <span className="flag-note">
                    {' '}
                    · {s.redFlagCount} red flag{s.redFlagCount > 1 ? 's' : ''}
                  </span>
                )}
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
