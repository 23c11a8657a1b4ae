import { DEFAULT_BANK } from '@shared/bank/bank-registry'
import { profilesFor } from '@shared/bank/profiles-for'
import type { Engagement } from '@shared/schemas/engagement'
import { scoreAssessment } from '@shared/scoring/score'
import { benchAssessment, benchEngagement } from './data'
import { emitResult, median, percentile } from './bench-util'

/**
 * Budget: score one assessment ≤ 1 ms (median). The shipped bank, every question answered (contract side
 * too), and every jurisdiction profile switched on, so all structural questions count: the largest score.
 */
const engagement: Engagement = {
  ...benchEngagement(1),
  deliveryCountries: ['US', 'PH', 'IN', 'DE', 'GB', 'MX', 'BR', 'CO'],
  clientUsStates: ['CA']
}
const assessment = benchAssessment(engagement, 4, 'draft')
const input = { bank: DEFAULT_BANK, profiles: profilesFor(DEFAULT_BANK, engagement), kind: assessment.kind, answers: assessment.answers }

const firstStart = performance.now()
const first = scoreAssessment(input)
const firstMs = performance.now() - firstStart
for (let i = 0; i < 300; i++) scoreAssessment(input)

const samples: number[] = []
for (let i = 0; i < 2000; i++) {
  const start = performance.now()
  scoreAssessment(input)
  samples.push(performance.now() - start)
}

emitResult({
  medianMs: median(samples),
  p95Ms: percentile(samples, 95),
  firstCallMs: firstMs,
  runs: samples.length,
  questions: DEFAULT_BANK.questions.length,
  answered: Object.keys(assessment.answers).length,
  profiles: input.profiles.length,
  scoredLines: first.lines.length
})
