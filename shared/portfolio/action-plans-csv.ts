import { promptFor } from '../bank/wording'
import type { Question, QuestionBank } from '../bank/bank-schema'
import { STATUS_LABELS } from '../report/labels'
import { remediationTexts } from '../report/model-context'
import { bandAfterStep } from '../report/step-band'
import type { Assessment } from '../schemas/assessment'
import type { Engagement } from '../schemas/engagement'
import { roundScore } from '../scoring/bands'
import type { RemediationItem } from '../scoring/score-types'
import { toCsv, type CsvCell } from './csv'
import { assessmentName } from './csv-labels'
import { compareEngagements } from './engagement-order'
import { assessmentsByEngagement } from '../workflow/by-engagement'
import { assessmentDate, latestAssessment } from './latest-assessment'
import { scoreCache } from './portfolio-rows'

export const ACTION_PLAN_HEADER = [
  'Engagement',
  'Vendor',
  'Assessment',
  'Assessment status',
  'Step',
  'Question ID',
  'Section',
  'Question',
  'Action',
  'Score before',
  'Risk removed',
  'Score after',
  'Band after',
  'Lifts a decisive factor',
  'Clears red flag',
  'Owner',
  'Target date',
  'Status'
] as const

/** Where an action stands, from what the plan records (the app keeps no done/not-done flag). */
export function actionStatus(plan: { owner: string; targetDate?: string | undefined } | undefined, today?: string): string {
  const owner = plan?.owner.trim() ?? ''
  const date = plan?.targetDate
  if (!owner && !date) return 'Not assigned'
  if (today && date && date < today) return 'Past target date'
  if (!owner) return 'No owner'
  return date ? 'Planned' : 'No target date'
}

function actionText(r: RemediationItem): string {
  const texts = remediationTexts(r)
  return texts.length > 0 ? texts.join(' ') : 'Move this answer to its lowest-risk option.'
}

type BankLookups = { questions: ReadonlyMap<string, Question>; sectionTitles: ReadonlyMap<string, string> }

/**
 * Every remediation action of each active engagement's latest assessment (the one the dashboard shows:
 * latest final, else latest draft), ranked as in the app's remediation plan,
 * engagements by vendor name. Engagements whose
 * assessment cannot be scored (bank missing) or that have nothing to remediate add no lines.
 * With `today` (YYYY-MM-DD), actions past their target date say so.
 */
export function actionPlansCsv(
  engagements: readonly Engagement[],
  assessments: readonly Assessment[],
  banks: readonly QuestionBank[],
  today?: string
): string {
  const scoreOf = scoreCache(banks)
  const byEngagement = assessmentsByEngagement(assessments)
  // most engagements share one or two banks: their lookups are built once, not per engagement
  const lookups = new Map<QuestionBank, BankLookups>()
  const lookupsOf = (bank: QuestionBank): BankLookups => {
    let known = lookups.get(bank)
    if (!known) {
      known = {
        questions: new Map(bank.questions.map((q) => [q.id, q])),
        sectionTitles: new Map(bank.sections.map((s) => [s.id, s.title]))
      }
      lookups.set(bank, known)
    }
    return known
  }
  const lines: CsvCell[][] = []
  const active = engagements.filter((e) => e.status === 'active').sort(compareEngagements)
  for (const e of active) {
    const a = latestAssessment(e.id, byEngagement.get(e.id) ?? [])
    if (!a) continue
    const scored = scoreOf(a)
    if (!('result' in scored)) continue
    const { questions, sectionTitles } = lookupsOf(scored.bank)
    const name = assessmentName(a, assessmentDate(a))
    // The engine's one order (ScoreResult.remediation): decisive factors first, each step measured after the earlier ones.
    for (const r of scored.result.remediation) {
      const q = questions.get(r.questionId)
      const plan = a.actions[r.questionId]
      lines.push([
        e.name,
        e.vendorName,
        name,
        STATUS_LABELS[a.status],
        r.step,
        r.questionId,
        sectionTitles.get(r.section) ?? r.section,
        q ? promptFor(q, a.kind) : null,
        actionText(r),
        roundScore(r.scoreBefore),
        roundScore(r.riskRemoved),
        roundScore(r.newScore),
        bandAfterStep(r),
        r.liftsDecisive ? 'Yes' : 'No',
        r.clearsRedFlag ? 'Yes' : 'No',
        plan?.owner.trim() ?? '',
        plan?.targetDate ?? null,
        actionStatus(plan, today)
      ])
    }
  }
  return toCsv([[...ACTION_PLAN_HEADER], ...lines])
}
