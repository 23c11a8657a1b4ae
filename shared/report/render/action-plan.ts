import type { ReportModel } from '../report-types'
import { sectionTitle } from './cover'
import type { Layout } from './layout'
import { table } from './table'
import { TYPE } from './theme'

/** The action plan: each change, how much risk it removes (re-scored, not estimated), owner and date. */
export function drawActionPlan(layout: Layout, model: ReportModel): void {
  layout.section('actions', sectionTitle('actions'))
  if (model.actions.length === 0) {
    // on too little information, no action is not the same as nothing to remediate (issue 11, item 3)
    layout.paragraph(
      model.overall.sufficient
        ? 'No change to an answer would lower the score: there is nothing to remediate.'
        : 'No change to an answer given would lower the score. Too few questions are settled to say there is nothing to remediate: what is unanswered may hide risk.'
    )
    return
  }
  layout.paragraph(model.actionPlanIntro)
  layout.y += 2
  table(
    layout,
    [
      { title: 'Finding', width: 44 },
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
