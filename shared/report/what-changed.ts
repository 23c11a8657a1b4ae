import type { Assessment } from '../schemas/assessment'
import { roundScore } from '../scoring/bands'
import { redFlagKey } from '../scoring/findings'
import type { OverallScore, RedFlagFinding, ScoreResult } from '../scoring/score-types'
import { BAND_LABELS, formatDate, formatDelta, formatScore } from './labels'
import { resultLabel } from './explanation-model'
import type { SufficiencyStatus } from '../scoring/score-types'
import { answerSignature, lineMap, optionLabel, promptOf, sectionTitle, type ModelContext } from './model-context'
import type { ChangedAnswer, HistoryEntry, RedFlagView, ScoreView, TrendPoint, WhatChanged } from './report-types'
import { compareInstants, isBefore } from '../util/instant'

const TREND_CYCLES = 6

/** A score as the report shows it, overall or of a section: to one decimal, with its band named. */
export function scoreView({ rounded, band }: Pick<OverallScore, 'rounded' | 'band'>): ScoreView {
  return { score: rounded, scoreText: formatScore(rounded), band, bandLabel: BAND_LABELS[band] }
}

/** The date an assessment stands for: when it was signed off, else the end of its period, else its creation. */
export function assessmentDate(a: Assessment): string {
  return (a.signOff?.finalizedAt ?? a.periodEnd ?? a.createdAt).slice(0, 10)
}

/** Past assessments, oldest first: created before the current one, the current one itself excluded. */
export function pastEntries(current: Assessment, history: readonly HistoryEntry[]): HistoryEntry[] {
  return history
    .filter((h) => h.assessment.id !== current.id && isBefore(h.assessment.createdAt, current.createdAt))
    .sort(
      (a, b) =>
        assessmentDate(a.assessment).localeCompare(assessmentDate(b.assessment)) ||
        compareInstants(a.assessment.createdAt, b.assessment.createdAt)
    )
}

/** The assessment to compare with: the latest final one before this, else the latest of any status. */
export function previousEntry(current: Assessment, history: readonly HistoryEntry[]): HistoryEntry | null {
  const past = pastEntries(current, history)
  return past.filter((h) => h.assessment.status === 'final').at(-1) ?? past.at(-1) ?? null
}

export function redFlagView(ctx: ModelContext, flag: RedFlagFinding): RedFlagView {
  return { questionId: flag.questionId, section: sectionTitle(ctx, flag.section), side: flag.side, answer: flag.label }
}

export function whatChanged(
  ctx: ModelContext,
  current: { assessment: Assessment; result: ScoreResult },
  previous: HistoryEntry | null
): WhatChanged | null {
  if (!previous) return null
  const now = lineMap(current.result.lines)
  const before = lineMap(previous.result.lines)
  const ids = [...new Set([...now.keys(), ...before.keys()])].sort((a, b) => ctx.questionIndex(a) - ctx.questionIndex(b))
  const changes: ChangedAnswer[] = []
  for (const id of ids) {
    const a = current.assessment.answers[id]
    const b = previous.assessment.answers[id]
    if (answerSignature(a) === answerSignature(b)) continue
    const q = ctx.question(id)
    changes.push({
      questionId: id,
      prompt: q ? promptOf(ctx, q) : id,
      before: describe(ctx, id, b, before.has(id)),
      now: describe(ctx, id, a, now.has(id)),
      pointsBefore: before.get(id)?.points ?? 0,
      pointsNow: now.get(id)?.points ?? 0
    })
  }
  changes.sort(
    (x, y) =>
      Math.abs(y.pointsNow - y.pointsBefore) - Math.abs(x.pointsNow - x.pointsBefore) ||
      ctx.questionIndex(x.questionId) - ctx.questionIndex(y.questionId)
  )
  const nowFlags = new Set(current.result.redFlags.map(redFlagKey))
  const beforeFlags = new Set(previous.result.redFlags.map(redFlagKey))
  const delta = current.result.overall.rounded - previous.result.overall.rounded
  return {
    previous: {
      id: previous.assessment.id,
      title: previous.assessment.title,
      date: formatDate(assessmentDate(previous.assessment)),
      score: scoreView(previous.result.overall),
      resultLabel: resultLabel(previous.result.sufficiency.status, previous.result.overall.band),
      sufficient: previous.result.sufficiency.status === 'sufficient'
    },
    currentSufficient: current.result.sufficiency.status === 'sufficient',
    scoreDelta: roundScore(delta),
    scoreDeltaText: formatDelta(delta),
    bandChanged: current.result.overall.band !== previous.result.overall.band,
    answersChanged: changes.length,
    changes,
    redFlagsAdded: current.result.redFlags.filter((f) => !beforeFlags.has(redFlagKey(f))).map((f) => redFlagView(ctx, f)),
    redFlagsCleared: previous.result.redFlags.filter((f) => !nowFlags.has(redFlagKey(f))).map((f) => redFlagView(ctx, f))
  }
}

function describe(ctx: ModelContext, id: string, answer: Assessment['answers'][string] | undefined, visible: boolean): string {
  if (!visible) return 'Not asked'
  if (!answer) return 'Not answered'
  if (answer.na) return 'Not applicable'
  const q = ctx.question(id)
  const practice = optionLabel(ctx, q, answer.choice, 'practice')
  const contract = optionLabel(ctx, q, answer.contractChoice, 'contract')
  const parts = [contract ? `Contract: ${contract}` : null, practice ? (contract ? `Practice: ${practice}` : practice) : null].filter(
    (p) => p !== null
  )
  const text = parts.length > 0 ? parts.join('\n') : 'Not answered'
  return answer.unsure ? `${text} (unsure)` : text
}

/** Up to six cycles, oldest first, ending with this assessment. */
/** A trend point's caption for a result without a band to rely on (the chart's room is a few words). */
const SUFFICIENCY_SHORT: Readonly<Record<Exclude<SufficiencyStatus, 'sufficient'>, string>> = {
  insufficient: 'Insufficient info.',
  'not-assessed': 'Not assessed'
}

export function trendOf(current: { assessment: Assessment; result: ScoreResult }, history: readonly HistoryEntry[]): TrendPoint[] {
  const past = pastEntries(current.assessment, history).slice(-(TREND_CYCLES - 1))
  const point = (entry: HistoryEntry, isCurrent: boolean): TrendPoint => ({
    ...scoreView(entry.result.overall),
    label: shortDate(assessmentDate(entry.assessment)),
    date: formatDate(assessmentDate(entry.assessment)),
    current: isCurrent,
    final: entry.assessment.status === 'final',
    sufficient: entry.result.sufficiency.status === 'sufficient',
    // the chart's caption is short: the status alone, the provisional band being the bar's height and score
    resultLabel:
      entry.result.sufficiency.status === 'sufficient'
        ? scoreView(entry.result.overall).bandLabel
        : SUFFICIENCY_SHORT[entry.result.sufficiency.status]
  })
  return [...past.map((e) => point(e, false)), point(current, true)]
}

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

function shortDate(isoDate: string): string {
  const month = SHORT_MONTHS[Number(isoDate.slice(5, 7)) - 1]
  return month ? `${month} ${isoDate.slice(0, 4)}` : isoDate
}
