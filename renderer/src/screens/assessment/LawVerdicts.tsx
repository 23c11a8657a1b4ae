import type { AssessmentSession } from '../../hooks/use-assessment-session'
import { ResultBadge } from '../../components/ResultBadge'
import { hrefFor } from '../../hooks/use-hash-route'
import { todayIso } from '../../today'
import { countriesNotAssessed, notAssessedUnderLocalLaw } from '@shared/bank/profiles-for'
import { bandStillProvisional } from '@shared/scoring/band-provisional'
import {
  lawAsAtNote,
  naContradictionText,
  provisionalVerdict,
  rebuttalEvidenceText,
  verdictAsOf,
  type VerdictDate
} from '@shared/report/law-verdicts'
import type { RebuttedRule } from '@shared/scoring/score-types'
import { countryName } from '@shared/schemas/geo'

/**
 * The result under each law the assessment applied, in that law's own words (the report's "verdict"),
 * and each delivery country whose local law was not applied. Without enough answers a verdict is never
 * shown as settled: nothing answered shows none, too little marks it provisional.
 */
export function LawVerdicts({ session }: { session: AssessmentSession }): React.JSX.Element {
  const { bank, score, assessment, engagement } = session
  const status = score.sufficiency.status
  const notAssessed = countriesNotAssessed(bank, assessment.profiles, engagement)
  // the words and the date rule are the report's (shared/report/law-verdicts.ts): a final speaks as at its sign-off
  const asOf = verdictAsOf(assessment, todayIso())
  const link = (id: string) => hrefFor({ name: 'assessment', id: assessment.id, view: 'questions', questionId: id })
  return (
    <section className="card" aria-labelledby="laws-title">
      <h2 id="laws-title">Under each law applied</h2>
      <ul className="law-verdicts">
        {score.verdicts.map((v) => (
          <li key={v.profileId ?? 'general'}>
            <h3>{v.name}</h3>
            {v.lawAsAt && <LawAsAt lawAsAt={v.lawAsAt} asOf={asOf} />}
            <ResultBadge status={status} band={v.band} score={v.rounded} open={v.openDecisive.length > 0} />
            {/* as the report's table: a band a question still open under this law could raise is provisional */}
            {bandStillProvisional(status, v.band, v.openDecisive.length > 0) && (
              <span className="law-provisional">
                {' '}
                provisional: <QuestionLinks ids={v.openDecisive} link={link} /> {v.openDecisive.length === 1 ? 'is' : 'are'} still open and
                could raise it
              </span>
            )}
            <p className="law-verdict">
              {provisionalVerdict(status, v.verdict, v.band, v.openDecisive.length > 0) && (
                <span className="provisional">Provisional: </span>
              )}
              {v.verdict}
            </p>
            {v.naContradicted.map((c) => (
              <p key={c.questionId} className="provisional" data-testid="na-contradicted">
                <a href={link(c.questionId)}>{c.questionId}</a>
                {naContradictionText(c).slice(c.questionId.length)}
              </p>
            ))}
            {v.rebutted.map((r) => (
              <p key={r.ruleId} className="hint" data-testid="rebutted">
                Rebuttal on record, still to be proven if challenged: {r.title}, answered by{' '}
                <QuestionLinks ids={r.questionIds} link={link} />; it does not raise the result on these answers;{' '}
                <RebuttalEvidence rebutted={r} link={link} />
              </p>
            ))}
            {v.openExposures.length > 0 && (
              <p className="hint" data-testid="open-exposures">
                Still open: could add a liability of its own, weighed apart from whether you employ the agents now:{' '}
                <QuestionLinks ids={v.openExposures} link={link} />
              </p>
            )}
            {v.findings.length > 0 && (
              <ul className="finding-list">
                {v.findings.map((f) => (
                  <li key={f.ruleId}>
                    <strong>{f.title}</strong> — {f.verdict}{' '}
                    <span className="hint">
                      (
                      <QuestionLinks ids={f.questionIds} link={link} />)
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

/** "Law as at 30 November 2025", or, when that is more than a year before the assessment, the warning in the warning style. */
function LawAsAt({ lawAsAt, asOf }: { lawAsAt: string; asOf: VerdictDate }): React.JSX.Element {
  const note = lawAsAtNote(lawAsAt, asOf)
  return note.stale ? (
    <p className="provisional" data-testid="law-stale">
      {note.text}
    </p>
  ) : (
    <p className="hint">{note.text}</p>
  )
}

/** "DE-03, UK-01": each question id a link to the question. */
/** rebuttalEvidenceText (the report's and `score`'s words) with the questions as links. */
function RebuttalEvidence({ rebutted: r, link }: { rebutted: RebuttedRule; link: (id: string) => string }): React.JSX.Element {
  if (r.withoutEvidence.length === 0) return <>{rebuttalEvidenceText(r)}</>
  const notes = r.noteOnly.length > 0 && (
    <>
      {' '}
      (only a note: <QuestionLinks ids={r.noteOnly} link={link} />)
    </>
  )
  if (r.withoutEvidence.length === r.questionIds.length) return <>no evidence is attached to any of these answers{notes}</>
  return (
    <>
      no evidence is attached to <QuestionLinks ids={r.withoutEvidence} link={link} />
      {notes}
    </>
  )
}

function QuestionLinks({ ids, link }: { ids: readonly string[]; link: (id: string) => string }): React.JSX.Element {
  return (
    <>
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 && ', '}
          <a href={link(id)}>{id}</a>
        </span>
      ))}
    </>
  )
}
