import type { ReportModel } from '../report-types'
import { sectionTitle } from './cover'
import type { Layout } from './layout'
import { table } from './table'
import { TYPE } from './theme'

/** The action plan: each change, how much risk it removes (re-scored, not estimated), owner and date. */
export function drawActionPlan(layout: Layout, model: ReportModel): void {
  layout.section('actions', sectionTitle('actions'))
  if (model.actions.length === 0) {
    layout.paragraph('No change to an answer would lower the score: there is nothing to remediate.')
    return
  }
  layout.paragraph(
    'Every answer that carries risk, with the change the question bank advises. "Removes" is the drop in the overall score if that one answer moved to its lowest-risk option, computed by re-scoring the assessment; "Score after" is the overall score and band after that single change. While red flags hold the score at the High threshold, no single change lowers it: clear the red flags first. Changes are not additive; re-assess after each round.'
  )
  layout.y += 2
  table(
    layout,
    [
      { title: 'Item', width: 44 },
      { title: 'Action', width: 180 },
      { title: 'Points', width: 40, align: 'right' },
      { title: 'Removes', width: 46, align: 'right' },
      { title: 'Score after', width: 50 },
      { title: 'Owner', width: 62 },
      { title: 'Target', width: 45 }
    ],
    model.actions.map((a) => [
      { text: `${a.rank}\n${a.questionId}`, style: TYPE.smallBold },
      a.clearsRedFlag ? `${a.action}\nClears a red flag.` : a.action,
      a.points,
      { text: a.riskRemoved, style: TYPE.smallBold },
      a.scoreAfter,
      a.owner,
      a.targetDate
    ]),
    { zebra: true }
  )
}
