import type { AssessmentKind, RiskBand } from '../bank/vocabulary'
import type { SufficiencyStatus } from '../scoring/score-types'
import type { AssessmentStatus } from '../schemas/assessment'
import type { CountryCode } from '../schemas/countries'
import type { ServiceId } from '../schemas/engagement'

/** One heat-map cell: a section's score under the assessment the row is based on. */
export type SectionCell = {
  sectionId: string
  /** The score to one decimal, as shown everywhere else. */
  score: number
  band: RiskBand
  redFlagCount: number
  /**
   * scored: at least one question answered (N/A included); unanswered: questions apply but none has an
   * answer yet, so the 0 means nothing; not-applicable: no question of this section applied to the
   * engagement (e.g. no local-law profile).
   */
  state: CellState
  /** Whether the section's band can be relied on (SectionScore.sufficiency). */
  sufficiency: SufficiencyStatus
  /** A question of this section still open could decide the result (SectionScore.openDecisive not empty): a band below Critical is provisional. */
  open: boolean
}

export type CellState = 'scored' | 'unanswered' | 'not-applicable'

/** The assessment a row's heat-map cells come from. */
export type RowAssessment = {
  id: string
  title: string
  kind: AssessmentKind
  status: AssessmentStatus
  /** YYYY-MM-DD: the finalization date of a final assessment, else the day the draft was last saved. */
  date: string
  bank: { id: string; version: string }
}

/** One point of an engagement's trend: a final assessment's overall score. */
export type TrendPoint = {
  assessmentId: string
  /** YYYY-MM-DD this final was signed off. */
  finalizedOn: string
  /** YYYY-MM-DD its cycle was first signed off: the same day unless it is a revision, which dates from the final it corrects. */
  cycleOn: string
  /** Earlier finals of the same cycle this one replaced (signed revisions before it in the chain). */
  corrected: number
  score: number
  band: RiskBand
  /** Signed off with enough information to rely on its band; a final below the threshold is still a record. */
  sufficient: boolean
  /** Sufficient, but a question still open could raise its band (bandStillProvisional): not relied on either. */
  provisionalBand: boolean
}

export type RowDue = {
  /** YYYY-MM-DD the next assessment is due. */
  dueDate: string
  overdue: boolean
  /** Not overdue and due within DUE_SOON_DAYS days (today included). */
  dueSoon: boolean
  daysUntilDue: number
}

export type PortfolioRow = {
  engagementId: string
  vendorName: string
  engagementName: string
  owner: string
  countries: readonly CountryCode[]
  services: readonly ServiceId[]
  /** Latest final assessment, else the latest draft (draft or in review); null when none was started. */
  assessment: RowAssessment | null
  /** The heat map shows a draft, not a signed-off result. */
  isDraft: boolean
  /** The computed overall score and band; read `sufficiency` first — below sufficient the band is provisional only. */
  overall: { score: number; band: RiskBand } | null
  /**
   * Whether the overall band can be relied on (ScoreResult.sufficiency.status); null without a scored
   * assessment. not-assessed and insufficient rows are never counted or shown as a band.
   */
  sufficiency: SufficiencyStatus | null
  /** Keyed by section id. Empty when there is no assessment or its bank is unavailable. */
  sections: Readonly<Record<string, SectionCell>>
  /**
   * Delivery countries the row's assessment did not assess under their own law (countriesNotAssessed), in the
   * engagement's order: the heat map marks the row "Not assessed: Poland", as the packet does, so a Low there
   * never reads as covering them. Empty without a scored assessment or its bank.
   */
  countriesNotAssessed: readonly CountryCode[]
  redFlagCount: number
  /** Share of visible questions covered (0–1); null without a scored assessment. */
  coverage: number | null
  /** Too few questions covered for the result to be relied on. */
  provisional: boolean
  /**
   * How many questions still open could decide the result on their own; while any is, a sufficient
   * band below Critical is provisional too (rowBandProvisional). 0 without a scored assessment.
   */
  openDecisive: number
  due: RowDue
  /** Overall score of each final assessment, oldest first. */
  trend: readonly TrendPoint[]
  /** Why the assessment could not be scored (its question bank is not available), if so. */
  problem: string | null
}
