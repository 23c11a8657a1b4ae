import type { Answer } from '@shared/schemas/assessment'
import { naMissingReason } from '@shared/schemas/answer-rules'

/**
 * Answers marked "not applicable" without a reason yet. The store refuses them (the one N/A rule in
 * shared/schemas/answer-rules.ts), so until the reason is given they live only on this computer: kept here
 * (localStorage, like the answer journal) so that leaving the question, the assessment or the app does not
 * drop them unseen. The screens list them as not saved until they are completed or changed.
 */
export type NaDrafts = Record<string, Answer>

const key = (assessmentId: string) => `armslength.na-drafts.${assessmentId}`

export function readNaDrafts(assessmentId: string): NaDrafts {
  try {
    const raw = localStorage.getItem(key(assessmentId))
    const parsed: unknown = raw ? JSON.parse(raw) : {}
    if (typeof parsed !== 'object' || parsed === null) return {}
    // only what is still an N/A without a reason: anything else was saved as it is
    return Object.fromEntries(
      Object.entries(parsed as NaDrafts).filter(([, a]) => typeof a === 'object' && a !== null && naMissingReason(a))
    )
  } catch {
    return {}
  }
}

/** Keeps the draft when it is an N/A without a reason, forgets it otherwise; answers the drafts now. */
export function recordNaDraft(assessmentId: string, drafts: NaDrafts, questionId: string, draft: Answer): NaDrafts {
  const next = { ...drafts }
  if (naMissingReason(draft)) next[questionId] = draft
  else delete next[questionId]
  try {
    if (Object.keys(next).length === 0) localStorage.removeItem(key(assessmentId))
    else localStorage.setItem(key(assessmentId), JSON.stringify(next))
  } catch {
    // storage full or unavailable: the drafts still hold for this visit, and the screens still list them
  }
  return next
}

/** Forgets every draft of an assessment that no longer exists (it was deleted): nothing is left to complete. */
export function forgetNaDrafts(assessmentId: string): void {
  try {
    localStorage.removeItem(key(assessmentId))
  } catch {
    // storage unavailable: nothing was kept either
  }
}
