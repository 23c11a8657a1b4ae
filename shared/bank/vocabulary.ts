/**
 * Closed vocabularies of the question bank. They are code, not data: scoring, the UI and the report
 * switch on them exhaustively, so a custom bank cannot invent new ones.
 */
export const CONTROL_DIMENSIONS = [
  'supervision',
  'hiring-removal',
  'schedules',
  'pay-benefits',
  'training',
  'tools-access',
  'integration',
  'duration-exclusivity',
  'records-hr',
  'contract-terms',
  'governance',
  'escalation',
  'legal-review',
  'data-security',
  'structural'
] as const
export type ControlDimension = (typeof CONTROL_DIMENSIONS)[number]

/** The six practice areas of the seed article; every section says which it covers. */
export const PRACTICE_AREAS = [
  'contracts',
  'vendor-management',
  'communication-escalation',
  'training-knowledge-transfer',
  'technology-tools',
  'boundaries'
] as const
export type PracticeArea = (typeof PRACTICE_AREAS)[number]

export const ASSESSMENT_KINDS = ['annual', 'onboarding', 'adhoc'] as const
export type AssessmentKind = (typeof ASSESSMENT_KINDS)[number]

export const RISK_BANDS = ['low', 'moderate', 'high', 'critical'] as const
export type RiskBand = (typeof RISK_BANDS)[number]

/** Option risk: 0 none … 4 severe. Points = risk × question weight × jurisdiction multiplier. */
export const MAX_OPTION_RISK = 4

export const QUESTION_FORMATS = ['single', 'contract-and-practice'] as const
export type QuestionFormat = (typeof QUESTION_FORMATS)[number]

/**
 * What kind of authority a source is, as the report's appendix of authorities prints it: counsel weighs a
 * statute, a judgment and a firm's commentary very differently, and a commentary is never the law itself.
 */
// 'proposed-rule' came with bank 2026.4: a rule an agency has proposed or announced is not yet law
export const SOURCE_KINDS = [
  'legislation',
  'regulation',
  'proposed-rule',
  'judgment',
  'regulator-guidance',
  'industry-practice',
  'commentary'
] as const
export type SourceKind = (typeof SOURCE_KINDS)[number]

/** How a source stopped stating the law in force (repealed by a later act, vacated by a court, …). */
export const SOURCE_LAPSES = ['repealed', 'replaced', 'vacated', 'rescinded', 'reversed', 'withdrawn'] as const
export type SourceLapse = (typeof SOURCE_LAPSES)[number]
