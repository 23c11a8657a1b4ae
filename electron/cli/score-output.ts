import type { Assessment } from '@shared/schemas/assessment'
import type { Engagement } from '@shared/schemas/engagement'
import type { QuestionBank } from '@shared/bank/bank-schema'
import type { ScoreResult } from '@shared/scoring/score-types'

/**
 * The stable `score --json` document (fields documented in docs/cli.md). Scores are given to one
 * decimal, as shown everywhere else; add fields, never rename or remove them.
 */
export function scoreJson(engagement: Engagement, assessment: Assessment, bank: QuestionBank, result: ScoreResult) {
  const sectionTitle = new Map(bank.sections.map((s) => [s.id, s.title]))
  return {
    engagement: { id: engagement.id, vendorName: engagement.vendorName, name: engagement.name },
    assessment: { id: assessment.id, kind: assessment.kind, status: assessment.status, bank: assessment.bank, profiles: assessment.profiles },
    overall: { score: result.overall.rounded, band: result.overall.band, redFlagFloorApplied: result.overall.redFlagFloorApplied },
    sections: result.sections
      .filter((s) => s.visibleCount > 0)
      .map((s) => ({ id: s.sectionId, title: sectionTitle.get(s.sectionId) ?? s.sectionId, score: s.rounded, band: s.band, redFlags: s.redFlagCount })),
    redFlags: result.redFlags.map((f) => ({ questionId: f.questionId, section: f.section, side: f.side, optionId: f.optionId, label: f.label })),
    gaps: result.gaps.map((g) => ({
      questionId: g.questionId,
      contract: g.contractOptionId,
      practice: g.practiceOptionId,
      difference: g.difference
    })),
    coverage: {
      ratio: Math.round(result.coverage.ratio * 1000) / 1000,
      visible: result.coverage.visible,
      covered: result.coverage.covered,
      unanswered: result.coverage.unanswered,
      unsure: result.coverage.unsure,
      na: result.coverage.na,
      carriedUnconfirmed: result.coverage.carriedUnconfirmed
    },
    provisional: result.provisional,
    topDrivers: result.topDrivers.map((d) => ({ questionId: d.questionId, section: d.section, points: d.points, share: Math.round(d.share * 1000) / 1000 }))
  }
}
