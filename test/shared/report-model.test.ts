import { describe, expect, it } from 'vitest'
import { DEFAULT_BANK } from '@shared/bank/bank-registry'
import { fingerprintAssessment } from '@shared/integrity/fingerprint'
import { rankFindings } from '@shared/report/findings-model'
import { formatCitations, formatDelta } from '@shared/report/labels'
import { OPEN_DECISIVE_HEADLINE, recommend, recommendationKind } from '@shared/report/recommendation'
import { reportInputFor } from '@shared/report/report-input'
import { buildReportModel, documentIdFor } from '@shared/report/report-model'
import type { ScoreLine, ScoreResult } from '@shared/scoring/score-types'
import { makeReportFixture } from '../fixtures/report-fixtures'
import { findingsOf } from '@shared/workflow/findings'
import { scoreAssessment } from '@shared/scoring/score'

const fixture = makeReportFixture({ status: 'final' })
const model = buildReportModel(fixture.input)

function withResult(patch: Partial<ScoreResult>, band: ScoreResult['overall']['band'] = 'low'): ScoreResult {
  const base = fixture.input.result
  // no findings of its own: since bank 2026.4 the fixture's German answers fire concealed leasing, which escalates whatever the band
  return {
    ...base,
    redFlags: [],
    gaps: [],
    decisive: [],
    provisional: false,
    ...patch,
    overall: { ...base.overall, band, ...patch.overall }
  }
}

const flag = fixture.input.result.redFlags[0]!
const gap = {
  questionId: 'SUP-01',
  section: 'supervision',
  contractOptionId: 'a',
  contractLabel: 'A',
  contractRisk: 0,
  practiceOptionId: 'b',
  practiceLabel: 'B',
  practiceRisk: 3,
  difference: 3
}

describe('recommendation rule', () => {
  it('escalates to counsel on any red flag, whatever the band', () => {
    expect(recommendationKind(withResult({ redFlags: [flag] }, 'high'))).toBe('escalate')
    expect(recommendationKind(withResult({ redFlags: [flag] }, 'low'))).toBe('escalate')
  })

  it('escalates to counsel when the band is critical without red flags', () => {
    expect(recommendationKind(withResult({}, 'critical'))).toBe('escalate')
  })

  it('remediates when the band is high or moderate', () => {
    expect(recommendationKind(withResult({}, 'high'))).toBe('remediate')
    expect(recommendationKind(withResult({}, 'moderate'))).toBe('remediate')
  })

  it('remediates a low score that has a contract-vs-practice gap', () => {
    expect(recommendationKind(withResult({ gaps: [gap] }, 'low'))).toBe('remediate')
  })

  it('accepts a low score with no gaps and no red flags', () => {
    const sufficiency = { ...fixture.input.result.sufficiency, status: 'sufficient' as const, decisiveUnanswered: [] }
    const view = recommend(withResult({ sufficiency }, 'low'), DEFAULT_BANK)
    expect(view.kind).toBe('accept')
    expect(view.provisional).toBe(false)
    expect(view.provisionalNote).toBeNull()
  })

  it('never accepts while a question still open could decide the result, whatever the coverage', () => {
    const sufficiency = { ...fixture.input.result.sufficiency, status: 'sufficient' as const, decisiveUnanswered: ['PAY-04', 'PH-02'] }
    const view = recommend(withResult({ sufficiency }, 'low'), DEFAULT_BANK)
    expect(view.kind).toBe('remediate')
    expect(view.headline).toBe(OPEN_DECISIVE_HEADLINE)
    expect(view.reasons.at(-1)).toMatch(
      /^Still open and able to decide the result on their own: PAY-04, PH-02 \(see appendix A\)\. Until they are answered/
    )
  })

  it('says provisional when coverage is below the threshold', () => {
    // sufficiency is the one field every surface reads for "enough information" (score-types.ts)
    const sufficiency = { ...fixture.input.result.sufficiency, status: 'insufficient' as const, coverageRatio: 0.5 }
    const result = withResult({ provisional: true, sufficiency, coverage: { ...fixture.input.result.coverage, ratio: 0.5 } }, 'low')
    const view = recommend(result, DEFAULT_BANK)
    // a low band without enough information is never "accept"
    expect(view.kind).not.toBe('accept')
    expect(view.provisional).toBe(true)
    expect(view.provisionalNote).toContain('50%')
    expect(view.provisionalNote).toContain('80%')
  })
})

