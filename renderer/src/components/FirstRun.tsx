import { useState } from 'react'
import type { Engagement } from '@shared/schemas/engagement'
import type { Assessment } from '@shared/schemas/assessment'
import type { StartupInfo } from '@shared/ipc/contract'
import { useApi } from '../hooks/api-context'
import { useEdition } from '../hooks/edition-context'
import { hrefFor, navigate } from '../hooks/use-hash-route'
import { createSample, isSample } from '../sample/sample-engagement'
import { ErrorAlert } from './ErrorAlert'
import { DeleteEngagementDialog } from './DeleteEngagementDialog'

/** Where the data lives, once the host has said which edition this is (until then nothing, rather than a guess). */
function whereDataLives(edition: StartupInfo['edition'] | null): string {
  if (edition === null) return 'On this computer only.'
  if (edition === 'browser') {
    return 'In this browser’s own storage for this page, on this computer only. Clearing the site’s data in the browser removes it, so keep backups (Settings & backups).'
  }
  return 'In the app’s data folder on this computer, with rolling backups. Nothing is sent anywhere; exports happen only when you choose them.'
}

/** The empty register: what the app is for, its three jobs, where data lives, and a sample to explore. */
export function Orientation({ onChanged }: { onChanged: () => Promise<void> }): React.JSX.Element {
  const api = useApi()
  const edition = useEdition()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function addSample(): Promise<void> {
    setBusy(true)
    const r = await createSample(api)
    setBusy(false)
    if (!r.ok) return setError(r.error.message)
    await onChanged()
    navigate({ name: 'assessment', id: r.value.assessmentId, view: 'questions' })
  }

  return (
    <section className="card orientation" aria-labelledby="orientation-title">
      <h2 id="orientation-title">Start here</h2>
      <p className="lede">No engagements yet.</p>
      <p>
        Arm&apos;s Length asks how you actually work with each outsourcing vendor — who supervises the agents, who can remove them, who sets
        their shifts and pay — and scores the risk that a court or agency would treat you as their employer (co-employment). Every point of
        the score is explained, and missing answers are shown as missing, never as low risk. It supports a legal review; it is not legal
        advice.
      </p>
      <h3>Three jobs it does</h3>
      <ol className="orientation-jobs">
        <li>
          <strong>Annual self-assessment</strong> of each running engagement: answer the questionnaire (last year&apos;s answers can be
          carried forward to confirm), see what drives the risk and what to fix first.
        </li>
        <li>
          <strong>Legal audit packets</strong>: signed-off assessments as PDF reports for counsel, one engagement or the whole portfolio,
          each with a fingerprint that shows it was not changed.
        </li>
        <li>
          <strong>Onboarding</strong>: assess the planned operating model and draft contract before you sign with a new vendor.
        </li>
      </ol>
      <h3>Where your data lives</h3>
      <p>{whereDataLives(edition)}</p>
      <p>
        <a href={hrefFor({ name: 'method' })}>How the score works</a> explains the method for anyone who has to defend a result.
      </p>
      <ErrorAlert message={error} />
      <div className="button-row">
        <a className="button primary" href={hrefFor({ name: 'engagement-new' })}>
          Add your first engagement
        </a>
        <button type="button" className="button" disabled={busy} onClick={() => void addSample()}>
          {busy ? 'Adding the sample…' : 'Explore a sample engagement'}
        </button>
      </div>
      <p className="hint">The sample is labelled “Sample”, has a partly answered assessment, and can be removed in one click.</p>
    </section>
  )
}

/**
 * While the sample is in the register: say so, and remove it (and its assessment) in one click. A sample someone
 * signed off is deleted as any engagement holding signed-off assessments is: in the delete dialog, with its name
 * typed (DeleteEngagementDialog). why: the one click had shown the service's "type the engagement name … to
 * confirm" with no field to type it in (vendor-manager review).
 */
export function SampleBanner({
  engagements,
  onChanged
}: {
  engagements: readonly Engagement[]
  onChanged: () => Promise<void>
}): React.JSX.Element | null {
  const api = useApi()
  const [error, setError] = useState<string | null>(null)
  const [signed, setSigned] = useState<{ engagement: Engagement; assessments: Assessment[] } | null>(null)
  const samples = engagements.filter(isSample)
  if (samples.length === 0) return null

  // why: the banner and its button are gone, so focus goes to the heading; a heading only takes focus with a
  // tabindex, which it lacks when the register was the first screen opened (focus fell to the page body)
  function focusHeading(): void {
    const heading = document.querySelector<HTMLElement>('#main h1')
    if (heading && !heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1')
    heading?.focus()
  }

  async function remove(): Promise<void> {
    setError(null)
    const refused: string[] = []
    let toConfirm: { engagement: Engagement; assessments: Assessment[] } | null = null
    for (const s of samples) {
      const listed = await api.listAssessments({ engagementId: s.id })
      if (listed.ok && listed.value.some((a) => a.status === 'final')) {
        // the first one asks for its name; the others are still removed (attacker review: one refusal had stopped the rest)
        toConfirm ??= { engagement: s, assessments: listed.value }
        continue
      }
      // unread assessments: the service still refuses a delete that would take a signed-off one, and says why
      const r = await api.deleteEngagement({ id: s.id })
      if (!r.ok) refused.push(r.error.message)
    }
    if (toConfirm) return setSigned(toConfirm)
    await onChanged()
    if (refused.length > 0) return setError(refused.join(' '))
    focusHeading()
  }

  async function removeSigned(confirmName: string | undefined): Promise<string | null> {
    if (!signed) return null
    const r = await api.deleteEngagement({ id: signed.engagement.id, confirmName })
    if (!r.ok) return r.error.message
    setSigned(null)
    await onChanged()
    focusHeading()
    return null
  }

  return (
    <div className="banner sample-banner" role="region" aria-label="Sample engagement">
      <p>
        <span className="sample-tag">Sample</span> The register holds a sample engagement to explore. Nothing in it is real.
      </p>
      <button type="button" className="button" onClick={() => void remove()}>
        Remove the sample
      </button>
      <ErrorAlert message={error} />
      {signed && (
        <DeleteEngagementDialog
          open
          engagement={signed.engagement}
          assessments={signed.assessments}
          onConfirm={removeSigned}
          onCancel={() => setSigned(null)}
        />
      )}
    </div>
  )
}
