import type { Answer, Evidence } from '@shared/schemas/assessment'
import { hasNaReason, isJustifiedNa } from '@shared/schemas/answer-rules'

export type { Evidence }

/** Nothing given at all: the question goes back to unanswered. */
export function isEmptyAnswer(a: Answer): boolean {
  return (
    a.choice === undefined &&
    a.contractChoice === undefined &&
    !a.na &&
    !a.unsure &&
    !(a.note && a.note.trim()) &&
    !(a.evidence && a.evidence.length > 0) &&
    !hasNaReason(a)
  )
}

/**
 * What may be stored of an answer being edited: N/A only once it has a justification, evidence only
 * once it has a title. The screen keeps the full draft and shows what is still missing.
 */
export function storableAnswer(draft: Answer): Answer | null {
  const { na, naReason, evidence, carried, answeredAt: _at, ...rest } = draft
  const out: Answer = { ...rest }
  if (isJustifiedNa({ na, naReason })) out.na = true
  // a reason is kept even without N/A, so unticking and ticking again does not lose what was typed
  if (naReason !== undefined && hasNaReason({ naReason })) out.naReason = naReason
  const titled = (evidence ?? [])
    .filter((e) => e.title.trim().length > 0)
    .map((e) => (e.date ? e : { title: e.title, location: e.location }))
  if (titled.length > 0) out.evidence = titled
  if (carried) out.carried = true
  if (out.note !== undefined && out.note === '') delete out.note
  return isEmptyAnswer(out) && !out.carried ? null : out
}