describe('findings', () => {
  it('ranks red flags first, then by points, then in questionnaire order', () => {
    const line = (id: string, points: number, redFlag = false): ScoreLine => ({
      ...fixture.input.result.lines[0]!,
      questionId: id,
      points,
      redFlag,
      amplify: 0
    })
    const order = (id: string) => ['A', 'B', 'C', 'D', 'E'].indexOf(id)
    const ranked = rankFindings([line('A', 4), line('B', 10), line('C', 2, true), line('D', 0), line('E', 10)], new Map(), order)
    expect(ranked.map((l) => l.questionId)).toEqual(['C', 'B', 'E', 'A'])
  })

  it('lists every scoring answer, ranked 1..n, red flags first', () => {
    const scoring = fixture.input.result.lines.filter((l) => l.points > 0 || l.redFlag)
    for (const l of scoring) expect(model.findings.some((f) => f.questionId === l.questionId)).toBe(true)
    model.findings.forEach((f, i) => expect(f.rank).toBe(i + 1))
    const flags = model.findings.filter((f) => f.redFlag).length
    expect(flags).toBe(new Set(fixture.input.result.redFlags.map((f) => f.questionId)).size)
    expect(model.findings.slice(0, flags).every((f) => f.redFlag)).toBe(true)
    const rest = model.findings.slice(flags).map((f) => f.points)
    expect(rest).toEqual([...rest].sort((a, b) => b - a))
  })

  it("cites each factor's sources by number, and lists every cited source once", () => {
    const numbers = model.findings.flatMap((f) => f.factors.flatMap((x) => x.sources))
    expect(Math.max(...numbers)).toBeLessThanOrEqual(model.sources.length)
    expect(model.sources.map((s) => s.number)).toEqual(model.sources.map((_, i) => i + 1))
    expect(new Set(model.sources.map((s) => s.id)).size).toBe(model.sources.length)
  })

  it('carries the reviewer verdict and the action owner onto the finding', () => {
    const reviewed = model.findings.find((f) => fixture.input.assessment.reviews[f.questionId])
    expect(reviewed?.verdict).not.toBeNull()
    const planned = model.findings.find((f) => fixture.input.assessment.actions[f.questionId])
    expect(planned?.owner).toBe(fixture.input.assessment.actions[planned!.questionId]?.owner)
  })
})

describe('what changed since the previous assessment', () => {
  const changes = model.changes!
  const previous = fixture.input.history.at(-1)!

  it('compares with the latest final assessment before this one', () => {
    expect(changes.previous.id).toBe(previous.assessment.id)
    expect(changes.scoreDelta).toBeCloseTo(fixture.input.result.overall.rounded - previous.result.overall.rounded, 5)
    expect(changes.scoreDeltaText).toBe(formatDelta(changes.scoreDelta))
    expect(changes.bandChanged).toBe(fixture.input.result.overall.band !== previous.result.overall.band)
  })

  it('counts the questions whose answer changed', () => {
    const visible = new Set([...fixture.input.result.lines, ...previous.result.lines].map((l) => l.questionId))
    const same = (a: object | undefined, b: object | undefined) =>
      JSON.stringify({ ...a, note: 0, evidence: 0, answeredAt: 0 }) === JSON.stringify({ ...b, note: 0, evidence: 0, answeredAt: 0 })
    const expected = [...visible].filter((id) => !same(fixture.input.assessment.answers[id], previous.assessment.answers[id])).length
    expect(changes.answersChanged).toBe(expected)
    expect(changes.changes).toHaveLength(expected)
  })

  it('lists red flags added and cleared', () => {
    const key = (f: { questionId: string; side: string }) => `${f.questionId}:${f.side}`
    const now = fixture.input.result.redFlags.map(key)
    const before = previous.result.redFlags.map(key)
    expect(changes.redFlagsAdded.map(key)).toEqual(now.filter((k) => !before.includes(k)))
    expect(changes.redFlagsCleared.map(key)).toEqual(before.filter((k) => !now.includes(k)))
    expect(changes.redFlagsAdded.length).toBeGreaterThan(0)
    expect(changes.redFlagsCleared.length).toBeGreaterThan(0)
  })

  it('has nothing to compare for a first assessment', () => {
    const first = buildReportModel({ ...fixture.input, history: [] })
    expect(first.changes).toBeNull()
    expect(first.trend).toHaveLength(1)
  })

  it('shows the trend oldest first, ending with this assessment', () => {
    expect(model.trend.map((p) => p.current)).toEqual([false, false, false, true])
    expect(model.trend.at(-1)?.scoreText).toBe(model.overall.scoreText)
  })
})

