import type { QuestionBank } from '../bank/bank-schema'
import type { RiskBand } from '../bank/vocabulary'
import type { Assessment, AssessmentStatus, ReviewVerdict } from '../schemas/assessment'
import type { Engagement } from '../schemas/engagement'
import type { ScoreResult, ScoreSummary } from '../scoring/score-types'
import type { UnmatchedFinal } from './comparison'
import type { RevisionRelation } from './revision-relation'

/** A past assessment of the same engagement with its score, for the trend and "what changed". */
/** An assessment a report compares with, scored without its action plan (which the report does not print). */
export type HistoryEntry = { assessment: Assessment; result: ScoreSummary }

/** Everything a report is built from. Nothing else (no clock, no store) is read. */
export type ReportInput = {
  engagement: Engagement
  assessment: Assessment
  bank: QuestionBank
  result: ScoreResult
  /** Other assessments of the engagement; the current one is ignored if present. */
  history: readonly HistoryEntry[]
  /**
   * Set for a final signed under scheme 3 or 4 (reportInputFor): its history is then the finals its sign-off records
   * that the data gives as signed, out of `recorded`, and `unmatched` names the others, which the report says.
   */
  comparedAsSigned?: { recorded: number; unmatched: readonly UnmatchedFinal[] } | undefined
  /**
   * The signed final this assessment revises and the signed revisions that replaced it, as reportInputFor finds them
   * in the engagement's data (revision-relation.ts: only links the app could have made); absent or empty: none.
   */
  revision?: RevisionRelation | undefined
  /**
   * No longer read: the marking follows the assessment's recorded counsel direction (marking.ts), so a
   * report is determined by its data and generation time alone and `verify` can re-render it.
   */
  settings?: { confidentialityMarking: string } | undefined
  /** When the report is generated (ISO 8601), passed in so the model stays a pure function. */
  generatedAt: string
  /**
   * reportFingerprint of this assessment, engagement and bank when reportInputFor already worked it out
   * (checking the sign-off computes it): set only there, from the same three; computed when absent.
   */
  fingerprint?: string | undefined
}

export type Recommendation = 'accept' | 'remediate' | 'escalate'

export type KeyValue = { label: string; value: string }

export type ScoreView = {
  score: number
  /** "62.4" */
  scoreText: string
  band: RiskBand
  bandLabel: string
}

export type DriverView = {
  questionId: string
  section: string
  prompt: string
  answer: string
  points: string
  share: string
  redFlag: boolean
}

export type RedFlagView = { questionId: string; section: string; side: 'practice' | 'contract'; answer: string }

export type ChangedAnswer = { questionId: string; prompt: string; before: string; now: string; pointsBefore: number; pointsNow: number }

export type WhatChanged = {
  /** `resultLabel`: its band, or "Insufficient information (provisional: Low)" on too little to rely on (explanation-model). */
  previous: { id: string; title: string; date: string; score: ScoreView; resultLabel: string; sufficient: boolean }
  /** Whether the reported assessment itself rests on enough information: a change to or from one that does not is no trend. */
  currentSufficient: boolean
  scoreDelta: number
  /** "+4.2", "−3.0", "±0.0" */
  scoreDeltaText: string
  bandChanged: boolean
  answersChanged: number
  changes: readonly ChangedAnswer[]
  redFlagsAdded: readonly RedFlagView[]
  redFlagsCleared: readonly RedFlagView[]
}

export type RecommendationView = {
  kind: Recommendation
  /** "Escalate to counsel" */
  headline: string
  reasons: readonly string[]
  provisional: boolean
  provisionalNote: string | null
}

export type JurisdictionView = {
  id: string
  name: string
  summary: string
  structuralChecks: readonly { title: string; description: string }[]
  localAdvice: readonly string[]
  /**
   * "Law as at 30 November 2025", or with "more than a year before <the date it is read, or its sign-off on …>: check for changes since."
   * when it is (law-verdicts.ts); null for a bank without the date.
   */
  lawAsAt: string | null
  /** The law as at date is more than a year before the assessment's date. */
  lawAsAtStale: boolean
  /** Numbers of the authorities in the sources list. */
  sources: readonly number[]
}

