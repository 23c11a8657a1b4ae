import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, test } from 'vitest'
import { BUILTIN_BANKS } from '../fixtures/builtin-banks'
import { readExchangeFile } from '@shared/exchange/validate-exchange'
import { reportInputFor } from '@shared/report/report-input'
import { buildReportModel } from '@shared/report/report-model'
import type { ReportModel } from '@shared/report/report-types'
import { makeReportFixture } from '../fixtures/report-fixtures'
import { CHECKED_AT } from '../helpers/checked-at'

const EXAMPLES_DIR = resolve(import.meta.dirname, '../../docs/examples')

function reportOf(fileName: string): ReportModel {
  const read = readExchangeFile(readFileSync(resolve(EXAMPLES_DIR, fileName), 'utf8'), BUILTIN_BANKS, CHECKED_AT)
  if (!read.ok || read.value.kind !== 'engagement') throw new Error(`cannot read ${fileName}`)
  const { engagement, assessments } = read.value.file
  const latest = assessments.at(-1)
  if (!latest) throw new Error('no assessment')
  const input = reportInputFor({
    engagement,
    assessments,
    assessmentId: latest.id,
    banks: BUILTIN_BANKS,
    generatedAt: '2026-12-06T00:00:00.000Z'
  })
  if (!input.ok) throw new Error(input.error.message)
  return buildReportModel(input.value)
}

const control = (model: ReportModel, label: string): string | undefined => model.documentControl.find((r) => r.label === label)?.value

describe('the report names a delivery country no profile covers as not assessed under local law (issue 11, item 7)', () => {
  test('Poland, delivered alongside the UK, is named on the cover and in the method', () => {
    const model = reportOf('managed-contact-centre.json')
    expect(control(model, 'Jurisdictions applied')).toBe('United Kingdom. Not assessed under local law: Poland')
    expect(model.notAssessedCountries).toEqual([expect.stringMatching(/^Poland: not assessed under local law/)])
  })

  test('a country that has a profile is not listed', () => {
    expect(reportOf('philippines-unregistered-vendor.json').notAssessedCountries).toEqual([])
  })
})

describe('the scope says who reviewed only when a review happened (issue 12)', () => {
  test('a draft with no reviewer is not "reviewed by Not named"', () => {
    const sentence = reportOf('philippines-unregistered-vendor.json').assessment.scopeSentence
    expect(sentence).not.toMatch(/reviewed by/)
    expect(sentence).toContain('It was answered by Teresa Lim; no reviewer has signed it off')
  })

  test('an assessment in review names its reviewer without claiming the review is done', () => {
    const sentence = reportOf('germany-client-instructions.json').assessment.scopeSentence
    expect(sentence).not.toMatch(/reviewed by/)
    expect(sentence).toMatch(/Dr\. Katharina Weiß is named as reviewer and has not signed it off/)
  })

  test('a final assessment was reviewed by the reviewer who signed it off', () => {
    expect(reportOf('managed-contact-centre.json').assessment.scopeSentence).toMatch(
      /answered by Hannah Okafor and reviewed by Tomasz Wójcik/
    )
  })
})

describe('the summary calls a band on too little information provisional, and names the law as counsel would', () => {
  test('an insufficient pre-contract assessment never reads as plainly Low', () => {
    const model = reportOf('onboarding-pre-contract.json')
    expect(model.overall.sufficient).toBe(false)
    const text = [...model.overall.explanation, ...model.recommendation.reasons].join('\n')
    // not even provisionally Low (counsel and vendor-manager reviews): what is unanswered can only raise the score
    expect(text).toContain('(no band yet: too little is answered to give one)')
    expect(text).toMatch(/with no band yet, as too little is answered to give one\./)
    expect(text).not.toMatch(/Low/)
  })

  test('"the law of the Philippines" and "the law of the United Kingdom"', () => {
    expect(reportOf('philippines-unregistered-vendor.json').overall.explanation.join(' ')).toContain('under the law of the Philippines')
    expect(reportOf('managed-contact-centre.json').overall.explanation.join(' ')).toContain('under the law of the United Kingdom')
    expect(reportOf('germany-client-instructions.json').overall.explanation.join(' ')).toContain('under the law of Germany')
  })
})

describe('even an "Accept" says which delivery countries it does not cover under local law', () => {
  test('the UK/Poland managed service: Low and accepted, with Poland named as not assessed', () => {
    const { recommendation } = reportOf('managed-contact-centre.json')
    expect(recommendation.kind).toBe('accept')
    expect(recommendation.reasons.at(-1)).toMatch(/^Delivery from Poland was not assessed under local law/)
  })

  test('no such line where every delivery country has a profile', () => {
    expect(reportOf('germany-client-instructions.json').recommendation.reasons.join(' ')).not.toMatch(/not assessed under local law/)
  })
})

describe('a section with too few settled questions has no band in the risk profile', () => {
  test('the Philippine hiring section (an unanswered question that could decide it) is marked insufficient; the others are not', () => {
    const { sections } = reportOf('philippines-unregistered-vendor.json')
    expect(sections.find((s) => s.id === 'people')).toMatchObject({ applicable: true, sufficient: false })
    expect(sections.find((s) => s.id === 'supervision')).toMatchObject({ applicable: true, sufficient: true })
  })
})

