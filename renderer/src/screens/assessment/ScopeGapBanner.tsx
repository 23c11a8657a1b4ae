import { useEffect, useRef, useState } from 'react'
import { scopeGaps, type ScopeGap } from '@shared/bank/profiles-for'
import { countryName } from '@shared/schemas/geo'
import type { AssessmentSession } from '../../hooks/use-assessment-session'
import { useApi } from '../../hooks/api-context'
import { navigate } from '../../hooks/use-hash-route'
import { ErrorAlert } from '../../components/ErrorAlert'

/** "Germany", "Germany and Mexico", "Germany, Mexico and India": what the engagement has now that the assessment does not cover. */
export function uncoveredNames(gaps: readonly ScopeGap[]): string {
  const names = gaps.flatMap((g) => (g.countries.length > 0 ? g.countries.map(countryName) : [`the ${g.profileName} profile`]))
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
}

/** "the Germany profile", "the Germany and Mexico profiles": the law the assessment did not apply. */
export function profileNames(gaps: readonly ScopeGap[]): string {
  const names = gaps.map((g) => g.profileName)
  const listed = names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
  return `the ${listed} ${names.length === 1 ? 'profile' : 'profiles'}`
}

/**
 * An assessment fixes its jurisdiction profiles when it starts (so its result is reproducible). When the
 * engagement gained a delivery country (or client US state) since, the assessment does not cover it: this
 * says so above every view of it, and offers the way in. A draft or one in review takes the engagement's
 * current scope on request; a signed-off one is never changed — a revision, which takes the current scope,
 * assesses it.
 */
export function ScopeGapBanner({ session }: { session: AssessmentSession }): React.JSX.Element | null {
  const api = useApi()
  const { assessment, engagement, bank } = session
  const gaps = scopeGaps(bank, assessment.profiles, engagement)
  const [applied, setApplied] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const appliedRef = useRef<HTMLParagraphElement>(null)

  // the button pressed is gone with the banner: focus moves to the sentence that says what happened, once
  // it is shown — the assessment with its new scope can arrive after `applied` is set (under load it did)
  const covered = gaps.length === 0
  useEffect(() => {
    if (applied && covered) appliedRef.current?.focus()
  }, [applied, covered])

  if (gaps.length === 0) {
    return applied ? (
      <p className="banner banner-info" role="status" tabIndex={-1} ref={appliedRef}>
        {applied}
      </p>
    ) : null
  }
  const countries = uncoveredNames(gaps)
  const several = gaps.reduce((n, g) => n + Math.max(1, g.countries.length), 0) > 1
  const signed = assessment.status === 'final'

  async function applyScope(): Promise<void> {
    setBusy(true)
    await session.flush()
    const r = await api.applyEngagementScope({ assessmentId: assessment.id })
    setBusy(false)
    if (!r.ok) return setError(r.error.message)
    setError(null)
    setApplied(`This assessment now applies ${profileNames(gaps)}: its questions are added and the result is scored under that law.`)
    session.replace(r.value)
  }

  async function revise(): Promise<void> {
    setBusy(true)
    const r = await api.startRevision({ assessmentId: assessment.id })
    setBusy(false)
    if (!r.ok) return setError(r.error.message)
    navigate({ name: 'assessment', id: r.value.id, view: 'questions' })
  }

  return (
    <section className="banner banner-warning scope-gap" aria-labelledby="scope-gap-title">
      <h2 id="scope-gap-title">This assessment does not cover {countries}</h2>
      <p>
        {countries} {several ? 'were' : 'was'} added to the engagement after this assessment started, so it does not apply{' '}
        {profileNames(gaps)}: its result there rests on general principles only
        {signed ? ', and its report says so.' : '. Signed off as it is, its report says so.'}
      </p>
      {signed ? (
        <>
          <p>The signed-off assessment is not changed. A revision takes the engagement’s current countries and assesses them.</p>
          <button type="button" className="button primary" disabled={busy} onClick={() => void revise()}>
            Start a revision with the current countries
          </button>
        </>
      ) : (
        <>
          <p>Apply the engagement’s current countries to assess them here: the questions of that law are added to this assessment.</p>
          <button type="button" className="button primary" disabled={busy} onClick={() => void applyScope()}>
            Apply the engagement’s current countries
          </button>
        </>
      )}
      <ErrorAlert message={error} />
    </section>
  )
}
