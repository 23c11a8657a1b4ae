import type { Question, QuestionBank } from './bank-schema'
import { FACTORS, type FactorId } from './core/factors'
import { PROFILES, toBankProfile, toBankRule, type ProfileId } from './core/profiles'
import { GENERAL_RULES } from './core/profiles-general'
import { QUESTIONS_CONTRACT } from './core/questions-contract'
import { QUESTIONS_GOVERNANCE } from './core/questions-governance'
import { QUESTIONS_INTEGRATION } from './core/questions-integration'
import { QUESTIONS_JURISDICTION_ASIA } from './core/questions-jurisdiction-asia'
import { QUESTIONS_JURISDICTION_EUROPE } from './core/questions-jurisdiction-europe'
import { QUESTIONS_JURISDICTION_LATAM } from './core/questions-jurisdiction-latam'
import { QUESTIONS_JURISDICTION_US } from './core/questions-jurisdiction-us'
import { QUESTIONS_PEOPLE } from './core/questions-people'
import { QUESTIONS_PEOPLE_MOVES } from './core/questions-people-moves'
import { QUESTIONS_SUPERVISION } from './core/questions-supervision'
import { QUESTIONS_TIME_PAY } from './core/questions-time-pay'
import { QUESTIONS_TOOLS } from './core/questions-tools'
import { QUESTIONS_TRAINING } from './core/questions-training'
import { SECTIONS, type SectionId } from './core/sections'
import { SOURCES } from './core/sources'

/**
 * A question as authored in the core bank: the same shape as `Question`, but its section, factors and
 * profiles are checked against the core bank's own ids at compile time.
 */
export type CoreQuestion = Omit<Question, 'section' | 'factors' | 'appliesTo'> & {
  section: SectionId
  factors: FactorId[]
  appliesTo?: ProfileId[]
}

/** Questions in the order the questionnaire asks them; a follow-up always comes after its parent. */
const QUESTIONS: readonly CoreQuestion[] = [
  ...QUESTIONS_SUPERVISION,
  ...QUESTIONS_PEOPLE,
  ...QUESTIONS_PEOPLE_MOVES,
  ...QUESTIONS_TIME_PAY,
  ...QUESTIONS_TRAINING,
  ...QUESTIONS_TOOLS,
  ...QUESTIONS_INTEGRATION,
  ...QUESTIONS_CONTRACT,
  ...QUESTIONS_GOVERNANCE,
  ...QUESTIONS_JURISDICTION_ASIA,
  ...QUESTIONS_JURISDICTION_EUROPE,
  ...QUESTIONS_JURISDICTION_US,
  ...QUESTIONS_JURISDICTION_LATAM
]

/**
 * The built-in question bank. Ids are stable: a question is retired, never renumbered or reused.
 * 2026.2 (issue 11 item 4) adds the facts 2026.1 could not express — the share of the agents' time spent
 * on your work, money you pay agents directly, a vendor in your group, former employees on the account,
 * offers of direct employment, de-authorisation the vendor decides — and splits options that bundled two
 * facts. 2026.3 (issue 11) adds the FLSA economic-reality facts beyond formal control (US-03 to US-05: a line
 * job in your own process, a vendor with no business of its own, the same agents whichever vendor), the
 * rule that reads them together, and the kind of each source, marking law that no longer applies. 2026.4
 * corrects what counsel found wrong in 2026.3 (DECISIONS 138): under the AÜG, leasing in substance is employment
 * by you only where it is not designated and licensed (an exposure otherwise), person-related instructions under
 * a service contract are concealed leasing, DE-03 is asked only where leasing shows and without N/A; the DOL's
 * 2025 agenda is a proposed rule, and AB 5's ABC test is cited as recodified (§ 2750.3, now § 2775). 2026.5
 * corrects what employment counsel found in the verdicts: the UK clear verdict no longer points to exposures that
 * are not listed, the Philippine registration rule says it raises a rebuttable presumption, and under UK and Indian
 * law the answers alone stop at High until one of that law's own tests is met (`answersCap`); California's
 * wage-order definition of "employ" (Martinez v. Combs) is encoded, and BR-02's "safety not checked" is an unknown.
 * 2026.6 encodes the rebuttal of the Philippine registration presumption (a rule's `unless`): with substantial capital
 * on file and the vendor controlling the work, an unregistered contractor no longer makes the result Critical; the
 * lapse stays a knock-out (High, route to legal).
 * 2026.7 closes employment counsel's open points (issue 11): under Indian law discipline you decide (HIR-04) shows, with
 * appointment, the control over dismissal and discipline of Balwant Rai Saluja; PAY-04 tells wages and regular pay you
 * pay (a knock-out and India's sham-pay test) from an occasional prize or bonus (evidence only); PH-03 is a fact no
 * action changes (`fixedFact`), so the action plan no longer projects it away; PH-02's note cites the Labor Code and
 * D.O. 174, and the tools-and-premises factor the Labor Code beside D.O. 174.
 * 2026.8 changes no question: an answer carried forward and not confirmed for this cycle no longer counts as settled
 * (`carriedNeedConfirming`), so a cycle signed on last year's unconfirmed answers reads "Insufficient information".
 * Earlier releases stay in shared/bank/archive; carry-forward maps their answers onto this one.
 */
export const CORE_BANK: QuestionBank = {
  format: 'armslength.question-bank',
  formatVersion: 1,
  id: 'armslength-core',
  version: '2026.8',
  title: "Arm's Length core question bank",
  publishedOn: '2026-12-07',
  scoring: {
    bands: [
      { band: 'low', min: 0 },
      { band: 'moderate', min: 25 },
      { band: 'high', min: 50 },
      { band: 'critical', min: 75 }
    ],
    coverageThreshold: 0.8,
    contractWeight: 0.5,
    gapThreshold: 2,
    maxAmplification: 0.5,
    carriedNeedConfirming: true
  },
  sections: SECTIONS.map((section) => ({ ...section, practiceAreas: [...section.practiceAreas] })),
  sources: SOURCES.map((source) => ({ ...source })),
  factors: FACTORS.map((factor) => ({ ...factor, sources: [...factor.sources] })),
  profiles: PROFILES.map(toBankProfile),
  questions: [...QUESTIONS],
  // INT-04 asked two facts at once (working only for you; the same named people kept) and is now INT-07 and INT-08
  generalRules: GENERAL_RULES.map(toBankRule),
  retiredQuestionIds: ['INT-04']
}
