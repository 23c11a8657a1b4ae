import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Option, Question, QuestionBank } from '@shared/bank/bank-schema'
import { ASSESSMENT_KINDS } from '@shared/bank/vocabulary'
import type { AssessmentKind } from '@shared/bank/vocabulary'
import type { Answer } from '@shared/schemas/assessment'
import { lowestRiskOption } from '@shared/scoring/bank-index'
import { bandRank } from '@shared/scoring/bands'
import { scoreAssessment } from '@shared/scoring/score'
import type { ScoreInput, ScoreResult } from '@shared/scoring/score-types'
import { TEST_BANK } from './fixtures/test-bank'
import { RULES_BANK, RULES_BANK_SHARED_FACTS } from './fixtures/test-bank-rules'
import { CORE_BANK } from '@shared/bank/core-bank'

type Answers = Record<string, Answer>

// Every property runs on the shipped bank too, imported directly: if it fails to load, this file fails.
const BANKS: [string, QuestionBank][] = [
  ['test bank', TEST_BANK],
  ['rules test bank', RULES_BANK],
  ['rules test bank with a rule over two knock-outs', RULES_BANK_SHARED_FACTS],
  ['CORE_BANK', CORE_BANK]
]

describe('CORE_BANK', () => {
  it('is among the banks every property below runs on', () => {
    expect(BANKS.map(([, bank]) => bank)).toContain(CORE_BANK)
    expect(CORE_BANK.questions.length).toBeGreaterThan(50)
  })
})

const RUNS_SMALL_BANK = { numRuns: 200 }
// The shipped bank is ten times larger and each run scores it several times; npm test has a 60 s budget on 2 cores.
const RUNS_CORE_BANK = { numRuns: 40 }

function optionIds(options: readonly Option[]): fc.Arbitrary<string> {
  return fc.constantFrom(...options.map((o) => o.id))
}

/** Any answer a person (or an old file) could leave on one question, including none. */
function answerArbitrary(q: Question): fc.Arbitrary<Answer | undefined> {
  const practice = optionIds(q.options)
  const contract = q.contract ? optionIds(q.contract.options) : fc.constant(undefined)
  const carried = fc.boolean().map((c) => (c ? { carried: true } : {}))
  const full = fc
    .tuple(practice, contract, carried)
    .map(([choice, contractChoice, c]) => ({ choice, ...(contractChoice ? { contractChoice } : {}), ...c }))
  const oneSided = fc.oneof(
    practice.map((choice) => ({ choice })),
    contract.map((contractChoice) => (contractChoice ? { contractChoice } : {}))
  )
  const unsure = fc.option(practice, { nil: undefined }).map((choice) => ({ unsure: true, ...(choice ? { choice } : {}) }))
  const na = fc.constant({ na: true, naReason: 'Does not apply to this engagement' })
  return fc.oneof(
    { weight: 2, arbitrary: fc.constant(undefined) },
    { weight: 6, arbitrary: full },
    { weight: 1, arbitrary: oneSided },
    { weight: 1, arbitrary: unsure },
    { weight: q.naAllowed ? 1 : 0, arbitrary: na }
  )
}

function answersArbitrary(bank: QuestionBank): fc.Arbitrary<Answers> {
  const perQuestion = bank.questions.map((q) => answerArbitrary(q).map((a) => [q.id, a] as const))
  return fc.tuple(...perQuestion).map((entries) => {
    const answers: Answers = {}
    for (const [id, answer] of entries) if (answer) answers[id] = answer
    return answers
  })
}

function inputArbitrary(bank: QuestionBank): fc.Arbitrary<ScoreInput> {
  return fc.record({
    bank: fc.constant(bank),
    profiles: fc.subarray(bank.profiles.map((p) => p.id)),
    kind: fc.constantFrom<AssessmentKind>(...ASSESSMENT_KINDS),
    answers: answersArbitrary(bank)
  })
}

/** b is at least as risky as a on every count that scoring reads. */
function dominates(b: Option, a: Option): boolean {
  return b.risk >= a.risk && (b.amplify ?? 0) >= (a.amplify ?? 0) && (b.redFlag === true || a.redFlag !== true)
}

function expectNotLower(riskier: ScoreResult, safer: ScoreResult): void {
  expect(riskier.overall.score).toBeGreaterThanOrEqual(safer.overall.score)
  riskier.sections.forEach((s, i) => expect(s.score).toBeGreaterThanOrEqual(safer.sections[i]?.score ?? 0))
}

function withAnswer(input: ScoreInput, questionId: string, answer: Answer | undefined): ScoreInput {
  const answers = { ...input.answers }
  if (answer) answers[questionId] = answer
  else delete answers[questionId]
  return { ...input, answers }
}

