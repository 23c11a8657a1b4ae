import type { UnmatchedFinal } from './comparison'
import { hashId, STATUS_LABELS } from './labels'
import type { ReportInput, ReportModel } from './report-types'
import { assertNever } from '../util/result'

/**
 * What a scheme 3 final's report says of the finals its sign-off recorded to compare with (only such a final's
 * report says anything: every other keeps its words, DECISIONS 209). When each recorded final is in the data as
 * signed, the comparison printed is the one made at sign-off and nothing more is said; a recorded final the data
 * cannot give is named with the document id its own report printed, so counsel can tell which report it was.
 */
export function comparedAsSignedView(input: Pick<ReportInput, 'comparedAsSigned'>): ReportModel['comparedAsSigned'] {
  const recorded = input.comparedAsSigned
  if (!recorded) return undefined
  const { unmatched } = recorded
  const n = recorded.recorded
  const k = unmatched.length
  const none =
    n === 0
      ? 'No final of this engagement had been signed before this one when it was signed off, so there is nothing to compare with.'
      : 'None of the earlier finals recorded at its sign-off is compared here, so there is nothing to compare with.'
  const signedWith = `This final was signed to be compared with ${n === 1 ? 'one earlier final' : `${n} earlier finals`}, recorded in its sign-off and covered by its fingerprint.`
  const missingIntro =
    k === 0
      ? null
      : k === n
        ? `${signedWith} ${n === 1 ? 'It cannot' : 'None of them can'} be compared from the data this report was made from, so nothing is compared here, though it was at sign-off:`
        : `${signedWith} ${k} of them cannot be compared from the data this report was made from, so the comparison and the trend here leave ${k === 1 ? 'it' : 'them'} out and are not the ones made at sign-off:`
  return { none, missingIntro, missing: unmatched.map(unmatchedSentence) }
}

function unmatchedSentence(final: UnmatchedFinal): string {
  const named = `Final ${final.id}, document id ${hashId('AL', final.fingerprint)}`
  switch (final.reason) {
    case 'not-in-data':
      return `${named}: not in the data.`
    case 'differs': {
      const { status, fingerprint } = final.holds
      const held =
        status === 'final'
          ? fingerprint === null
            ? 'a final without a sign-off'
            : `a final with document id ${hashId('AL', fingerprint)}`
          : `an assessment with status ${STATUS_LABELS[status].toLowerCase()}`
      return `${named}: the data holds another record under this id (${held}), not the final signed.`
    }
    case 'bank-unavailable':
      return `${named} ("${final.title}"): in the data, but its question bank ${final.bank.id} version ${final.bank.version} is not available here, so it cannot be scored.`
    case 'sign-off-fails':
      return `${named} ("${final.title}"): in the data, but its own sign-off does not hold here (${final.message}).`
    default:
      return assertNever(final)
  }
}
