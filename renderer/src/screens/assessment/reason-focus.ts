/**
 * "Give the reason" links lead to a question whose N/A has no reason yet: the question's reason field,
 * not the top of the question, takes focus when it is shown, so the keyboard user lands where to type.
 */
let wanted: string | null = null

export function focusReasonOnArrival(questionId: string): void {
  wanted = questionId
}

/** True once for the question a link asked for; any other question clears the request. */
export function claimReasonFocus(questionId: string): boolean {
  const yes = wanted === questionId
  wanted = null
  return yes
}