describe.each(BANKS)('scoring properties on the %s', (_name, bank) => {
  const RUNS = bank === CORE_BANK ? RUNS_CORE_BANK : RUNS_SMALL_BANK
  const input = inputArbitrary(bank)
  const questionIndex = fc.nat({ max: bank.questions.length - 1 })

  it('keeps every score within 0–100 and coverage within 0–1', () => {
    fc.assert(
      fc.property(input, (i) => {
        const result = scoreAssessment(i)
        for (const s of [result.overall, ...result.sections]) {
          for (const value of [s.score, s.rawScore, s.rounded]) {
            expect(value).toBeGreaterThanOrEqual(0)
            expect(value).toBeLessThanOrEqual(100)
          }
        }
        expect(result.coverage.ratio).toBeGreaterThanOrEqual(0)
        expect(result.coverage.ratio).toBeLessThanOrEqual(1)
        const c = result.coverage
        expect(c.answered + c.partial + c.unanswered + c.unsure + c.na).toBe(c.visible)
      }),
      RUNS
    )
  })

  it('never lowers the overall or any section score when one side of an answer becomes riskier', () => {
    fc.assert(
      fc.property(input, questionIndex, fc.boolean(), fc.nat(), fc.nat(), (i, qi, contractSide, x, y) => {
        const q = bank.questions[qi] as Question
        const options = contractSide && q.contract ? q.contract.options : q.options
        const [a, b] = [options[x % options.length] as Option, options[y % options.length] as Option]
        fc.pre(dominates(b, a))
        const base = i.answers[q.id] ?? {}
        const keep: Answer = contractSide && q.contract ? { choice: base.choice } : { contractChoice: base.contractChoice }
        const side = (o: Option): Answer => (contractSide && q.contract ? { ...keep, contractChoice: o.id } : { ...keep, choice: o.id })
        expectNotLower(scoreAssessment(withAnswer(i, q.id, side(b))), scoreAssessment(withAnswer(i, q.id, side(a))))
      }),
      RUNS
    )
  })

  it('never raises a score by answering N/A or leaving a question unanswered instead of choosing any option', () => {
    fc.assert(
      fc.property(input, questionIndex, fc.nat(), fc.nat(), (i, qi, x, y) => {
        const q = bank.questions[qi] as Question
        const choice = (q.options[x % q.options.length] as Option).id
        const contractChoice = q.contract ? (q.contract.options[y % q.contract.options.length] as Option).id : undefined
        const answered = scoreAssessment(withAnswer(i, q.id, { choice, ...(contractChoice ? { contractChoice } : {}) }))
        expectNotLower(answered, scoreAssessment(withAnswer(i, q.id, undefined)))
        expectNotLower(answered, scoreAssessment(withAnswer(i, q.id, { na: true, naReason: 'Not used here' })))
      }),
      RUNS
    )
  })

  it('puts a red flag at High or above in its section and under every law where knock-outs decide; the highest law decides', () => {
    fc.assert(
      fc.property(input, (i) => {
        const result = scoreAssessment(i)
        expect(result.overall.score).toBe(Math.max(...result.verdicts.map((v) => v.score)))
        for (const finding of result.decisive) {
          const verdict = result.verdicts.find((v) => v.profileId === finding.profileId) ?? result.verdicts[0]
          if (finding.nature === 'employment' && finding.profileId !== null)
            expect(bandRank(verdict!.band)).toBeGreaterThanOrEqual(bandRank(finding.band))
        }
        if (result.redFlags.length === 0) return
        for (const flag of result.redFlags) {
          expect(['high', 'critical']).toContain(result.sections.find((s) => s.sectionId === flag.section)?.band)
          const appliesTo = bank.questions.find((q) => q.id === flag.questionId)?.appliesTo
          for (const v of result.verdicts) {
            if (!v.knockOutsDecisive || (appliesTo && !appliesTo.includes(v.profileId ?? ''))) continue
            expect(['high', 'critical']).toContain(v.band)
          }
        }
      }),
      RUNS
    )
  })

  it('strictly raises the score with each further knock-out answer (no two red-flag counts tie)', () => {
    const flaggable = bank.questions.filter((q) => !q.appliesTo && !q.showIf && q.options.some((o) => o.redFlag === true))
    fc.assert(
      fc.property(input, fc.nat({ max: flaggable.length - 1 }), (i, k) => {
        const general = { ...i, profiles: [] }
        const q = flaggable[k] as Question
        const before = scoreAssessment(general)
        fc.pre(!before.redFlags.some((f) => f.questionId === q.id) && before.overall.score < 100)
        const flag = q.options.find((o) => o.redFlag === true) as Option
        const after = scoreAssessment(
          withAnswer(general, q.id, { ...(general.answers[q.id] ?? {}), choice: flag.id, unsure: false, na: false })
        )
        expect(after.redFlags.length).toBeGreaterThan(before.redFlags.length)
        expect(after.overall.score).toBeGreaterThan(before.overall.score)
        expect(after.overall.decisiveFactors).toBeGreaterThan(before.overall.decisiveFactors)
      }),
      RUNS
    )
  })

  it('gives a deep-equal result for the same input, also from a copied bank', () => {
    fc.assert(
      fc.property(input, (i) => {
        const first = scoreAssessment(i)
        expect(scoreAssessment(i)).toEqual(first)
        expect(scoreAssessment(structuredClone(i))).toEqual(first)
      }),
      { numRuns: Math.min(50, RUNS.numRuns) }
    )
  })

  it('walks remediation in steps whose removals sum to the start score minus the score with every step applied', () => {
    fc.assert(
      fc.property(input, (i) => {
        const result = scoreAssessment(i)
        let applied = i
        let before = result.overall.score
        result.remediation.forEach((item, k) => {
          expect(item.step).toBe(k + 1)
          expect(item.scoreBefore).toBe(before)
          expect(item.riskRemoved).toBe(item.scoreBefore - item.newScore)
          expect(item.riskRemoved).toBeGreaterThanOrEqual(0)
          // After the decisive phase a step is listed only when it removes something; lifting happens only in it.
          if (!item.decisivePhase) expect(item.riskRemoved).toBeGreaterThan(0)
          if (item.liftsDecisive) expect(item.decisivePhase).toBe(true)
          const q = bank.questions.find((question) => question.id === item.questionId) as Question
          const choice = lowestRiskOption(q.options, q.amplifier).id
          applied = withAnswer(applied, q.id, q.contract ? { choice, contractChoice: lowestRiskOption(q.contract.options).id } : { choice })
          before = item.newScore
        })
        const end = scoreAssessment(applied)
        expect(end.overall.score).toBe(before)
        const removed = result.remediation.reduce((sum, r) => sum + r.riskRemoved, 0)
        expect(removed).toBeCloseTo(result.overall.score - end.overall.score, 9)
        // Decisive factors first: no decisive step comes after a plain one.
        const firstPlain = result.remediation.findIndex((r) => !r.decisivePhase)
        if (firstPlain >= 0) expect(result.remediation.slice(firstPlain).some((r) => r.decisivePhase)).toBe(false)
        expect(end.redFlags).toEqual([])
        expect(end.decisive.filter((f) => f.nature === 'employment')).toEqual([])
      }),
      { numRuns: Math.min(100, RUNS.numRuns) }
    )
  })

  it('says "not assessed" exactly when no visible question was touched', () => {
    fc.assert(
      fc.property(input, (i) => {
        const result = scoreAssessment(i)
        const touched = result.lines.some((l) => l.status !== 'unanswered')
        expect(result.sufficiency.status === 'not-assessed').toBe(!touched)
        if (result.sufficiency.status === 'sufficient') expect(result.coverage.ratio).toBeGreaterThanOrEqual(result.sufficiency.threshold)
      }),
      RUNS
    )
  })

  it("lists, under each law, only open questions that are open overall; each law's own N/A contradictions among them", () => {
    fc.assert(
      fc.property(input, (i) => {
        const result = scoreAssessment(i)
        const overall = new Set(result.sufficiency.decisiveUnanswered)
        expect(result.sufficiency.decisiveUnansweredByLaw.length).toBe(result.verdicts.length)
        for (const v of result.verdicts) {
          for (const id of v.openDecisive) expect(overall.has(id)).toBe(true)
          for (const c of v.naContradicted) expect(v.openDecisive).toContain(c.questionId)
        }
      }),
      RUNS
    )
  })

  it('has a consistent bank: a follow-up revealed by an option is revealed by every riskier one', () => {
    for (const q of bank.questions) {
      if (!q.showIf) continue
      const parent = bank.questions.find((p) => p.id === q.showIf?.question)
      expect(parent, `${q.id} follows ${q.showIf.question}`).toBeDefined()
      const revealing = parent?.options.filter((o) => q.showIf?.anyOf.includes(o.id)) ?? []
      for (const o of parent?.options ?? []) {
        const riskier = revealing.some((r) => dominates(o, r))
        if (riskier) expect(q.showIf.anyOf, `${q.id}: ${parent?.id} option ${o.id} should reveal it`).toContain(o.id)
      }
    }
  })

  it('keeps points traceable: overall points are the sum of the line points', () => {
    fc.assert(
      fc.property(input, (i) => {
        const result = scoreAssessment(i)
        const sum = result.lines.reduce((total, l) => total + l.points, 0)
        expect(result.overall.points).toBeCloseTo(sum, 9)
        expect(result.sections.reduce((total, s) => total + s.maxPoints, 0)).toBeCloseTo(result.overall.maxPoints, 9)
      }),
      RUNS
    )
  })
})
