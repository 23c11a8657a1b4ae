import type { Assessment } from '@shared/schemas/assessment'
import type { Engagement } from '@shared/schemas/engagement'
import type { QuestionBank } from '@shared/bank/bank-schema'
import type { ScoreResult } from '@shared/scoring/score-types'
import { roundScore } from '@shared/scoring/bands'

/** Identifies the `score --json` document; bumped only if a field is ever renamed or removed. */
export const SCORE_JSON_FORMAT = 'armslength.score'
export const SCORE_JSON_VERSION = 1

/** Scores and risk removed: one decimal, rounded as everywhere else (bands are read from this value). */
const oneDecimal = roundScore
/** Points: two decimals, enough for every product of risk, weight and multiplier, without float noise. */
const twoDecimals = (n: number): number => Math.round(n * 100) / 100
/** Ratios and shares (0–1): three decimals. */
const threeDecimals = (n: number): number => Math.round(n * 1000) / 1000

/**
 * The stable `score --json` document (fields documented field by field in docs/cli.md). Add fields,
 * never rename or remove them. Everything is derived from the stored assessment and its pinned bank,
 * so the same file always gives the same document.
 */
export function scoreJson(engagement: Engagement, assessment: Assessment, bank: QuestionBank, result: ScoreResult) {
  const sectionTitle = new Map(bank.sections.map((s) => [s.id, s.title]))
  return {
    format: SCORE_JSON_FORMAT,
    formatVersion: SCORE_JSON_VERSION,
    engagement: { id: engagement.id, vendorName: engagement.vendorName, name: engagement.name },
    assessment: {
      id: assessment.id,
      kind: assessment.kind,
      title: assessment.title,
      status: assessment.status,
      bank: { id: assessment.bank.id, version: assessment.bank.version },
      profiles: [...assessment.profiles],
      finalizedAt: assessment.signOff?.finalizedAt ?? null,
      fingerprint: assessment.signOff?.fingerprint ?? null
    },
    overall: {
      score: result.overall.rounded,
      band: result.overall.band,
      rawScore: oneDecimal(result.overall.rawScore),
      amplifiedScore: oneDecimal(result.overall.amplifiedScore),
      redFlagFloorApplied: result.overall.redFlagFloorApplied,
      answersScore: oneDecimal(result.overall.answersScore),
      decisiveLift: oneDecimal(result.overall.decisiveLift),
      answersCapped: result.overall.answersCapped,
      decisiveFactors: result.overall.decisiveFactors,
      decidingProfile: result.overall.decidingProfileId
    },
    // The computed band stays in overall.band; this says whether it can be relied on (issue 11, item 3).
    sufficiency: {
      status: result.sufficiency.status,
      coverageRatio: threeDecimals(result.sufficiency.coverageRatio),
      threshold: result.sufficiency.threshold,
      decisiveUnanswered: [...result.sufficiency.decisiveUnanswered]
    },
    verdicts: result.verdicts.map((v) => ({
      profile: v.profileId,
      name: v.name,
      lawAsAt: v.lawAsAt,
      score: v.rounded,
      band: v.band,
      verdict: v.verdict,
      openDecisive: [...v.openDecisive],
      openExposures: [...v.openExposures],
      rebutted: v.rebutted.map((r) => ({
        rule: r.ruleId,
        title: r.title,
        questions: [...r.questionIds],
        withoutEvidence: [...r.withoutEvidence],
        noteOnly: [...r.noteOnly]
      })),
      findings: v.findings.map((f) => ({
        rule: f.ruleId,
        kind: f.kind,
        nature: f.nature,
        band: f.band,
        verdict: f.verdict,
        questions: [...f.questionIds]
      }))
    })),
    sections: result.sections
      .filter((s) => s.visibleCount > 0)
      .map((s) => ({
        id: s.sectionId,
        title: sectionTitle.get(s.sectionId) ?? s.sectionId,
        score: s.rounded,
        band: s.band,
        sufficiency: s.sufficiency,
        // the section's questions still open that could decide the result: its band below Critical is provisional
        openDecisive: [...s.openDecisive],
        redFlags: s.redFlagCount
      })),
    redFlags: result.redFlags.map((f) => ({
      questionId: f.questionId,
      section: f.section,
      side: f.side,
      optionId: f.optionId,
      label: f.label,
      factors: [...f.factors]
    })),
    gaps: result.gaps.map((g) => ({
      questionId: g.questionId,
      section: g.section,
      contract: g.contractOptionId,
      contractLabel: g.contractLabel,
      contractRisk: g.contractRisk,
      practice: g.practiceOptionId,
      practiceLabel: g.practiceLabel,
      practiceRisk: g.practiceRisk,
      difference: g.difference
    })),
    amplification: {
      total: threeDecimals(result.amplification.total),
      uncapped: threeDecimals(result.amplification.uncapped),
      max: result.amplification.max,
      capped: result.amplification.capped,
      contributors: result.amplification.contributors.map((c) => ({ questionId: c.questionId, optionId: c.optionId, amplify: c.amplify }))
    },
    coverage: {
      ratio: threeDecimals(result.coverage.ratio),
      threshold: bank.scoring.coverageThreshold,
      visible: result.coverage.visible,
      covered: result.coverage.covered,
      answered: result.coverage.answered,
      partial: result.coverage.partial,
      unanswered: result.coverage.unanswered,
      unsure: result.coverage.unsure,
      na: result.coverage.na,
      carriedUnconfirmed: result.coverage.carriedUnconfirmed
    },
    provisional: result.provisional,
    topDrivers: result.topDrivers.map((d) => ({
      questionId: d.questionId,
      section: d.section,
      points: twoDecimals(d.points),
      share: threeDecimals(d.share),
      redFlag: d.redFlag
    })),
    remediation: result.remediation.map((r) => ({
      step: r.step,
      questionId: r.questionId,
      section: r.section,
      practice: { from: r.fromPracticeOptionId, to: r.toPracticeOptionId },
      contract: { from: r.fromContractOptionId, to: r.toContractOptionId },
      riskRemoved: oneDecimal(r.riskRemoved),
      newScore: oneDecimal(r.newScore),
      newBand: r.newBand,
      clearsRedFlag: r.clearsRedFlag,
      remainingRedFlags: r.remainingRedFlags,
      liftsDecisive: r.liftsDecisive
    }))
  }
}

export type ScoreJson = ReturnType<typeof scoreJson>
