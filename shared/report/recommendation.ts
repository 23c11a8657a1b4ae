import type { QuestionBank } from '../bank/bank-schema'
import type { ScoreResult } from '../scoring/score-types'
import { bandWithheld } from '../scoring/band-provisional'
import { answersCapSentence } from './explanation-model'
import { knockOutReading } from './knock-out-reading'
import { BAND_LABELS, formatPercent, formatScore, plural } from './labels'
import type { Recommendation, RecommendationView } from './report-types'
import type { CountryNotAssessed } from '../bank/profiles-for'
import { countryName } from '../schemas/geo'

export const RECOMMENDATION_HEADLINES: Readonly<Record<Recommendation, string>> = {
  escalate: 'Escalate to employment counsel',
  remediate: 'Remediate, then re-assess',
  accept: 'Accept, with routine monitoring'
}

/**
 * "Accept" when a delivery country was not assessed under its own law: what is missing comes first and by
 * name (counsel review: "Accept" read as covering the whole engagement), then the acceptance of the rest.
 */
export function qualifiedAcceptHeadline(countriesNotAssessed: string): string {
  return `Not assessed for ${countriesNotAssessed}: have local counsel review it; accept for the countries assessed`
}

/**
 * Coverage is met but a question still open could decide the result on its own (a knock-out, or a clause
 * of a law's decisive rule): nothing can be accepted until it is answered.
 */
export const OPEN_DECISIVE_HEADLINE = 'Answer the open questions that could decide the result, then re-assess'

/** Low, with nothing decisive open, but questions that could add an exposure or carried answers still to settle. */
export function settleFirstHeadline(openExposures: boolean, carried: boolean): string {
  if (openExposures && carried) return 'Answer the open questions and confirm the carried answers, then re-assess'
  return carried ? 'Confirm the answers carried forward, then re-assess' : 'Answer the open questions, then re-assess'
}

/** Headlines where the information is too thin to recommend anything but completing it. */
export const INCOMPLETE_HEADLINES = {
  'not-assessed': 'Not assessed: answer the questionnaire before relying on any result',
  insufficient: 'Insufficient information: complete the assessment before relying on it'
} as const

/**
 * The report's recommendation, from the score alone so it is reproducible:
 * - escalate to counsel when any red flag or decisive finding of employment fired, or the band is Critical;
 * - otherwise remediate when the band is High or Moderate, any contract-vs-practice gap exists, an
 *   exposure fired (AWR, TUPE, § 2810.3: a liability of its own, whatever the score), the information is
 *   not sufficient, or a question still open could decide the result on its own (never "accept" on
 *   missing information: issue 11, item 3);
 * - otherwise (Low, no gaps, no finding of any kind, sufficient information, nothing decisive open) accept.
 */
export function recommendationKind(result: ScoreResult): Recommendation {
  const band = result.overall.band
  const employment = result.decisive.some((f) => f.nature === 'employment')
  if (result.redFlags.length > 0 || employment || band === 'critical') return 'escalate'
  if (band === 'high' || band === 'moderate' || result.gaps.length > 0) return 'remediate'
  // an exposure lifts no band, but accepting an arrangement with one standing would leave the liability unaddressed
  if (result.decisive.some((f) => f.nature === 'exposure')) return 'remediate'
  // nor with a question open that could add one, or with last cycle's answers nobody has confirmed (reviews)
  if (result.verdicts.some((v) => v.openExposures.length > 0) || result.coverage.carriedUnconfirmed > 0) return 'remediate'
  if (result.sufficiency.status !== 'sufficient' || result.sufficiency.decisiveUnanswered.length > 0) return 'remediate'
  return 'accept'
}

function scoreReasons(result: ScoreResult, kind: Recommendation): string[] {
  const { overall } = result
  // a band on too little information is only provisional, and is said to be (issue 11, item 3)
  // and a Low on too little information is not named at all: what is unanswered scores nothing, so the score so far understates it
  const inBand =
    result.sufficiency.status === 'sufficient'
      ? `in the ${BAND_LABELS[overall.band]} band`
      : bandWithheld(result.sufficiency.status, overall.band)
        ? 'with no band yet, as too little is answered to give one'
        : `in the ${BAND_LABELS[overall.band]} band, provisionally`
  const reasons: string[] = []
  // held by the cap (bank 2026.5) the score is below the answers alone, so nothing "lifts" it: say why it is held
  if (overall.answersCapped) reasons.push(answersCapSentence(result))
  else if (overall.decisiveFactors > 0) {
    reasons.push(
      `${plural(overall.decisiveFactors, 'decisive factor')} ${overall.decisiveFactors === 1 ? 'lifts' : 'lift'} the score from ${formatScore(overall.answersScore)} ` +
        `(the answers alone) to ${overall.rounded.toFixed(1)}, ${inBand}.`
    )
  } else if (kind !== 'accept' && result.sufficiency.status !== 'not-assessed')
    reasons.push(`The overall score is ${overall.rounded.toFixed(1)}, ${inBand}.`)
  if (result.gaps.length > 0) {
    reasons.push(`${plural(result.gaps.length, 'contract-vs-practice gap')}: day-to-day practice is riskier than the contract describes.`)
  }
  return reasons
}