describe('report model', () => {
  it('derives the document id and fingerprint from the assessment data', () => {
    const fp = fingerprintAssessment(fixture.input.assessment)
    expect(model.fingerprint).toBe(fp)
    expect(model.fingerprint).toBe(fixture.input.assessment.signOff?.fingerprint)
    expect(model.documentId).toBe(documentIdFor(fp))
    expect(model.documentId).toMatch(/^AL-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/)
  })

  it('is a pure function of its input', () => {
    expect(buildReportModel(fixture.input)).toEqual(model)
  })

  it('ignores the current assessment and later ones in the history', () => {
    const withSelf = buildReportModel({
      ...fixture.input,
      history: [...fixture.input.history, { assessment: fixture.input.assessment, result: fixture.input.result }]
    })
    expect(withSelf.trend).toEqual(model.trend)
    expect(withSelf.changes).toEqual(model.changes)
  })

  it('keeps the fingerprint in ASCII keywords so it stays readable in the PDF bytes', () => {
    expect(model.properties.keywords).toMatch(/^[\x20-\x7e]+$/)
    expect(model.properties.keywords).toContain(`fingerprint:${model.fingerprint}`)
  })

  it('assembles the same input from an engagement file as the app would', () => {
    const built = reportInputFor({
      engagement: fixture.file.engagement,
      assessments: fixture.file.assessments,
      assessmentId: fixture.input.assessment.id,
      banks: [DEFAULT_BANK],
      settings: fixture.input.settings,
      generatedAt: fixture.input.generatedAt
    })
    expect(built.ok && buildReportModel(built.value)).toEqual(model)
    expect(reportInputFor({ ...fixture.input, assessments: [], assessmentId: 'nope', banks: [DEFAULT_BANK] }).ok).toBe(false)
  })

  it('formats citations as compact ranges', () => {
    expect(formatCitations([3, 1, 2, 7, 9, 10])).toBe('[1–3, 7, 9, 10]')
    expect(formatCitations([])).toBe('')
  })
})

describe('one rule for findings', () => {
  it('the report lists exactly the answers the reviewer is asked to rule on, amplifiers included', () => {
    const lines = fixture.input.result.lines
    const reviewed = new Set(findingsOf(fixture.input.result).map((f) => f.questionId))
    expect(new Set(model.findings.map((f) => f.questionId))).toEqual(reviewed)
    // the fixture must reach the case that used to differ: an answer that only amplifies
    const amplifierOnly = lines.filter((l) => l.amplify > 0 && l.points === 0 && !l.redFlag)
    expect(amplifierOnly.length).toBeGreaterThan(0)
    for (const l of amplifierOnly) expect(reviewed.has(l.questionId)).toBe(true)
  })
})