describe('each jurisdiction applied states the date it states the law as at (issue 11, item 7)', () => {
  test('the Philippines, law as at 30 November 2025 (and, for a draft reported on 6 December 2026, more than a year before it)', () => {
    const [ph] = reportOf('philippines-unregistered-vendor.json').jurisdictions
    expect(ph).toMatchObject({
      name: 'Philippines',
      lawAsAt: 'Law as at 30 November 2025, more than a year before 6 December 2026: check for changes since.',
      lawAsAtStale: true
    })
  })
})

/** The fixture's final with a verdict on every finding (the fixture leaves some without), so only what a test removes is unreviewed. */
function fullyReviewed(input: ReturnType<typeof makeReportFixture>['input']): typeof input {
  const at = input.assessment.signOff!.finalizedAt
  const reviews = { ...input.assessment.reviews }
  for (const f of buildReportModel(input).findings) reviews[f.questionId] ??= { verdict: 'acceptable', comment: '', at }
  for (const [id, r] of Object.entries(reviews)) if (r.verdict === undefined) reviews[id] = { ...r, verdict: 'acceptable' }
  return { ...input, assessment: { ...input.assessment, reviews } }
}

/** The reviews left once the given findings have no verdict, as a sign-off listing them as not reviewed has them. */
function withoutReviews<T>(reviews: Readonly<Record<string, T>>, ids: readonly string[]): Record<string, T> {
  return Object.fromEntries(Object.entries(reviews).filter(([id]) => !ids.includes(id)))
}

describe('a sign-off with no finding reviewed does not read as a review', () => {
  test('"signed off … without a review of any finding", never "reviewed by … (except 4 findings)"', () => {
    const input = fullyReviewed(makeReportFixture().input)
    const findingIds = buildReportModel(input).findings.map((f) => f.questionId)
    expect(findingIds.length).toBeGreaterThan(0)
    const signOff = input.assessment.signOff!
    const none = {
      ...input,
      assessment: {
        ...input.assessment,
        signOff: { ...signOff, notReviewed: { questionIds: findingIds, reason: 'Counsel review scheduled for Q1.' } },
        reviews: withoutReviews(input.assessment.reviews, findingIds)
      }
    }
    const sentence = buildReportModel(none).assessment.scopeSentence
    expect(sentence).toMatch(/signed off by .+ without a review of any finding/)
    expect(sentence).not.toMatch(/reviewed by/)
    // one finding reviewed: the count reviewed comes first (counsel review: "reviewed by X (except 7 …)" read as a review)
    const some = {
      ...none,
      assessment: {
        ...none.assessment,
        signOff: { ...signOff, notReviewed: { questionIds: findingIds.slice(1), reason: 'Later.' } },
        reviews: withoutReviews(input.assessment.reviews, findingIds.slice(1))
      }
    }
    expect(buildReportModel(some).assessment.scopeSentence).toMatch(
      new RegExp(`signed off by .+, who reviewed 1 of its ${findingIds.length} findings \\(the sign-off section lists the others`)
    )
    expect(buildReportModel(some).assessment.scopeSentence).not.toMatch(/except/)
  })

  test('a final whose findings have no verdict reads as unreviewed even when its sign-off lists none (attacker review: an edited file)', () => {
    const input = fullyReviewed(makeReportFixture().input)
    const findingIds = buildReportModel(input).findings.map((f) => f.questionId)
    const signOff = { ...input.assessment.signOff! }
    delete signOff.notReviewed
    const model = buildReportModel({
      ...input,
      assessment: { ...input.assessment, signOff, reviews: withoutReviews(input.assessment.reviews, findingIds) }
    })
    expect(model.coverStatus).toMatch(/, no finding reviewed$/)
    expect(model.assessment.scopeSentence).not.toMatch(/reviewed by/)
  })

  test('the cover says so beside "signed off" (attacker review: page 1 alone read as a review)', () => {
    const input = fullyReviewed(makeReportFixture().input)
    const findingIds = buildReportModel(input).findings.map((f) => f.questionId)
    const signOff = input.assessment.signOff!
    const withUnreviewed = (questionIds: string[]) =>
      buildReportModel({
        ...input,
        assessment: {
          ...input.assessment,
          signOff: { ...signOff, notReviewed: { questionIds, reason: 'Later.' } },
          reviews: withoutReviews(input.assessment.reviews, questionIds)
        }
      })
    const status = (m: ReturnType<typeof buildReportModel>) => m.documentControl.find((r) => r.label === 'Status')?.value ?? ''
    // (the fixture's sign-off predates the shipped bank's publication, which the row says after this: report-bank-date.test.ts)
    expect(status(withUnreviewed(findingIds))).toMatch(/, signed off .+, without a review of any finding \(see the sign-off section\)(;|$)/)
    expect(status(withUnreviewed(findingIds.slice(1)))).toMatch(
      new RegExp(`; ${findingIds.length - 1} of ${findingIds.length} findings not reviewed \\(see the sign-off section\\)(;|$)`)
    )
    expect(status(buildReportModel(input))).not.toMatch(/review/)
    // and the status box under the title, which is what a reader of page 1 sees first
    expect(withUnreviewed(findingIds).coverStatus).toMatch(/^Final: signed off .+, no finding reviewed$/)
    expect(withUnreviewed(findingIds.slice(1)).coverStatus).toMatch(
      new RegExp(`; ${findingIds.length - 1} of ${findingIds.length} findings not reviewed$`)
    )
    expect(buildReportModel(input).coverStatus).toMatch(/^Final: signed off \d+ \w+ \d{4}, \d\d:\d\d UTC$/)
  })
})
