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
  /**
   * Final score 0–100, unrounded: the answers alone (answersScore), lifted by each decisive factor that
   * fired under the law that decides (see decisiveLift). There is no flat floor: more decisive factors
   * always score higher (docs/methodology.md, section 2.6).
   */
  score: number
  /** The score to one decimal, as shown; the band is read from this value. */
  rounded: number
  band: RiskBand
  /** 100 × points / maxPoints before amplifiers and decisive factors. */
  rawScore: number
  /** rawScore with amplifiers applied to control points, capped at 100, before decisive factors. */
  amplifiedScore: number
  /** What the answers alone score: amplifiedScore, named for readers who compare it with score. */
  answersScore: number
  /**
   * score − answersScore: what the decisive factors (knock-outs, gates, decisive rules) add; negative when
   * answersCapped holds the score below what the answers alone reach.
   */
  decisiveLift: number
  /** Decisive factors lifting the score under the deciding law (knock-out answers plus rules fired). */
  decisiveFactors: number
  /** The profile whose law gives the highest score; null when general principles decide (no profile). */
  decidingProfileId: string | null
  /**
   * The deciding law finds employment only on its own test, none of its employment rules fired, and the answers
   * alone reach beyond its cap band (profile.answersCap, bank 2026.5): score is held at the top of that band.
   */
  answersCapped: boolean
  /** @deprecated There is no red-flag floor any more; always false. Read decisiveLift / decisiveFactors. */
  redFlagFloorApplied: boolean
  points: number
  maxPoints: number
}

/**
 * What a fired decisive rule means in law.
 * - employment: the law would treat you as the employer (or joint employer) of the agents
 * - exposure: a liability of its own that is not employment by you (UK AWR equal treatment, TUPE on a
 *   change of provider, California shared wage liability); listed, but it does not lift the co-employment score
 */
export type FindingNature = 'employment' | 'exposure'

/**
 * - knock-out: a general rule that one fact decides under every law that treats such facts as decisive
 * - gate: a structural test of one law (registration, licence, capital, a prohibited model)
 * - decisive: a control fact one law names as decisive on its own
 */
export type DecisiveKind = 'knock-out' | 'gate' | 'decisive'

export type DecisiveFinding = {
  ruleId: string
  /** The profile whose law states the rule; null for a general principle. */
  profileId: string | null
  kind: DecisiveKind
  nature: FindingNature
  title: string
  /** The outcome in the law's own words, e.g. "Labour-only contracting: you would be the employer". */
  verdict: string
  /** The least band this finding puts its profile at. */
  band: RiskBand
  /** The answers that fired it, in bank order. */
  questionIds: readonly string[]
  sources: readonly string[]
}

/**
 * An N/A answer that a law's own finding contradicts (scoring/contradicted-na.ts): an employment rule of
 * the law fired, and the N/A keeps another rule of the same law from being tested.
 */
export type NaContradiction = {
  questionId: string
  profileId: string
  /** The profile's name ("Germany"), so the sentence can name the law wherever it is shown. */
  law: string
  /** The employment rule of the law that fired. */
  firedRuleId: string
  firedTitle: string
  /** The rule of the same law the N/A keeps from being tested, and the band it would put the law at. */
  untestedTitle: string
  untestedBand: RiskBand
}

/** The result under one applied law (or under general principles when no profile applies). */
/** A rule whose facts hold, rebutted by settled answers (its `unless`). */
export type RebuttedRule = {
  ruleId: string
  title: string
  /** The answers the rebuttal rests on, in the rule's order. */
  questionIds: readonly string[]
  /** Of those, the answers that list no evidence document (Answer.evidence), in the same order. */
  withoutEvidence: readonly string[]
  /** Of the answers without evidence, those that hold a note: a statement, not itself proof. */
  noteOnly: readonly string[]
}

