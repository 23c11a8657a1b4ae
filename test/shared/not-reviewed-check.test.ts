import { expect, test } from 'vitest'
import { checkAssessment } from '@shared/exchange/validate-exchange'
import { BUILTIN_BANKS } from '../fixtures/builtin-banks'
import { readExampleEngagement } from '../helpers/example-report'
import { CHECKED_AT } from '../helpers/checked-at'

test('a sign-off listing as not reviewed a finding that has a verdict is refused (the report would contradict itself)', () => {
  const final = readExampleEngagement('managed-contact-centre.json').assessments.find((a) => a.id === 'asm-lodz-2026')!
  const withVerdict = Object.keys(final.reviews).filter((id) => final.reviews[id]?.verdict !== undefined)
  expect(withVerdict.length).toBeGreaterThan(0)
  expect(checkAssessment(final, 'a', BUILTIN_BANKS, CHECKED_AT, 'refused')).toEqual([])
  // as a hand edit would leave it (the fingerprint, a content hash anyone can recompute, aside)
  const edited = { ...final, signOff: { ...final.signOff!, notReviewed: { questionIds: withVerdict, reason: 'Ran out of time' } } }
  const problems = checkAssessment(edited, 'a', BUILTIN_BANKS, CHECKED_AT, 'refused').filter((p) =>
    p.path.startsWith('a.signOff.notReviewed')
  )
  expect(problems.map((p) => p.path)).toEqual(withVerdict.map((_, i) => `a.signOff.notReviewed.questionIds[${i}]`))
  expect(problems[0]!.reason).toMatch(/is listed as not reviewed but has the verdict "/)
})
