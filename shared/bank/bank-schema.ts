import { z } from 'zod'
import { IsoDateSchema } from '../schemas/common'
import { CountryCodeSchema, UsStateCodeSchema } from '../schemas/geo'
import {
  ASSESSMENT_KINDS,
  CONTROL_DIMENSIONS,
  MAX_OPTION_RISK,
  PRACTICE_AREAS,
  QUESTION_FORMATS,
  RISK_BANDS,
  SOURCE_KINDS,
  SOURCE_LAPSES
} from './vocabulary'

/** Stable question id such as "SUP-03". Never renumbered; a retired id is never reused. */
export const QuestionIdSchema = z.string().regex(/^[A-Z]{2,5}-\d{2,3}$/, 'Question ids look like "SUP-03"')
export const OptionIdSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Option ids are kebab-case')
const KebabIdSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Ids are kebab-case')
export const SectionIdSchema = KebabIdSchema
export const ProfileIdSchema = KebabIdSchema
export const FactorIdSchema = z.string().regex(/^F-[A-Z0-9-]+$/, 'Factor ids look like "F-SUPERVISION"')
export const SourceIdSchema = z.string().regex(/^S-[A-Z0-9-]+$/, 'Source ids look like "S-FLSA-2020"')

const Prose = z.string().trim().min(1).max(4000)

export const ControlDimensionSchema = z.enum(CONTROL_DIMENSIONS)
export const AssessmentKindSchema = z.enum(ASSESSMENT_KINDS)
export const RiskBandSchema = z.enum(RISK_BANDS)

export const SourceSchema = z.strictObject({
  id: SourceIdSchema,
  /** Full citation as counsel would write it: case, statute, regulation or guidance, with year. */
  citation: Prose,
  jurisdiction: z.string().trim().min(1).max(80),
  /**
   * The profiles whose law this authority states: a report cites it only when one of them is applied.
   * Absent: a general principle (practice guidance or a rule not tied to one law), cited and labelled as such.
   */
  profiles: z.array(ProfileIdSchema).max(20).optional(),
  url: z.string().max(500).optional(),
  // The two fields below came with bank 2026.3; banks without them still load (the report then prints no kind).
  /**
   * Legislation, regulation, proposed rule (since 2026.4), judgment, regulator guidance, industry practice or
   * commentary; a proposed rule, industry practice and commentary print as "not law".
   */
  kind: z.enum(SOURCE_KINDS).optional(),
  /**
   * Present when the source no longer states the law in force: how it lapsed and what states it now. The
   * source stays cited where the bank relies on it (a judgment decided under it, a history the law turns
   * on), and the report marks it so nobody reads it as current law.
   */
  superseded: z
    .strictObject({
      how: z.enum(SOURCE_LAPSES),
      note: Prose,
      /** The bank's sources that state the law now, where it has them. */
      by: z.array(SourceIdSchema).max(10).optional()
    })
    .optional()
})

export const FactorSchema = z.strictObject({
  id: FactorIdSchema,
  title: z.string().trim().min(1).max(120),
  dimension: ControlDimensionSchema,
  /** Plain-language statement of the legal test this factor comes from. */
  description: Prose,
  sources: z.array(SourceIdSchema).min(1)
})

export const SectionSchema = z.strictObject({
  id: SectionIdSchema,
  title: z.string().trim().min(1).max(80),
  /** Short label for narrow places such as heat-map column headers. */
  shortTitle: z.string().trim().min(1).max(24),
  summary: Prose,
  practiceAreas: z.array(z.enum(PRACTICE_AREAS)).min(1)
})

export const OptionSchema = z.strictObject({
  id: OptionIdSchema,
  label: z.string().trim().min(1).max(300),
  /** Wording for onboarding (pre-contract) assessments, which speak of what is planned. */
  plannedLabel: z.string().trim().min(1).max(300).optional(),
  risk: z.number().int().min(0).max(MAX_OPTION_RISK),
  /** Knock-out: this answer alone puts the band at High or above. */
  redFlag: z.boolean().optional(),
  /**
   * This answer says the fact is not known ("We have not verified it", "We have not assessed this"): it keeps
   * its points, but the question is not settled, so it counts as unsure for coverage and stays open where its
   * real answer could decide the result (counsel review: an unknown gate read as settled gave "Accept").
   */
  unknown: z.literal(true).optional(),
  /** What to change, for any option with risk > 0. */
  remediation: z.string().trim().min(1).max(2000).optional(),
  /**
   * Amplifier questions only: how much this answer adds to the amplification (0 – 0.25), which closes part
   * of the distance to 100 in proportion to the control points (docs/methodology.md, section 2.5).
   * Amplifiers never add points of their own, so they cannot decide a rating alone.
   */
  amplify: z.number().min(0).max(0.25).optional()
})

export const ShowIfSchema = z.strictObject({
  question: QuestionIdSchema,
  /** The parent's (practice) answers that reveal this follow-up. */
  anyOf: z.array(OptionIdSchema).min(1)
})