export type ProfileVerdict = {
  /** null: general principles, used when no jurisdiction profile applies. */
  profileId: string | null
  name: string
  /** The date the profile states the law as at (ISO date), null for general principles or an old bank. */
  lawAsAt: string | null
  /** The law's own test, in plain words; null when the bank gives none. */
  test: string | null
  score: number
  rounded: number
  band: RiskBand
  /** Headline in the law's words: the gravest employment finding's verdict, or the profile's no-finding text. */
  verdict: string
  /** Whether general knock-out answers decide on their own under this law (false: they are evidence only). */
  knockOutsDecisive: boolean
  /** Decisive factors lifting this profile's score. */
  decisiveFactors: number
  /** Employment findings first (gravest first), then exposures; bank order within a band. */
  findings: readonly DecisiveFinding[]
  /** N/A answers this law's own finding contradicts, in bank order; empty when none. */
  naContradicted: readonly NaContradiction[]
  /** Questions still open that could decide the result under this law (Sufficiency.decisiveUnansweredByLaw). */
  openDecisive: readonly string[]
  /** Questions still open that could add an exposure under this law (they cannot raise its result). */
  openExposures: readonly string[]
  /**
   * Since bank 2026.6: rules of this law whose facts hold but that the answers rebut (rule.unless), with the answers
   * that rebut each: the Philippine registration presumption with substantial capital and the vendor's own control.
   */
  rebutted: readonly RebuttedRule[]
  /**
   * Since bank 2026.5: this law finds employment only on its own test (profile.answersCap), none of its rules meeting
   * that test fired, and the score is held at the top of the cap band, below what the answers alone give.
   */
  answersCapped: boolean
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
   * Whether the section's band can be relied on: not-assessed when none of its visible questions is
   * settled or touched, insufficient below the bank's coverage threshold, else sufficient.
   */
  sufficiency: SufficiencyStatus
  /**
   * The questions of this section among sufficiency.decisiveUnanswered, in bank order: while any is open a
   * sufficient band below Critical is provisional ("Low, provisional"), as the overall is, since its answer
   * could raise this section too (vendor-manager review: a plain "Low" beside an open PH-01).
   */
  openDecisive: readonly string[]
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
  /** 1-based place in the plan: take the actions in this order. */
  step: number
  questionId: string
  section: string
  fromPracticeOptionId: string | null
  toPracticeOptionId: string | null
  fromContractOptionId: string | null
  toContractOptionId: string | null
  /**
   * The chosen options' remediation advice from the bank, checked against every applied law: where a
   * profile prohibits a model the advice would suggest (supplying personnel, leasing, intermediation),
   * that sentence is replaced by what is lawful there (shared/scoring/lawful-advice.ts).
   */
  practiceRemediation: string | null
  contractRemediation: string | null
  /** Overall score before this step, with every earlier step already applied. */
  scoreBefore: number
  /** scoreBefore − newScore (exact, unrounded). The steps' removals sum to the start minus the end score. */
  riskRemoved: number
  /** Overall score after this step and every earlier one. */
  newScore: number
  /**
   * What the answers alone score before this step, and after it. They differ from the overall score under a law that
   * holds its score at its cap band (answersCap, bank 2026.5): there a step can lower only the answers' score.
   */
  answersScoreBefore: number
  answersScoreAfter: number
  newBand: RiskBand
  /**
   * Whether newBand can be relied on, as Sufficiency says it of the result, after this step and every
   * earlier one: a step that moves an unsure or one-sided answer to a settled one can settle a question
   * that was still open and able to decide the result, so the bands from that step on are no longer
   * provisional for it (vendor-manager review); a step never answers an unanswered question.
   */
  sufficiencyAfter: Pick<Sufficiency, 'status' | 'decisiveUnanswered'>
  /** This step removes at least one knock-out answer or decisive rule (it lifts a decisive factor). */
  liftsDecisive: boolean
  /**
   * The step changes an answer that takes part in a decisive factor (a knock-out answer, or a clause of a
   * rule that fired). Such steps come first. One can lift nothing on its own where another answer still
   * holds the same rule (two facts that each make out the test); the factor falls with the last of them.
   */
  decisivePhase: boolean
  /** The step removes at least one red flag. */
  clearsRedFlag: boolean
  /** Red flags still firing after this step. */
  remainingRedFlags: number
  /** Rule ids (decisive findings) this step clears. */
  clearsRules: readonly string[]
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
  /**
   * Visible questions not yet settled (unanswered, unsure or one-sided) whose answer could still fire a
   * knock-out or an employment rule or gate of an applied law (not an exposure: it raises no band), in bank order; and questions answered N/A where
   * a law's own finding contradicts the N/A (naContradicted), since their real answer could too.
   */
  decisiveUnanswered: readonly string[]
  /**
   * The same, law by law (one list per verdict, in the verdicts' order): only the questions that could
   * decide the result under that law, so one law's open question does not make another's result provisional.
   */
  decisiveUnansweredByLaw: readonly (readonly string[])[]
  /** N/A answers a law's own finding contradicts (scoring/contradicted-na.ts), for every law. */
  naContradicted: readonly NaContradiction[]
}

export type ScoreResult = {
  bank: { id: string; version: string }
  sufficiency: Sufficiency
  overall: OverallScore
  /** One verdict per applied profile in bank order, or one for general principles when none applies. */
  verdicts: readonly ProfileVerdict[]
  /** Every decisive finding fired under any applied law (employment and exposure), gravest first. */
  decisive: readonly DecisiveFinding[]
  sections: readonly SectionScore[]
  redFlags: readonly RedFlagFinding[]
  gaps: readonly GapFinding[]
  coverage: Coverage
  provisional: boolean
  amplification: Amplification
  lines: readonly ScoreLine[]
  topDrivers: readonly Driver[]
  /** The action plan, in the order to take it (each removal measured after the earlier steps). */
  remediation: readonly RemediationItem[]
}

/**
 * A score without its action plan (scoreSummary): every other field as scoreAssessment gives it. The plan
 * re-scores the assessment once per candidate step, most of a score's cost, and only a report's own
 * assessment prints one: what a report compares with and a packet's contents and heat map read the rest.
 */
export type ScoreSummary = Omit<ScoreResult, 'remediation'>