/**
 * What the red flags mean under the laws applied. Under the Indian and UK profiles knock-out answers are
 * evidence only (a sham or an implied contract needs more), so saying they decide "on their own" there
 * would overstate the law; where some laws let them decide and others do not, both are said.
 */
function redFlagReason(result: ScoreResult): string {
  const fired = `${plural(result.redFlags.length, 'red flag')} fired`
  const { decisiveSomewhere, evidenceOnlyLaws } = knockOutReading(result)
  // what a knock-out does here, not what a court would find: a lapsed Philippine registration whose presumption the
  // answers rebut is still a knock-out, and is no evidence that you employ anyone (counsel and vendor-manager reviews)
  if (evidenceOnlyLaws === null)
    return `${fired}: knock-out answers, each enough on its own to put the result at High at least and to call for legal review; what each law makes of them is said under each law applied.`
  return decisiveSomewhere
    ? `${fired}: knock-out answers, each enough on its own to put the result at High at least under most laws applied here; under ${evidenceOnlyLaws} they are weighed as evidence but do not decide on their own.`
    : `${fired}: knock-out answers, which ${evidenceOnlyLaws} weighs as evidence of control but does not treat as deciding on their own; they count in the points, not as decisive factors.`
}

/**
 * The recommendation for a result. `openQuestionsAt` says where the report lists the open questions; the
 * screen, which links each question instead, passes "".
 */
