import type { Question } from '../bank/bank-schema'
import type { Assessment } from '../schemas/assessment'
import { isFinding } from '../workflow/findings'
import { roundScore } from '../scoring/bands'
import { lawfulAdvice } from '../scoring/lawful-advice'
import type { FindingNature, GapFinding, RemediationItem, ScoreLine, ScoreResult } from '../scoring/score-types'
import { helpInScope } from './help-in-scope'
import { bandAfterStep, NO_BAND_YET, stepTargetAnswer } from './step-band'
import { ANSWER_STATUS_LABELS, formatDate, formatPercent, formatScore, VERDICT_LABELS } from './labels'
import { chosenOption, evidenceViews, optionLabel, promptOf, remediationTexts, sectionTitle, type ModelContext } from './model-context'
import type { ActionRow, DriverView, FactorView, FindingView } from './report-types'

/**
 * Findings ranked for counsel: red flags first, then by points carried, then by how much the
 * answer amplifies the rest, then in questionnaire order (so the ranking is stable).
 */
export function rankFindings(
  lines: readonly ScoreLine[],
  gaps: ReadonlyMap<string, GapFinding>,
  order: (id: string) => number
): ScoreLine[] {
  return lines
    .filter((l) => isFinding(l, gaps))
    .sort(
      (a, b) =>
        Number(b.redFlag) - Number(a.redFlag) || b.points - a.points || b.amplify - a.amplify || order(a.questionId) - order(b.questionId)
    )
}

function amplifierOnly(line: ScoreLine): boolean {
  return line.points === 0 && line.amplify > 0
}

export function buildFindings(ctx: ModelContext, assessment: Assessment, result: ScoreResult): FindingView[] {
  const gaps = new Map(result.gaps.map((g) => [g.questionId, g]))
  const remediation = new Map(result.remediation.map((r) => [r.questionId, r]))
  const total = result.overall.points
  return rankFindings(result.lines, gaps, ctx.questionIndex).map((line, i) => {
    const q = ctx.question(line.questionId)
    const answer = assessment.answers[line.questionId]
    const review = assessment.reviews[line.questionId]
    const action = assessment.actions[line.questionId]
    const gap = gaps.get(line.questionId)
    const dual = q?.contract !== undefined
    const practice = optionLabel(ctx, q, line.practiceOptionId, 'practice') ?? 'Not answered'
    const flagged = result.redFlags.filter((f) => f.questionId === line.questionId)
    return {
      rank: i + 1,
      questionId: line.questionId,
      section: sectionTitle(ctx, line.section),
      prompt: q ? promptOf(ctx, q) : line.questionId,
      practiceLabel: dual ? 'In practice' : 'Answer',
      practiceAnswer: line.status === 'unsure' ? `${practice} (marked unsure)` : practice,
      contractAnswer: dual ? (optionLabel(ctx, q, line.contractOptionId, 'contract') ?? 'Not answered') : null,
      status: ANSWER_STATUS_LABELS[line.status],
      points: line.points,
      // an amplifier carries no points of its own: "0.0 points (0%)" read as weighing nothing, while it
      // raises the score through the control points found (said in the amplifier line below)
      pointsText: amplifierOnly(line) ? 'No points: amplifies' : `${formatScore(line.points)} of ${formatScore(total)} points`,
      share: amplifierOnly(line) ? `+${formatPercent(line.amplify)}` : total > 0 ? formatPercent(line.points / total) : '0%',
      redFlag: line.redFlag,
      redFlagSides: flagged.map((f) => f.side),
      gap: gap
        ? `Practice (risk ${gap.practiceRisk}) is riskier than the contract (risk ${gap.contractRisk}): the paper does not describe what happens, which is where courts set the paper aside.`
        : null,
      amplifier:
        line.amplify > 0
          ? `This answer adds ${formatPercent(line.amplify)} to the amplification (all amplifiers together at most ${formatPercent(ctx.bank.scoring.maxAmplification)}), which closes part of the distance to 100 in proportion to the control points found.`
          : null,
      // A report cites only applied law and general principles: other countries' law is cut from the note.
      help: helpInScope(q?.help ?? '', assessment.profiles),
      factors: factorsOf(ctx, line.factors, assessment.profiles),
      recommendation: adviceFor(
        ctx,
        q,
        q
          ? { practice: chosenOption(q, line.practiceOptionId, 'practice'), contract: chosenOption(q, line.contractOptionId, 'contract') }
          : null,
        assessment.profiles
      ),
      effect: effectOf(ctx, remediation.get(line.questionId), line, result),
      decisive: decisiveOf(result, line.questionId, 'employment'),
      exposure: decisiveOf(result, line.questionId, 'exposure'),
      owner: action?.owner.trim() ? action.owner : null,
      targetDate: action?.targetDate ? formatDate(action.targetDate) : null,
      verdict: review?.verdict ? VERDICT_LABELS[review.verdict] : null,
      verdictKey: review?.verdict ?? null,
      reviewLine: reviewLine(assessment, line.questionId),
      reviewComment: review?.comment.trim() ? review.comment : null,
      reviewedAt: review ? formatDate(review.at) : null,
      note: answer?.note?.trim() ? answer.note : null,
      evidence: evidenceViews(answer)
    }
  })
}

