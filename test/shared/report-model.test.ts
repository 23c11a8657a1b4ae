import { describe, expect, it } from 'vitest'
import { DEFAULT_BANK } from '@shared/bank/bank-registry'
import { fingerprintAssessment } from '@shared/integrity/fingerprint'
import { rankFindings } from '@shared/report/findings-model'
import { formatCitations, formatDelta } from '@shared/report/labels'
import { recommend, recommendationKind } from '@shared/report/recommendation'
import { reportInputFor } from '@shared/report/report-input'
import { buildReportModel, documentIdFor } from '@shared/report/report-model'
import type { ScoreLine, ScoreResult } from '@shared/scoring/score-types'
import { makeReportFixture } from '../fixtures/report-fixtures'
import { findingsOf } from '@shared/workflow/findings'

const fixture = makeReportFixture({ status: 'final' })
const model = buildReportModel(fixture.input)

function withResult(patch: Partial<ScoreResult>, band: ScoreResult['overall']['band'] = 'low'): ScoreResult {
  const base = fixture.input.result
  return { ...base, redFlags: [], gaps: [], provisional: false, ...patch, overall: { ...base.overall, band, ...patch.overall } }
}

const flag = fixture.input.result.redFlags[0]!
const gap = { questionId: 'SUP-01', section: 'supervision', contractOptionId: 'a', contractLabel: 'A', contractRisk: 0, practiceOptionId: 'b', practiceLabel: 'B', practiceRisk: 3, difference: 3 }

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
    const view = recommend(withResult({}, 'low'), DEFAULT_BANK)
    expect(view.kind).toBe('accept')
    expect(view.provisional).toBe(false)
    expect(view.provisionalNote).toBeNull()
  })

  it('says provisional when coverage is below the threshold', () => {
    const result = withResult({ provisional: true, coverage: { ...fixture.input.result.coverage, ratio: 0.5 } }, 'low')
    const view = recommend(result, DEFAULT_BANK)
    expect(view.kind).toBe('accept')
    expect(view.provisional).toBe(true)
    expect(view.provisionalNote).toContain('50%')
    expect(view.provisionalNote).toContain('80%')
  })
})

describe('findings', () => {
  it('ranks red flags first, then by points, then in questionnaire order', () => {
    const line = (id: string, points: number, redFlag = false): ScoreLine => ({ ...fixture.input.result.lines[0]!, questionId: id, points, redFlag, amplify: 0 })
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

  it('cites each factor\'s sources by number, and lists every cited source once', () => {
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
    const same = (a: object | undefined, b: object | undefined) => JSON.stringify({ ...a, note: 0, evidence: 0, answeredAt: 0 }) === JSON.stringify({ ...b, note: 0, evidence: 0, answeredAt: 0 })
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
    const withSelf = buildReportModel({ ...fixture.input, history: [...fixture.input.history, { assessment: fixture.input.assessment, result: fixture.input.result }] })
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