export const ContractPartSchema = z.strictObject({
  prompt: Prose,
  plannedPrompt: Prose,
  options: z.array(OptionSchema).min(2)
})

export const QuestionSchema = z.strictObject({
  id: QuestionIdSchema,
  section: SectionIdSchema,
  dimension: ControlDimensionSchema,
  format: z.enum(QUESTION_FORMATS),
  /** Plain-language question for an annual or ad-hoc review (what happens today). */
  prompt: Prose,
  /** Onboarding wording (what is planned). */
  plannedPrompt: Prose,
  /** "Why this matters", for a vendor manager. */
  help: Prose,
  factors: z.array(FactorIdSchema).min(1),
  weight: z.number().int().min(1).max(5),
  naAllowed: z.boolean(),
  amplifier: z.boolean().optional(),
  showIf: ShowIfSchema.optional(),
  /** Only asked when one of these jurisdiction profiles applies. */
  appliesTo: z.array(ProfileIdSchema).min(1).optional(),
  /** Only asked in these assessment kinds (default: all). */
  kinds: z.array(AssessmentKindSchema).min(1).optional(),
  /** Practice answer (or the only answer for a single-format question). */
  options: z.array(OptionSchema).min(2),
  /** What the contract says; present exactly when format is contract-and-practice. */
  contract: ContractPartSchema.optional(),
  /**
   * Since bank 2026.7: the answer states a fact of the engagement that no action changes (whether the work is directly
   * related to your main business). It is scored like any answer, but the action plan proposes no change to it: moving
   * it to its lowest-risk answer would project a result the engagement cannot reach (counsel review). Its options'
   * remediation says what is lawful instead.
   */
  fixedFact: z.literal(true).optional()
})

/** One condition of a decisive rule: the question's answer on one side is one of these options. */
export const RuleClauseSchema = z.strictObject({
  question: QuestionIdSchema,
  /** Must be upward-closed: every answer at least as risky as one listed is listed too (check-bank.ts). */
  anyOf: z.array(OptionIdSchema).min(1).max(20),
  /** Which answer the clause reads; practice when omitted. */
  side: z.enum(['practice', 'contract']).optional()
})

/**
 * A fact (or combination of facts) one law treats as deciding on its own: a structural gate, a control
 * fact the law names as decisive, or a general knock-out. It fires when every clause of at least one
 * group holds, and puts its profile's result at `band` at the least (docs/methodology.md, section 2.6).
 */
export const DecisiveRuleSchema = z.strictObject({
  id: KebabIdSchema,
  kind: z.enum(['knock-out', 'gate', 'decisive']),
  /** employment: you would be the employer; exposure: a liability of its own that is not employment by you. */
  nature: z.enum(['employment', 'exposure']),
  title: z.string().trim().min(1).max(120),
  /** The outcome in the law's own words. */
  verdict: z.string().trim().min(1).max(400),
  band: z.enum(['moderate', 'high', 'critical']),
  when: z
    .array(z.strictObject({ allOf: z.array(RuleClauseSchema).min(1).max(8) }))
    .min(1)
    .max(8),
  sources: z.array(SourceIdSchema).min(1),
  /**
   * Since bank 2026.6: facts that rebut the rule. It does not fire while every clause of one group holds on a settled
   * answer (not unsure): the Philippine presumption against an unregistered contractor falls to proof of substantial
   * capital and of the contractor's own control of the work. Each clause must be downward-closed (check-bank.ts).
   */
  unless: z
    .array(z.strictObject({ allOf: z.array(RuleClauseSchema).min(1).max(8) }))
    .min(1)
    .max(8)
    .optional(),
  /**
   * Since bank 2026.5: an employment rule that sets its band as the floor but is not its law's own test, so it leaves
   * the law's answersCap in place (India's missing licence is penal since Steel Authority of India, 2001, not
   * absorption). Absent: a fired employment rule releases the cap.
   */
  keepsAnswersCap: z.literal(true).optional(),
  /**
   * Since bank 2026.8: an employment rule of the same law, listed before this one, that states the same legal
   * consequence on the same fact (Germany: leasing in substance and concealed leasing are one deemed employment under
   * §§ 9, 10 AÜG). When both fire, this one is listed but lifts nothing beside it: one fact raises the result once
   * (employment counsel's review). That rule's band is at least this one's (check-bank.ts), so the score stays monotone.
   */
  sameFindingAs: KebabIdSchema.optional()
})

/** Arrangements a law prohibits; advice that would steer towards one is withheld where that law applies. */
export const PROHIBITED_MODELS = ['labour-supply'] as const

