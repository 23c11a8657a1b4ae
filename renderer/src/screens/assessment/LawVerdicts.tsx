import type { AssessmentSession } from '../../hooks/use-assessment-session'
import { ResultBadge } from '../../components/ResultBadge'
import { hrefFor } from '../../hooks/use-hash-route'
import { formatDate } from '../../format'
import { countriesNotAssessed, notAssessedUnderLocalLaw } from '@shared/bank/profiles-for'
import { countryName } from '@shared/schemas/geo'
import type { SufficiencyStatus } from '@shared/scoring/score-types'

/**
 * A verdict reached on too little information is marked provisional, unless its own words already say
 * there is not enough for one (scoring/verdicts.ts words the not-assessed and insufficient cases itself).
 */
function provisional(status: SufficiencyStatus, verdict: string): boolean {
  return status === 'insufficient' && !verdict.startsWith('Insufficient information')
}

/**
 * The result under each law the assessment applied, in that law's own words (the report's "verdict"),
 * and each delivery country whose local law was not applied. Without enough answers a verdict is never
 * shown as settled: nothing answered shows none, too little marks it provisional.
 */
export function LawVerdicts({ session }: { session: AssessmentSession }): React.JSX.Element {
  const { bank, score, assessment, engagement } = session
  const status = score.sufficiency.status
  const notAssessed = countriesNotAssessed(bank, assessment.profiles, engagement)
  const link = (id: string) => hrefFor({ name: 'assessment', id: assessment.id, view: 'questions', questionId: id })
  return (
    <section className="card" aria-labelledby="laws-title">
      <h2 id="laws-title">Under each law applied</h2>
      <ul className="law-verdicts">
        {score.verdicts.map((v) => (
          <li key={v.profileId ?? 'general'}>
            <h3>{v.name}</h3>
            {v.lawAsAt && <p className="hint">Law as at {formatDate(v.lawAsAt)}</p>}
            <ResultBadge status={status} band={v.band} score={v.rounded} />
            <p>
              {provisional(status, v.verdict) && <span className="provisional">Provisional: </span>}
              {v.verdict}
            </p>
            {v.findings.length > 0 && (
              <ul className="finding-list">
                {v.findings.map((f) => (
                  <li key={f.ruleId}>
                    <strong>{f.title}</strong> — {f.verdict}{' '}
                    <span className="hint">
                      (
                      {f.questionIds.map((id, i) => (
                        <span key={id}>
                          {i > 0 && ', '}
                          <a href={link(id)}>{id}</a>
                        </span>
                      ))}
                      )
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      {notAssessed.length > 0 && (
        <>
          <h3>Not assessed under local law</h3>
          <ul>
            {notAssessed.map((c) => (
              <li key={c.country}>{notAssessedUnderLocalLaw(countryName(c.country), c.profileName)}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
