import type { QuestionBank } from '../bank/bank-schema'
import type { AssessmentKind, ControlDimension, RiskBand } from '../bank/vocabulary'
import type { Answer } from '../schemas/assessment'

/** Everything a score depends on; nothing else (no clock, no randomness) is read. */
export type ScoreInput = {
  bank: QuestionBank
  /** Jurisdiction profile ids fixed on the assessment. Ids the bank does not know are ignored. */
  profiles: readonly string[]
  kind: AssessmentKind
  answers: Readonly<Record<string, Answer>>
}

/**
 * How a visible question was answered.
 * - answered: every side the question asks for has a choice (or it is a single-format question with one)
 * - partial: a contract-and-practice question with only one side chosen; scored on that side
 * - unsure: the person marked the answer as unsure; still scored on any choice given
 * - na: not applicable, with a justification, on a question that allows N/A; scores nothing
 * - unanswered: nothing usable was given
 */
export type AnswerStatus = 'answered' | 'partial' | 'unsure' | 'na' | 'unanswered'

/** Which answer an option was chosen on. */
export type AnswerSide = 'practice' | 'contract'

export type ScoreLine = {
  questionId: string
  section: string
  dimension: ControlDimension
  amplifier: boolean
  status: AnswerStatus
  practiceOptionId: string | null
  contractOptionId: string | null
  practiceRisk: number | null
  contractRisk: number | null
  /** max(practiceRisk, contractWeight × contractRisk); 0 when nothing is scored. */
  combinedRisk: number
  weight: number
  multiplier: number
  points: number
  maxPoints: number
  /** Amplifier questions only: the chosen option's amplify (0 otherwise). */
  amplify: number
  redFlag: boolean
  factors: readonly string[]
}

export type OverallScore = {
  /** Final score 0–100, unrounded: amplified, then floored at High when a red flag fired. */
  score: number
  /** The score to one decimal, as shown; the band is read from this value. */
  rounded: number
  band: RiskBand
  /** 100 × points / maxPoints before amplifiers and the red-flag floor. */
  rawScore: number
  /** rawScore with amplifiers applied to control points, capped at 100, before the red-flag floor. */
  amplifiedScore: number
  /** True when a red flag lifted the score to the High threshold. */
  redFlagFloorApplied: boolean
  points: number
  maxPoints: number
}

export type SectionScore = {
  sectionId: string
  score: number
  rounded: number
  band: RiskBand
  rawScore: number
  points: number
  maxPoints: number
  redFlagCount: number
  /** Visible questions in this section (amplifiers included). 0 means nothing here applied. */
  visibleCount: number
  /**
   * Whether amplifiers apply here: false for a section holding an amplifier question (amplifiers
   * never lift their own section) and for a section of structural questions only.
   */
  amplified: boolean
}

export type RedFlagFinding = {
  questionId: string
  section: string
  side: AnswerSide
  optionId: string
  label: string
  factors: readonly string[]
}

export type GapFinding = {
  questionId: string
  section: string
  contractOptionId: string
  contractLabel: string
  contractRisk: number
  practiceOptionId: string
  practiceLabel: string
  practiceRisk: number
  /** practiceRisk − contractRisk; at least scoring.gapThreshold. */
  difference: number
}

export type Coverage = {
  visible: number
  /** Covered: fully answered or N/A with a reason, and not marked unsure. */
  covered: number
  answered: number
  partial: number
  unanswered: number
  unsure: number
  na: number
  /** Visible questions whose answer was carried forward and not yet re-confirmed. */
  carriedUnconfirmed: number
  /** covered / visible (0 when nothing is visible). */
  ratio: number
}

export type AmplifierContribution = { questionId: string; optionId: string; amplify: number }

export type Amplification = {
  /** Applied amplification: min(uncapped, max). Control points count (1 + total). */
  total: number
  uncapped: number
  max: number
  capped: boolean
  contributors: readonly AmplifierContribution[]
}

export type Driver = {
  questionId: string
  section: string
  points: number
  /** points / total points of all questions (0–1), before amplifiers. */
  share: number
  redFlag: boolean
}

export type RemediationItem = {
  questionId: string
  section: string
  fromPracticeOptionId: string | null
  toPracticeOptionId: string | null
  fromContractOptionId: string | null
  toContractOptionId: string | null
  /** The chosen options' remediation advice from the bank, when given. */
  practiceRemediation: string | null
  contractRemediation: string | null
  /** Current overall score minus the overall score after the change (exact, unrounded). */
  riskRemoved: number
  newScore: number
  newBand: RiskBand
  /** The change removes at least one red flag. */
  clearsRedFlag: boolean
  /** Red flags still firing after the change. */
  remainingRedFlags: number
}

/**
 * Whether there is enough to rely on the band (issue 11, item 3).
 * - not-assessed: nothing visible was answered, marked unsure or N/A; never show a band as a result
 * - insufficient: below the bank's coverage threshold; the computed band is provisional only
 * - sufficient: at or above the threshold
 * Screens, exports, the packet, the report and the CLI read this one field; never the safe colour
 * or "Low" for the first two.
 */
export type SufficiencyStatus = 'not-assessed' | 'insufficient' | 'sufficient'

export type Sufficiency = {
  status: SufficiencyStatus
  /** coverage.ratio, repeated so a reader of sufficiency needs nothing else. */
  coverageRatio: number
  threshold: number
  /** Visible questions not yet settled whose answer could fire a red flag or decisive factor, in bank order. */
  decisiveUnanswered: readonly string[]
}

export type ScoreResult = {
  bank: { id: string; version: string }
  sufficiency: Sufficiency
  overall: OverallScore
  sections: readonly SectionScore[]
  redFlags: readonly RedFlagFinding[]
  gaps: readonly GapFinding[]
  coverage: Coverage
  provisional: boolean
  amplification: Amplification
  lines: readonly ScoreLine[]
  topDrivers: readonly Driver[]
  remediation: readonly RemediationItem[]
}