/** One row of "Under each law applied": the result under one law, in that law's own words (shared with the Results screen). */
export type LawVerdictView = {
  /** "Germany"; "General principles (no jurisdiction profile applies)". */
  name: string
  /** As JurisdictionView.lawAsAt: the date, with the warning when it is more than a year old; null when there is none. */
  lawAsAt: string | null
  lawAsAtStale: boolean
  /** "High, 71.2"; "Insufficient information (provisional: High, 42.0)"; "Not assessed". */
  result: string
  /** The band to colour the result by, only when the result can be relied on. */
  band: RiskBand | null
  /** The verdict in the law's own words, "Provisional: " first where it rests on too little information. */
  verdict: string
  /** "Fired: Title (SUP-02, INT-06); …", or null when no finding fired under this law. */
  fired: string | null
  /** N/A answers this law's own finding contradicts, each as a sentence (law-verdicts.ts). */
  naContradicted: readonly string[]
  /** "Still open: could add a liability of its own, weighed apart from whether you employ the agents now: UK-01, UK-02", or null when none is open. */
  openExposures: string | null
  /** "Rebutted on your answers: A contractor not registered with DOLE (PH-02, PH-05)", one per rule; empty when none. */
  rebutted: readonly string[]
  /** Where the cap holds this law's score below the answers alone (bank 2026.5), that and why; else null. */
  capLine: string | null
}

export type SectionView = ScoreView & {
  id: string
  title: string
  applicable: boolean
  /** Below sufficient information the section's band is only provisional: grey bar, no band word. */
  sufficient: boolean
  /** Nothing of the section is settled or touched: "Not assessed", never a score of 0.0. */
  notAssessed: boolean
  /** Sufficient, but a question of the section still open could raise its band (bandStillProvisional): "Low, provisional", no band colour. */
  provisionalBand: boolean
  redFlags: number
  questions: number
}

/** `resultLabel` as WhatChanged's: a point on too little information is drawn in grey and never labelled with a plain band. */
export type TrendPoint = ScoreView & {
  label: string
  date: string
  current: boolean
  final: boolean
  sufficient: boolean
  resultLabel: string
}

export type SourceRef = {
  number: number
  id: string
  citation: string
  jurisdiction: string
  url: string | null
  /** What kind of authority it is ("Judgment", "Commentary, not law"); null for a bank that does not say. */
  kind: string | null
  /** Set when the source no longer states the law in force: how it lapsed and the bank's note ("Repealed: …"). */
  superseded: string | null
}

/**
 * A legal factor as a finding cites it: `sources` are the law it rests on; `notLaw` the practice, commentary or
 * proposals cited beside it, printed apart so they never read as authority (counsel review).
 */
export type FactorView = { id: string; title: string; description: string; sources: readonly number[]; notLaw: readonly number[] }

export type FindingView = {
  rank: number
  questionId: string
  section: string
  prompt: string
  practiceLabel: string
  practiceAnswer: string
  contractAnswer: string | null
  status: string
  points: number
  pointsText: string
  share: string
  redFlag: boolean
  redFlagSides: readonly ('practice' | 'contract')[]
  gap: string | null
  amplifier: string | null
  help: string
  factors: readonly FactorView[]
  recommendation: readonly string[]
  /** The step of the action plan for this answer and what it does to the overall score, or why there is none. */
  effect: string | null
  /** The employment rules this answer fires (they decide), each with the law and its outcome; null when none. */
  decisive: string | null
  /** The exposures this answer fires (liabilities that are not employment by you and lift no score); null when none. */
  exposure: string | null
  owner: string | null
  targetDate: string | null
  verdict: string | null
  verdictKey: ReviewVerdict | null
  /** The reviewer's ruling in words: verdict, date and comment, or why there is none. */
  reviewLine: string
  reviewComment: string | null
  reviewedAt: string | null
  note: string | null
  evidence: readonly EvidenceView[]
}

export type ActionRow = {
  /** The number of the finding this step addresses: findings and actions share one numbering. */
  rank: number
  /** 1-based step of the plan (rows come in this order). */
  step: number
  questionId: string
  action: string
  /** Points the answer carries now. */
  points: string
  /** "−6.3", or "0.0" when the change alone does not lower the overall score. */
  riskRemoved: string
  /** Overall score and band after this one change: "43.7 Moderate". */
  scoreAfter: string
  clearsRedFlag: boolean
  owner: string
  targetDate: string
}

export type EvidenceView = { title: string; location: string; date: string | null }

export type AppendixQuestion = {
  questionId: string
  prompt: string
  contractPrompt: string | null
  status: string
  practiceAnswer: string | null
  contractAnswer: string | null
  justification: string | null
  note: string | null
  evidence: readonly EvidenceView[]
  carried: boolean
  answeredAt: string | null
}

export type AppendixSection = { id: string; title: string; questions: readonly AppendixQuestion[]; hidden: number }

