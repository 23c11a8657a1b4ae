/**
 * The one N/A rule: "not applicable" counts only with a justification that is not blank. The answer
 * schema, the scoring, the report appendix, the storable-answer filter and the question card all read
 * it from here, so a change to what counts as a justification changes everywhere at once.
 *
 * why trim() and not visibleText(): scoring reads the rule too, and a signed assessment must score the
 * same forever; a stricter test would re-score stored answers.
 */
type NaFields = { na?: boolean | undefined; naReason?: string | undefined }

/** The message the schema gives an N/A answer without a reason (the question card words it for the screen). */
export const NA_REASON_REQUIRED = 'N/A needs a justification'

/** A justification was written: some text that is not only spaces. */
export function hasNaReason(answer: NaFields): boolean {
  return (answer.naReason ?? '').trim().length > 0
}

/** Marked N/A and justified: the only N/A that counts. */
export function isJustifiedNa(answer: NaFields): boolean {
  return answer.na === true && hasNaReason(answer)
}

/** Marked N/A but not justified yet: the form shows what is missing, the store refuses it. */
export function naMissingReason(answer: NaFields): boolean {
  return answer.na === true && !hasNaReason(answer)
}