function factorsOf(ctx: ModelContext, ids: readonly string[], applied: readonly string[]): FactorView[] {
  return ids.map((id) => {
    const factor = ctx.factor(id)
    if (!factor) return { id, title: id, description: '', sources: [], notLaw: [] }
    const sources = ctx.citeAll(factor.sources.filter(ctx.isLaw))
    const notLaw = ctx.citeAll(factor.sources.filter((s) => !ctx.isLaw(s)))
    return { id, title: factor.title, description: helpInScope(factor.description, applied), sources, notLaw }
  })
}

type ChosenOption = { risk: number; amplify?: number | undefined; remediation?: string | undefined }
type Chosen = { practice: ChosenOption | undefined; contract: ChosenOption | undefined }

/** The option carries risk, or amplifies the risk found elsewhere (an amplifier's options have risk 0). */
function carriesRisk(option: ChosenOption | undefined): option is ChosenOption {
  return option !== undefined && (option.risk > 0 || (option.amplify ?? 0) > 0)
}

/**
 * The bank's advice for the answer given, checked against every applied law exactly as the action plan's
 * is (methodology section 9): a finding must never recommend "a staffing arrangement" in the Philippines,
 * Mexico or Colombia that the action plan beside it withholds. A question limited to some profiles is
 * checked against those only, so German advice on designated leasing stays where it is lawful.
 */
function adviceFor(ctx: ModelContext, q: Question | undefined, chosen: Chosen | null, applied: readonly string[]): string[] {
  const profiles = ctx.bank.profiles.filter((p) => applied.includes(p.id) && (!q?.appliesTo || q.appliesTo.includes(p.id)))
  const lawful = (text: string): string => lawfulAdvice(text, profiles)
  const advice: string[] = []
  if (carriesRisk(chosen?.practice) && chosen.practice.remediation) advice.push(lawful(chosen.practice.remediation))
  if (carriesRisk(chosen?.contract) && chosen.contract.remediation) advice.push(`Contract: ${lawful(chosen.contract.remediation)}`)
  if (advice.length === 0) advice.push('The question bank gives no specific change for this answer; review it with counsel.')
  return advice
}

/** A finding on a fact of the engagement no action changes (Question.fixedFact): what the plan does with it, and why. */
export const FIXED_FACT_EFFECT =
  'Not a step of the action plan: this answer is a fact of the engagement that no action changes, so the plan projects ' +
  'no change to it and its points stay in every projected score; the recommendation says what to do instead.'

/**
 * The step of the action plan that addresses this answer and what it does, as the engine measured it
 * (each step after the earlier ones). Only what is true of this result is said.
 */