export function recommend(result: ScoreResult, bank: QuestionBank, openQuestionsAt = ' (see appendix A)'): RecommendationView {
  const kind = recommendationKind(result)
  const status = result.sufficiency.status
  const reasons: string[] = []
  if (result.redFlags.length > 0) reasons.push(redFlagReason(result))
  for (const finding of result.decisive) {
    if (finding.nature === 'employment') reasons.push(finding.verdict)
  }
  // an exposure under a law whose employment finding fired is part of that finding's consequence (the German
  // leasing duties beside deemed employment): the employment finding says what matters there
  const exposures = [
    ...new Map(
      result.verdicts
        .filter((v) => !v.findings.some((f) => f.nature === 'employment'))
        .flatMap((v) => v.findings.filter((f) => f.nature === 'exposure'))
        .map((f) => [`${f.profileId ?? ''}:${f.ruleId}`, f] as const)
    ).values()
  ]
  for (const finding of exposures) reasons.push(`An exposure, not employment (${finding.title}): ${finding.verdict}`)
  if (exposures.length > 0)
    reasons.push(
      `Address ${exposures.length === 1 ? 'this exposure' : 'each exposure'} with the vendor and counsel: it is a liability of its own, whatever the score.`
    )
  reasons.push(...scoreReasons(result, kind))
  if (kind === 'accept')
    reasons.push(
      `The overall score is ${result.overall.rounded.toFixed(1)}, in the Low band, with no red flags, no decisive findings and no contract-vs-practice gaps.`
    )
  if (kind === 'escalate') reasons.push('Counsel should review the findings below before the action plan is agreed.')
  if (kind === 'remediate' && status === 'sufficient')
    reasons.push('Carry out the action plan in its order, starting with any decisive factor, and re-assess.')
  // whatever the coverage: 89 % settled says nothing about the one open question that would decide it
  const open = result.sufficiency.decisiveUnanswered
  // an answer marked unsure, or saying the fact is not known, that could not decide the result on its own still
  // stands in the result as chosen: say so, or an "accept" reads as if it were checked (vendor-manager review: CON-04
  // "We have not checked" under "accept", with no word of it)
  const unsure = result.lines.filter((l) => l.status === 'unsure' && !open.includes(l.questionId)).map((l) => l.questionId)
  if (unsure.length > 0)
    reasons.push(
      `${plural(unsure.length, 'answer')} ${unsure.length === 1 ? 'is' : 'are'} marked unsure or ${unsure.length === 1 ? 'says' : 'say'} the fact is not known (${unsure.join(', ')}): ${unsure.length === 1 ? 'it is' : 'they are'} scored as chosen; check ${unsure.length === 1 ? 'it' : 'them'} before relying on the result.`
    )
  if (open.length > 0) {
    const them = open.length === 1 ? 'it' : 'them'
    // with no band given (too little answered), "the band is provisional" named a band the result does not give
    // (counsel review): these questions are a further reason the result could rise
    const meanwhile = bandWithheld(status, result.overall.band)
      ? `the result could still rise on ${them} alone, whatever else is answered (no band is given yet in any case, as too little is answered), and any band the action plan projects before a step settles ${them} is provisional`
      : `${result.overall.band === 'critical' ? 'the score could still rise (the band is already the highest)' : 'the band could still rise'}, so it is provisional, and so is each band the action plan projects before a step settles ${them}`
    reasons.push(
      `Still open and able to decide the result on their own: ${open.join(', ')}${openQuestionsAt}. Until ${open.length === 1 ? 'it is' : 'they are'} answered, ${meanwhile}.`
    )
  }
  const openExposures = [...new Set(result.verdicts.flatMap((v) => v.openExposures))]
  if (openExposures.length > 0)
    reasons.push(
      `Still open and able to add an exposure of its own (a liability weighed apart from whether you employ the agents now): ${openExposures.join(', ')}. Answer ${openExposures.length === 1 ? 'it' : 'them'} before accepting the arrangement.`
    )
  const carried = result.coverage.carriedUnconfirmed
  if (carried > 0)
    reasons.push(
      `${plural(carried, 'answer')} carried forward from the last cycle ${carried === 1 ? 'is' : 'are'} not confirmed for this one: confirm or correct ${carried === 1 ? 'it' : 'them'} before relying on the result.`
    )
  const provisional = status !== 'sufficient'
  const provisionalNote = provisional
    ? status === 'not-assessed'
      ? 'Not assessed: nothing has been answered, so there is no result to rely on.'
      : `Insufficient information: only ${formatPercent(result.coverage.ratio)} of the applicable questions are settled (the bank requires ${formatPercent(bank.scoring.coverageThreshold)}). ${bandWithheld(result.sufficiency.status, result.overall.band) ? 'No band is given' : 'The band shown is provisional'}; unanswered and unsure questions${carried > 0 && bank.scoring.carriedNeedConfirming === true ? ', and answers carried forward but not confirmed,' : ''} may hide risk.`
    : null
  const onlyOpenQuestions =
    kind === 'remediate' &&
    status === 'sufficient' &&
    (open.length > 0 || openExposures.length > 0 || carried > 0) &&
    result.overall.band === 'low' &&
    result.gaps.length === 0 &&
    !result.decisive.some((f) => f.nature === 'exposure')
  const headline =
    kind !== 'escalate' && status !== 'sufficient'
      ? INCOMPLETE_HEADLINES[status]
      : onlyOpenQuestions
        ? open.length > 0
          ? OPEN_DECISIVE_HEADLINE
          : settleFirstHeadline(openExposures.length > 0, carried > 0)
        : RECOMMENDATION_HEADLINES[kind]
  return { kind, headline, reasons, provisional, provisionalNote }
}

/** Why delivery from these countries was not assessed under local law, for the recommendation's reasons. */
function whyNotAssessed(countries: readonly CountryNotAssessed[]): string {
  const without = countries.filter((c) => c.profileName === null)
  const notApplied = countries.filter((c) => c.profileName !== null)
  if (notApplied.length === 0) return `no jurisdiction profile covers ${without.length === 1 ? 'it' : 'them'}`
  const parts = [
    ...(without.length > 0 ? [`no jurisdiction profile covers ${without.map((c) => countryName(c.country)).join(', ')}`] : []),
    ...notApplied.map((c) => `this assessment did not apply the ${c.profileName} profile`)
  ]
  return parts.join('; ')
}

/** A recommendation, even "Accept", says which delivery countries its result does not cover under local law. */
export function withUnassessedCountries(recommendation: RecommendationView, countries: readonly CountryNotAssessed[]): RecommendationView {
  if (countries.length === 0) return recommendation
  const names = countries.map((c) => countryName(c.country)).join(', ')
  const reason = `Delivery from ${names} was not assessed under local law (${whyNotAssessed(countries)}): have local counsel confirm before relying on this result there.`
  // an unqualified "Accept" would cover delivery whose local law was never applied
  const headline = recommendation.kind === 'accept' ? qualifiedAcceptHeadline(names) : recommendation.headline
  return { ...recommendation, headline, reasons: [...recommendation.reasons, reason] }
}
