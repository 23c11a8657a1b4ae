/** What telling a signed final needs of an assessment: a whole one, or its ref in the index. */
export type SignableInput = { status: string; signOff?: { finalizedAt: string } | undefined }

/**
 * A final assessment with its sign-off: the one test of "signed final" that due dates, cycles, the latest
 * assessment, the trend and the finals a sign-off compares with all read (a final without a sign-off is refused
 * where a file is read, but is never counted as signed here either). Narrows, so the sign-off can be read.
 */
export function isSignedFinal<A extends SignableInput>(a: A): a is A & { signOff: NonNullable<A['signOff']> } {
  return a.status === 'final' && a.signOff !== undefined
}