describe('true explanations (issue 12, item 6)', () => {
  it("says what the answers alone score and what amplifiers and decisive factors add, with the engine's numbers", () => {
    const o = fixture.input.result.overall
    const [answers, decisive] = model.overall.explanation
    expect(answers).toContain(`The answers alone score ${o.answersScore.toFixed(1)}`)
    // the part printed is the difference of the printed numbers, so the sentence adds up as read (bd410fd):
    // 33.4 + 49.9 = 83.3, where the rounded exact lift (50.0) would be 0.1 off the total shown
    const shownLift = Math.round(Math.round(o.score * 10) - Math.round(o.answersScore * 10)) / 10
    if (o.decisiveLift >= 0.05)
      expect(decisive).toContain(`add ${shownLift.toFixed(1)}, giving the overall score of ${model.overall.scoreText}`)
    else expect(decisive).toContain('No decisive factor adds to it')
    expect(JSON.stringify(model)).not.toContain('High threshold')
  })

  it('gives every finding in the plan its step and the score before and after it', () => {
    const steps = new Map(fixture.input.result.remediation.map((r) => [r.questionId, r]))
    for (const f of model.findings) {
      const step = steps.get(f.questionId)
      if (step) expect(f.effect).toContain(`Step ${step.step} of the action plan`)
    }
    expect(model.findings.filter((f) => steps.has(f.questionId)).length).toBe(steps.size)
  })

  it('numbers each action by the finding it addresses, in the order of the plan', () => {
    const numbers = new Map(model.findings.map((f) => [f.questionId, f.rank]))
    for (const a of model.actions) expect(a.rank).toBe(numbers.get(a.questionId))
    expect(model.actions.map((a) => a.step)).toEqual(model.actions.map((_, i) => i + 1))
  })

  it('puts the reviewer\'s "to correct" verdicts and bare comments in the summary\'s key concerns', () => {
    const toCorrect = model.findings.filter((f) => f.verdictKey === 'to-correct')
    expect(toCorrect.length).toBeGreaterThan(0)
    for (const f of toCorrect)
      expect(model.keyConcerns.some((c) => c.startsWith(`Finding ${f.rank} (${f.questionId}), to correct`))).toBe(true)
    const id = model.findings.find((f) => f.verdictKey === null)?.questionId ?? model.findings[0]!.questionId
    const reviews = {
      ...fixture.input.assessment.reviews,
      [id]: { comment: 'Ask the vendor for the rota.', at: '2026-11-20T10:00:00.000Z' }
    }
    const commented = buildReportModel({
      ...fixture.input,
      assessment: { ...fixture.input.assessment, status: 'in-review', signOff: undefined, reviews }
    })
    expect(commented.keyConcerns.some((c) => c.includes('comment without a verdict: Ask the vendor for the rota.'))).toBe(true)
    expect(commented.findings.find((f) => f.questionId === id)?.verdict).toBeNull()
  })

  it('never shows a band for a result without enough information', () => {
    const result = { ...fixture.input.result, sufficiency: { ...fixture.input.result.sufficiency, status: 'not-assessed' as const } }
    expect(buildReportModel({ ...fixture.input, result }).overall.resultLabel).toBe('Not assessed')
    const thin = { ...fixture.input.result, sufficiency: { ...fixture.input.result.sufficiency, status: 'insufficient' as const } }
    expect(buildReportModel({ ...fixture.input, result: thin }).overall.resultLabel).toMatch(/^Insufficient information/)
  })

  it('nothing answered: no sentence of the summary puts the result in a band', () => {
    const profiles = fixture.input.assessment.profiles
    const result = scoreAssessment({ bank: fixture.input.bank, profiles, kind: fixture.input.assessment.kind, answers: {} })
    expect(result.sufficiency.status).toBe('not-assessed')
    const empty = buildReportModel({ ...fixture.input, assessment: { ...fixture.input.assessment, answers: {}, reviews: {} }, result })
    const said = [...empty.overall.explanation, ...empty.recommendation.reasons, empty.recommendation.headline].join(' ')
    expect(said).not.toMatch(/\b(Low|Moderate|High|Critical)\b/)
    expect(said).toContain('Not assessed')
  })

  it('never counts carried-forward answers nobody re-confirmed as settled and confirmed', () => {
    const answers = Object.fromEntries(Object.entries(fixture.input.assessment.answers).map(([k, a]) => [k, { ...a, carried: true }]))
    const carried = buildReportModel({ ...fixture.input, assessment: { ...fixture.input.assessment, answers } })
    expect(carried.coverage.summary).toMatch(/^0% settled and confirmed; \d+ unconfirmed/)
    expect(carried.signOff.unconfirmed.length).toBe(fixture.input.result.lines.length)
  })

  it('prints the review period, or says none was recorded; never an empty title in quotes', () => {
    expect(model.assessment.scopeSentence).toContain('for the review period 1 January 2026 – 31 December 2026')
    const { periodStart: _s, periodEnd: _e, ...rest } = fixture.input.assessment
    const none = buildReportModel({ ...fixture.input, assessment: { ...rest, title: '' } })
    expect(none.assessment.scopeSentence).toContain('for which no review period was recorded')
    expect(none.assessment.scopeSentence).not.toContain('""')
  })

  it('shows assessor and reviewer as two dated events', () => {
    expect(model.signOff.assessorEvent).toBe('Sent for review 21 November 2026, 10:00 UTC')
    expect(model.signOff.reviewerEvent).toBe('Signed off 28 November 2026, 16:30 UTC')
  })
})