export const ProfileSchema = z.strictObject({
  id: ProfileIdSchema,
  name: z.string().trim().min(1).max(80),
  summary: Prose,
  /** Switched on when the engagement delivers from one of these countries, or the client's US states match. */
  match: z.strictObject({
    countries: z.array(CountryCodeSchema),
    clientUsStates: z.array(UsStateCodeSchema).optional()
  }),
  /** Per-dimension weight multipliers where this law weighs a factor more (1 – 2). Max wins across profiles. */
  weightMultipliers: z.partialRecord(ControlDimensionSchema, z.number().min(1).max(2)),
  /** The structural tests this law adds, in plain language; each is asked by an appliesTo question. */
  structuralChecks: z.array(z.strictObject({ title: z.string().trim().min(1).max(120), description: Prose })),
  /** Advice specific to this jurisdiction, so generic remediation never contradicts local law. */
  localAdvice: z.array(Prose),
  sources: z.array(SourceIdSchema).min(1),
  // The fields below came with bank 2026.2; banks without them still load and score (no rules, no date).
  /** The date the profile states the law as at. */
  lawAsAt: IsoDateSchema.optional(),
  /** The law's own test, in plain words, as the report prints it. */
  test: Prose.optional(),
  /** Headline when no employment finding fired and the band is below High. */
  clearVerdict: z.string().trim().min(1).max(400).optional(),
  /** Headline when knock-out answers alone put this law's result at High or above. */
  riskVerdict: z.string().trim().min(1).max(400).optional(),
  /**
   * decisive (default): the general knock-out answers and rules decide on their own under this law;
   * evidence: they are weighed but decide nothing alone (e.g. the UK necessity test, India's
   * "effective and absolute control"), so only this profile's own rules lift its score.
   */
  knockOuts: z.enum(['decisive', 'evidence']).optional(),
  /**
   * Since bank 2026.5. The highest band the answers alone reach under this law while none of its own employment
   * rules has fired: a law that finds employment only on its own test (the UK's necessity test, India's sham and
   * camouflage test) is not met by control points, however many. Absent (every earlier bank): no cap.
   */
  answersCap: z.enum(['high']).optional(),
  rules: z.array(DecisiveRuleSchema).max(40).optional(),
  /** Models this law prohibits; advice suggesting one is replaced by `lawfulInstead`. */
  prohibits: z.array(z.enum(PROHIBITED_MODELS)).optional(),
  /** What is lawful instead, naming the country, said where advice towards a prohibited model is withheld. */
  lawfulInstead: Prose.optional()
})

export const BandThresholdSchema = z.strictObject({ band: RiskBandSchema, min: z.number().min(0).max(100) })

export const ScoringRulesSchema = z.strictObject({
  /** Lower bounds, ascending, starting with low at 0. */
  bands: z.array(BandThresholdSchema).length(4),
  /** Below this share of answered questions the result is provisional. */
  coverageThreshold: z.number().min(0).max(1),
  /** How much the contract answer counts next to practice (practice counts 1). */
  contractWeight: z.number().min(0).max(1),
  /** Practice risk minus contract risk at or above this is a contract-vs-practice gap. */
  gapThreshold: z.number().int().min(1).max(MAX_OPTION_RISK),
  /** Cap on the combined amplification (e.g. 0.5: at most half the distance to 100, scaled by the control share). */
  maxAmplification: z.number().min(0).max(1),
  /**
   * An answer carried forward from the previous cycle settles a question (counts toward coverage, overall and per
   * section) only once it is confirmed for this one, as an unsure answer does not (DECISIONS 222). Absent from every
   * release before 2026.8, which counted it as settled: results pinned to them score as they were signed.
   */
  carriedNeedConfirming: z.literal(true).optional()
})

export const QuestionBankSchema = z.strictObject({
  format: z.literal('armslength.question-bank'),
  formatVersion: z.literal(1),
  id: KebabIdSchema,
  version: z.string().regex(/^\d{4}\.\d+$/, 'Bank versions look like "2026.1"'),
  title: z.string().trim().min(1).max(120),
  publishedOn: IsoDateSchema,
  scoring: ScoringRulesSchema,
  sections: z.array(SectionSchema).min(1),
  sources: z.array(SourceSchema).min(1),
  factors: z.array(FactorSchema).min(1),
  profiles: z.array(ProfileSchema),
  questions: z.array(QuestionSchema).min(1),
  retiredQuestionIds: z.array(QuestionIdSchema),
  /** General knock-out rules, applied under every profile whose knock-outs decide (and with no profile). */
  generalRules: z.array(DecisiveRuleSchema).max(40).optional()
})

export type Source = z.infer<typeof SourceSchema>
export type Factor = z.infer<typeof FactorSchema>
export type Section = z.infer<typeof SectionSchema>
export type Option = z.infer<typeof OptionSchema>
export type Question = z.infer<typeof QuestionSchema>
export type Profile = z.infer<typeof ProfileSchema>
export type RuleClause = z.infer<typeof RuleClauseSchema>
export type DecisiveRule = z.infer<typeof DecisiveRuleSchema>
export type ProhibitedModel = (typeof PROHIBITED_MODELS)[number]
export type ScoringRules = z.infer<typeof ScoringRulesSchema>
export type QuestionBank = z.infer<typeof QuestionBankSchema>