function effectOf(ctx: ModelContext, item: RemediationItem | undefined, line: ScoreLine, result: ScoreResult): string | null {
  if (!item) {
    const contributes = line.points > 0 || line.amplify > 0 || line.redFlag
    if (!contributes) return null
    // bank 2026.7: a fact no action changes is never a step, and saying it "no longer lowers the score" would be untrue
    if (ctx.question(line.questionId)?.fixedFact === true) return FIXED_FACT_EFFECT
    return 'Not a step of the action plan: once the steps before it are taken, changing this answer no longer lowers the overall score.'
  }
  const lift = liftsDecisiveHere(item, result) ? ' and lifts a decisive factor' : item.clearsRedFlag ? ' and clears its red flag' : ''
  const target = stepTargetAnswer(ctx.question(item.questionId), item, ctx.kind)
  const answer = target ? `if the answer becomes ${target}` : 'moving to the lowest-risk answer'
  const measured = `Step ${item.step} of the action plan. Measured after the steps before it, ${answer}`
  const after = `${formatScore(item.newScore)} (${bandAfterStep(item)})`
  // held at its cap band (bank 2026.5) the overall score does not move: "from 74.9 to 74.9" said nothing of what the step does
  // (only the cap puts the overall score below the answers' own: decisive factors never lower it)
  const answersRemoved = item.answersScoreBefore - item.answersScoreAfter
  if (item.newScore < item.answersScoreAfter && roundScore(item.scoreBefore) === roundScore(item.newScore)) {
    const by = answersRemoved >= 0.05 ? `by ${formatScore(answersRemoved)}` : 'by less than 0.1'
    return `${measured}: it lowers what the answers alone score ${by}, from ${formatScore(item.answersScoreBefore)} to ${formatScore(item.answersScoreAfter)}${lift}; the overall score stays at ${after}, held at the top of its band until the answers alone fall below it. What the action achieves in fact decides the answer.`
  }
  const change =
    item.riskRemoved >= 0.05
      ? `lowers the overall score by ${formatScore(item.riskRemoved)}${lift}`
      : `lowers the overall score by less than 0.1${lift}`
  return `${measured}: it ${change}, and the overall score goes from ${formatScore(item.scoreBefore)} to ${after}. What the action achieves in fact decides the answer.`
}

/**
 * The step lifts a decisive factor under a law applied here. The engine counts any knock-out answer it
 * clears, but where every law applied treats knock-outs as evidence only (India, the United Kingdom) a
 * cleared knock-out decided nothing: there only a cleared employment rule is a decisive factor lifted.
 */
function liftsDecisiveHere(item: RemediationItem, result: ScoreResult): boolean {
  // an exposure (UK AWR, California § 2810.3) lifts nothing, so clearing one is no decisive factor lifted
  const employment = result.decisive.some((d) => d.nature === 'employment' && item.clearsRules.includes(d.ruleId))
  if (employment) return true
  // the engine's liftsDecisive also counts a cleared exposure, so only a cleared knock-out is read here
  return item.clearsRedFlag && result.verdicts.some((v) => v.knockOutsDecisive)
}

/**
 * The rules this answer fires under the laws applied, each with its outcome in the law's words: the
 * employment findings (which decide) apart from the exposures (UK AWR, TUPE, California § 2810.3), which
 * lift nothing and must not be printed under "Decisive".
 */
function decisiveOf(result: ScoreResult, questionId: string, nature: FindingNature): string | null {
  const fired = result.decisive.filter((d) => d.nature === nature && d.questionIds.includes(questionId))
  if (fired.length === 0) return null
  const law = (id: string | null): string => result.verdicts.find((v) => v.profileId === id)?.name ?? 'general principles'
  return fired.map((d) => `${d.title} (${law(d.profileId)}): ${d.verdict}`).join('\n')
}

