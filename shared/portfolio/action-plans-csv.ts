import type { QuestionBank } from '../bank/bank-schema'
import type { Assessment } from '../schemas/assessment'
import type { Engagement } from '../schemas/engagement'
import type { RemediationItem } from '../scoring/score-types'
import { toCsv, type CsvCell } from './csv'
import { assessmentName, BAND_WORD, oneDecimal, STATUS_WORD } from './csv-labels'
import { assessmentDate, latestAssessment } from './latest-assessment'
import { scoreCache } from './portfolio-rows'

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true })

export const ACTION_PLAN_HEADER = [
  'Engagement',
  'Vendor',
  'Assessment',
  'Assessment status',
  'Rank',
  'Question ID',
  'Section',
  'Question',
  'Action',
  'Risk removed',
  'Band after',
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
  const texts = [r.practiceRemediation, r.contractRemediation ? `Contract: ${r.contractRemediation}` : null].filter((t): t is string => t !== null)
  return texts.length > 0 ? texts.join(' ') : 'Move this answer to its lowest-risk option.'
}

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
  const lines: CsvCell[][] = []
  const active = engagements
    .filter((e) => e.status === 'active')
    .sort((x, y) => collator.compare(x.vendorName, y.vendorName) || collator.compare(x.name, y.name) || x.id.localeCompare(y.id))
  for (const e of active) {
    const a = latestAssessment(e.id, assessments)
    if (!a) continue
    const scored = scoreOf(a)
    if (!('result' in scored)) continue
    const bank = banks.find((b) => b.id === a.bank.id && b.version === a.bank.version)
    const questions = new Map(bank?.questions.map((q) => [q.id, q]))
    const sections = new Map(bank?.sections.map((s) => [s.id, s.title]))
    const name = assessmentName(a, assessmentDate(a))
    scored.result.remediation.forEach((r, i) => {
      const q = questions.get(r.questionId)
      const plan = a.actions[r.questionId]
      lines.push([
        e.name,
        e.vendorName,
        name,
        STATUS_WORD[a.status],
        i + 1,
        r.questionId,
        sections.get(r.section) ?? r.section,
        q ? (a.kind === 'onboarding' ? q.plannedPrompt : q.prompt) : null,
        actionText(r),
        oneDecimal(r.riskRemoved),
        BAND_WORD[r.newBand],
        r.clearsRedFlag ? 'Yes' : 'No',
        plan?.owner.trim() ?? '',
        plan?.targetDate ?? null,
        actionStatus(plan, today)
      ])
    })
  }
  return toCsv([[...ACTION_PLAN_HEADER], ...lines])
}
