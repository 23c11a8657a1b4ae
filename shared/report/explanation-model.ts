import type { RiskBand } from '../bank/vocabulary'
import { roundScore } from '../scoring/bands'
import type { ScoreResult, SufficiencyStatus } from '../scoring/score-types'
import { BAND_LABELS, formatPercent, formatScore, plural } from './labels'
import { withArticle } from '../scoring/law-names'
import type { FindingView } from './report-types'
import { bandStillProvisional, bandWithheld } from '../scoring/band-provisional'

/** The name of the law that decides the overall score ("general principles" when no profile applies). */
export function decidingLaw(result: ScoreResult): string {
  const id = result.overall.decidingProfileId
  const name = result.verdicts.find((v) => v.profileId === id && id !== null)?.name
  return name ? `the law of ${withArticle(name)}` : 'general principles'
}

/** "Low", or "High, provisional" where the information is not sufficient to rely on the band (no Low then). */
function bandWords(result: ScoreResult): string {
  const band = BAND_LABELS[result.overall.band]
  // nothing answered: a score of 0 is the absence of answers, not a Low result
  if (result.sufficiency.status === 'not-assessed') return 'no band: nothing has been answered'
  // a Low on too little information is not named: what is unanswered scores nothing, so the score so far understates it (counsel review)
  if (result.sufficiency.status !== 'sufficient')
    return bandWithheld(result.sufficiency.status, result.overall.band)
      ? 'no band yet: too little is answered to give one'
      : `${band}, provisional`
  // a band a question still open could raise is provisional too, as the gauge says (vendor-manager review: this
  // sentence said "7.1 (Low)" under a headline "Low 7.1, provisional")
  return bandStillProvisional(result.sufficiency.status, result.overall.band, result.sufficiency.decisiveUnanswered.length > 0)
    ? `${band}, provisional`
    : band
}

/**
 * How the overall score is made, in the order it is computed: what the answers alone score (their
 * points, then what amplifiers add) and what the decisive factors add under the law that decides.
 * Only what is true of this result is said.
 */
export function scoreExplanation(result: ScoreResult): string[] {
  const o = result.overall
  // each part is the difference of the rounded numbers printed beside it, so the sentence adds up as
  // read (21.0 + 2.2 = 23.2), not the rounded exact part (2.1), which can be 0.1 off the total shown
  const amplifiers = shownDifference(o.answersScore, o.rawScore)
  const lift = shownDifference(o.score, o.answersScore)
  const answers =
    amplifiers >= 0.05
      ? `The answers alone score ${formatScore(o.answersScore)} out of 100: ${formatScore(o.rawScore)} from the points the answers carry, plus ${formatScore(amplifiers)} from amplifiers, which at ${formatPercent(result.amplification.total)}${result.amplification.capped ? ' (capped)' : ''} close part of the distance to 100 in proportion to the control points found.`
      : `The answers alone score ${formatScore(o.answersScore)} out of 100, from the points the answers carry${result.amplification.total > 0 ? ' (amplifiers apply, but add less than 0.1 here)' : '; no amplifier applies'}.`
  // the UK and Indian tests are not met by control points alone (bank 2026.5): say why the score is below the answers'
  if (o.answersCapped) return [answers, answersCapSentence(result)]
  const decisive =
    lift >= 0.05
      ? `${plural(o.decisiveFactors, 'decisive factor')} under ${decidingLaw(result)} ${o.decisiveFactors === 1 ? 'adds' : 'add'} ${formatScore(lift)}, giving the overall score of ${formatScore(o.score)} (${bandWords(result)}).`
      : `No decisive factor adds to it under ${decidingLaw(result)}: the overall score, ${formatScore(o.score)} (${bandWords(result)}), is the answers' score.`
  return [answers, decisive]
}

/**
 * Why the overall score is below what the answers alone give (answersCap, bank 2026.5), said alike in the executive
 * summary and the recommendation. "Employment tests", not "rules": exposures (AWR, TUPE) and a licence gate may have
 * fired under the same law without meeting its test of employment.
 */
export function answersCapSentence(result: ScoreResult): string {
  const o = result.overall
  return (
    `Under ${decidingLaw(result)} the answers alone do not decide employment: that law finds it only on its own test, ` +
    `which none of its employment tests finds met, so the overall score is held at ${formatScore(o.score)} (${bandWords(result)}), ` +
    `the top of the ${BAND_LABELS[o.band]} band.`
  )
}

/** The law table's line for a law whose score the cap holds: below its answers' score, and why. */
export function lawCapLine(answersScore: number, score: number, band: string): string {
  const held = `Held at ${formatScore(score)}, the top of the ${band} band`
  const test = 'this law finds employment only on its own test, which none of its employment tests finds met'
  // answers below the cap: a finding that does not meet the test (India's missing licence) lifted them, up to the cap only
  return answersScore > score
    ? `${held}: the answers alone score ${formatScore(answersScore)}, but ${test}.`
    : `${held}: the answers alone score ${formatScore(answersScore)}, and the findings lift them no further, since ${test}.`
}

/** What a part adds between two printed scores: the difference of the numbers as printed (one decimal). */
function shownDifference(whole: number, part: number): number {
  return roundScore(roundScore(whole) - roundScore(part))
}

/**
 * The overall result in words: never a band for a result without enough information to rely on. A Low on too little
 * information is not even named provisionally: what is unanswered scores nothing, so the score so far understates it, so it says nothing of low
 * risk (counsel and vendor-manager reviews: "Insufficient information (provisional: Low)" read as low risk).
 */
export function resultLabel(status: SufficiencyStatus, band: RiskBand, scoreText?: string): string {
  const named = scoreText === undefined ? BAND_LABELS[band] : `${BAND_LABELS[band]}, ${scoreText}`
  switch (status) {
    case 'sufficient':
      return named
    case 'insufficient':
      return bandWithheld(status, band)
        ? `Insufficient information (too little answered to give a band${scoreText === undefined ? '' : `; ${scoreText} so far`})`
        : `Insufficient information (provisional: ${named})`
    case 'not-assessed':
      return 'Not assessed'
  }
}

/** The reviewer's key concerns for the executive summary: every "to correct" verdict, and comments given without a verdict. */
export function keyConcerns(findings: readonly FindingView[]): string[] {
  return findings.flatMap((f) => {
    if (f.verdictKey === 'to-correct') return [`Finding ${f.rank} (${f.questionId}), to correct: ${f.reviewComment ?? 'no comment given'}`]
    if (f.verdictKey === null && f.reviewComment)
      return [`Finding ${f.rank} (${f.questionId}), comment without a verdict: ${f.reviewComment}`]
    return []
  })
}

/** What the action plan is, now that its steps are taken in order and measured one after another. */
export const ACTION_PLAN_INTRO =
  'Every answer that carries risk, as steps in the order to take them; the first column is the finding the step addresses. "Removes" is how much the overall score drops when the step is taken after the ones above it, measured by re-scoring the assessment; "Score after" is the overall score and band once this step and every earlier one are taken. Steps that no longer lower the score once earlier steps are taken are left out. ' +
  'A projected score describes the arrangement once changed; it does not undo liability already incurred for the time before the change (a relationship a statute has already deemed, a period of unregistered contracting, wages owed).'
