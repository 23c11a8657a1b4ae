import type { UnmatchedFinal } from './comparison'
import { hashId, STATUS_LABELS } from './labels'
import type { ReportInput, ReportModel, WhatChanged } from './report-types'
import { assertNever } from '../util/result'

/**
 * What a scheme 3 or 4 final's report says of the finals its sign-off recorded to compare with (only such a final's
 * report says anything: every other keeps its words, DECISIONS 218). When each recorded final is in the data as
 * signed, the comparison printed is the one made at sign-off and nothing more is said; a recorded final the data
 * cannot give is named with the document id its own report printed, so counsel can tell which report it was.
 */
export function comparedAsSignedView(
  input: Pick<ReportInput, 'comparedAsSigned' | 'revision'>,
  changes: WhatChanged | null
): ReportModel['comparedAsSigned'] {
  const recorded = input.comparedAsSigned
  if (!recorded) return undefined
  const { unmatched } = recorded
  const n = recorded.recorded
  const k = unmatched.length
  // a revision compares with the cycle before the one it corrects (DECISIONS 220), so "no final before it" would
  // contradict its own "Revision of …" (attacker review)
  const none =
    n === 0
      ? input.revision?.revisionOf
        ? 'No earlier cycle of this engagement (before the one this revision corrects) had been signed when it was signed off, so there is nothing to compare with.'
        : 'No final of this engagement had been signed before this one when it was signed off, so there is nothing to compare with.'
      : 'None of the earlier finals recorded at its sign-off is compared here, so there is nothing to compare with.'
  const signedWith = `This final was signed to be compared with ${n === 1 ? 'one earlier final' : `${n} earlier finals`}, recorded in its sign-off and covered by its fingerprint.`
  const missingIntro =
    k === 0
      ? null
      : k === n
        ? `${signedWith} ${n === 1 ? 'It cannot' : 'None of them can'} be compared from the data this report was made from, so nothing is compared here, though it was at sign-off:`
        : `${signedWith} ${k} of them cannot be compared from the data this report was made from, so the comparison and the trend here leave ${k === 1 ? 'it' : 'them'} out and are not the ones made at sign-off:`
  // the key figures and the trend say it too: "First on record" (or a trend without a word) was false there and
  // contradicted "What changed" (employment-counsel review)
  const finals = `${k === 1 ? '1 earlier final' : `${k} earlier finals`} recorded at sign-off`
  const why = unmatched.every((u) => u.reason === 'not-in-data')
    ? `${k === 1 ? 'is' : 'are'} not in this data`
    : 'cannot be compared from this data'
  const changeSinceLast =
    k === 0
      ? null
      : changes === null
        ? `Not compared: ${finals} ${why} (see What changed)`
        : `${changeSinceLastText(changes)}; ${finals} ${why}, so left out (see What changed)`
  // a trend is drawn only with something compared (the current assessment and at least one earlier)
  const trendNote =
    k === 0 || changes === null ? null : `This trend leaves out ${finals} that ${why} (see What changed in the executive summary).`
  return { none, missingIntro, missing: unmatched.map(unmatchedSentence), changeSinceLast, trendNote }
}

/**
 * The key figures' "Change since last cycle" when a previous assessment is compared: "−2.2 (was 5.5 Low)". Either side on
 * too little information is said, so a lower score on unconfirmed or missing answers does not read as an improvement.
 */
export function changeSinceLastText(changes: WhatChanged): string {
  const { previous } = changes
  const was = previous.sufficient
    ? `${previous.score.scoreText} ${previous.resultLabel}`
    : `${previous.score.scoreText}, ${previous.resultLabel}`
  const caveat = changes.currentSufficient ? '' : '; this result rests on too little information to read the change as one'
  return `${changes.scoreDeltaText} (was ${was})${caveat}`
}

/**
 * One recorded final the data cannot give, for counsel: the data holds nothing to title it by when it is missing,
 * so it is named by its id and the document id its own report printed (the id counsel can look up in that report).
 */
function unmatchedSentence(final: UnmatchedFinal): string {
  const documentId = `its own report's document id ${hashId('AL', final.fingerprint)}`
  const byId = `The final with id ${final.id} (${documentId})`
  switch (final.reason) {
    case 'not-in-data':
      return `${byId} is not in the data this report was made from.`
    case 'differs': {
      const { status, fingerprint } = final.holds
      const held =
        status === 'final'
          ? fingerprint === null
            ? 'a final without a sign-off'
            : `a final with document id ${hashId('AL', fingerprint)}`
          : `an assessment with status ${STATUS_LABELS[status].toLowerCase()}`
      return `${byId} is not in this data as signed: the data holds another record under that id (${held}).`
    }
    case 'bank-unavailable':
      return `The final "${final.title}" (id ${final.id}, ${documentId}) is in the data, but its question bank ${final.bank.id} version ${final.bank.version} is not available here, so it cannot be scored.`
    case 'sign-off-fails':
      return `The final "${final.title}" (id ${final.id}, ${documentId}) is in the data, but its own sign-off does not hold here (${final.message}).`
    default:
      return assertNever(final)
  }
}