export type UnconfirmedAnswer = { questionId: string; prompt: string; why: string }

export type SignOffView = {
  signed: boolean
  assessorName: string
  reviewerName: string
  /** The assessor's own dated event: "Sent for review 21 November 2026, 10:00 UTC". */
  assessorEvent: string
  /** The reviewer's: "Signed off 28 November 2026, 16:30 UTC", or not signed off. */
  reviewerEvent: string
  finalizedAt: string | null
  attestation: string
  verdictCounts: readonly { verdict: string; count: number }[]
  unreviewedFindings: number
  /** Findings without a verdict, by number, and the reason the reviewer gave at sign-off. */
  notReviewed: { findings: string; reason: string | null; statement: string } | null
  /** Carried-forward answers never re-confirmed and answers marked unsure. */
  unconfirmed: readonly UnconfirmedAnswer[]
}

export type ReportModel = {
  title: string
  documentId: string
  fingerprint: string
  generatedAt: string
  generatedOn: string
  marking: string
  status: AssessmentStatus
  statusLabel: string
  /** The boxed status under the cover's title: the sign-off, and any findings it left unreviewed. */
  coverStatus: string
  draft: boolean
  engagement: { name: string; vendorName: string; facts: readonly KeyValue[] }
  assessment: {
    id: string
    title: string
    kindLabel: string
    period: string
    assessorName: string
    reviewerName: string
    /** "This report reviews the Annual review 2026 of the engagement below, for 1 January – 31 December 2026. …" */
    scopeSentence: string
  }
  documentControl: readonly KeyValue[]
  bank: { id: string; version: string; title: string }
  jurisdictions: readonly JurisdictionView[]
  /** One sentence per delivery country no jurisdiction profile covers: "Poland: not assessed under local law — …". */
  notAssessedCountries: readonly string[]
  /** The verdict under each law applied, for the executive summary (the Results screen's "Under each law applied"). */
  lawVerdicts: readonly LawVerdictView[]
  overall: ScoreView & {
    rawScoreText: string
    /** @deprecated always false (there is no red-flag floor); read explanation. */
    redFlagFloorApplied: boolean
    amplification: string
    /** What the answers alone score, and what amplifiers and decisive factors add, as sentences. */
    explanation: readonly string[]
    /** The result in words: the band, or "Insufficient information (provisional: …)" / "Not assessed". */
    resultLabel: string
    sufficient: boolean
  }
  /** The reviewer's key concerns (to-correct verdicts, comments without a verdict), for the summary. */
  keyConcerns: readonly string[]
  actionPlanIntro: string
  bands: readonly { band: RiskBand; label: string; range: string; min: number }[]
  method: readonly { heading: string; paragraphs: readonly string[] }[]
  coverage: {
    rows: readonly KeyValue[]
    percent: string
    provisional: boolean
    threshold: string
    /** "71% settled and confirmed; 31 unconfirmed": carried-forward and unsure answers never count as settled here. */
    summary: string
    /** Questions still open that could decide the result on their own, whatever the coverage. */
    openDecisive: readonly string[]
  }
  topDrivers: readonly DriverView[]
  redFlags: readonly RedFlagView[]
  gapCount: number
  changes: WhatChanged | null
  /**
   * A final signed under scheme 3 or 4 only: what its sign-off recorded to compare with, where that is not simply what
   * the comparison shows. `none` replaces the "first assessment" sentence when nothing is compared; `missing`
   * (after `missingIntro`) names each recorded final the data cannot give as signed; when one is named,
   * `changeSinceLast` is the key figures' "Change since last cycle" and `trendNote` (with a trend drawn) is said
   * under the trend. Absent for any other report.
   */
  comparedAsSigned?: {
    none: string
    missingIntro: string | null
    missing: readonly string[]
    changeSinceLast: string | null
    trendNote: string | null
  }
  /**
   * Set only when the assessment revises a signed final or a signed revision replaced it (revision-relation.ts):
   * the cover says so under its status, one sentence each ("Revision of "Annual review 2026", signed off …"), and the
   * title says "(revision)". Absent for any other report.
   */
  revision?: { of: string | null; replacedBy: string | null }
  recommendation: RecommendationView
  sections: readonly SectionView[]
  trend: readonly TrendPoint[]
  findings: readonly FindingView[]
  actions: readonly ActionRow[]
  signOff: SignOffView
  appendix: readonly AppendixSection[]
  sources: readonly SourceRef[]
  disclaimer: string
  properties: { title: string; subject: string; author: string; keywords: string; creator: string }
}