/** The reviewer's ruling on one finding in words; a comment without a verdict is shown as just that. */
function reviewLine(assessment: Assessment, questionId: string): string {
  const review = assessment.reviews[questionId]
  const comment = review?.comment.trim() ? `: ${review.comment.trim()}` : ''
  if (review?.verdict) return `${VERDICT_LABELS[review.verdict]} (${formatDate(review.at)})${comment}`
  const notReviewed = assessment.status === 'final' ? assessment.signOff?.notReviewed : undefined
  const state =
    assessment.status === 'final'
      ? notReviewed
        ? `Not reviewed. Reason given at sign-off: ${notReviewed.reason}`
        : 'Not reviewed'
      : 'Not reviewed yet'
  return review ? `${state}. Comment without a verdict${comment}` : state
}

/**
 * The action plan: the engine's steps in the order to take them, each measured after the earlier ones.
 * Each row carries the number of the finding it addresses, so findings and actions share one numbering.
 */
export function buildActions(
  ctx: ModelContext,
  assessment: Assessment,
  result: ScoreResult,
  findings: readonly FindingView[]
): ActionRow[] {
  const points = new Map(result.lines.map((l) => [l.questionId, l.points]))
  const findingNumber = new Map(findings.map((f) => [f.questionId, f.rank]))
  const target = (r: RemediationItem): string | null => stepTargetAnswer(ctx.question(r.questionId), r, ctx.kind)
  return [...result.remediation]
    .sort((a, b) => a.step - b.step)
    .map((r) => {
      const plan = assessment.actions[r.questionId]
      const texts = remediationTexts(r)
      const q = ctx.question(r.questionId)
      return {
        rank: findingNumber.get(r.questionId) ?? 0,
        step: r.step,
        questionId: r.questionId,
        action: [
          texts.length > 0 ? texts.join('\n') : `Move ${q ? `"${promptOf(ctx, q)}"` : r.questionId} to its lowest-risk answer.`,
          ...(target(r) ? [`Effect measured as if the answer becomes ${target(r)}.`] : [])
        ].join('\n'),
        points: formatScore(points.get(r.questionId) ?? 0),
        riskRemoved: roundScore(r.riskRemoved) > 0 ? `−${formatScore(r.riskRemoved)}` : '0.0',
        scoreAfter: scoreAfterStep(r),
        clearsRedFlag: r.clearsRedFlag,
        owner: plan?.owner.trim() ? plan.owner : 'Not assigned',
        targetDate: plan?.targetDate ? formatDate(plan.targetDate) : 'Not set'
      }
    })
}

/** The top drivers in plain language: the answer given, not just a question id. */
export function buildDrivers(ctx: ModelContext, result: ScoreResult): DriverView[] {
  const lines = new Map(result.lines.map((l) => [l.questionId, l]))
  return result.topDrivers.map((d) => {
    const q = ctx.question(d.questionId)
    const line = lines.get(d.questionId)
    const practice = optionLabel(ctx, q, line?.practiceOptionId, 'practice')
    const contract = optionLabel(ctx, q, line?.contractOptionId, 'contract')
    const practiceRisk = line?.practiceRisk ?? 0
    const contractCounts = (line?.contractRisk ?? 0) * ctx.bank.scoring.contractWeight > practiceRisk
    return {
      questionId: d.questionId,
      section: sectionTitle(ctx, d.section),
      prompt: q ? promptOf(ctx, q) : d.questionId,
      answer: contractCounts && contract ? `Contract: ${contract}` : (practice ?? contract ?? 'Not answered'),
      points: formatScore(d.points),
      share: formatPercent(d.share),
      redFlag: d.redFlag
    }
  })
}

/** "12.5 High, provisional", or "2.3, no band yet" where a Low on too little information is not named. */
function scoreAfterStep(r: RemediationItem): string {
  const band = bandAfterStep(r)
  return `${formatScore(r.newScore)}${band === NO_BAND_YET ? ',' : ''} ${band}`
}
