import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Assessment } from '@shared/schemas/assessment'
import type { Engagement } from '@shared/schemas/engagement'
import { readExchangeFile } from '@shared/exchange/validate-exchange'
import { reportInputFor } from '@shared/report/report-input'
import type { ReportInput } from '@shared/report/report-types'
import { BUILTIN_BANKS } from '../fixtures/builtin-banks'
import { CHECKED_AT } from './checked-at'

const EXAMPLES_DIR = resolve(import.meta.dirname, '../../docs/examples')

/** One engagement file of docs/examples, read and checked as the app reads it. */
export function readExampleEngagement(fileName: string): { engagement: Engagement; assessments: Assessment[] } {
  const read = readExchangeFile(readFileSync(resolve(EXAMPLES_DIR, fileName), 'utf8'), BUILTIN_BANKS, CHECKED_AT)
  if (!read.ok || read.value.kind !== 'engagement') throw new Error(`cannot read ${fileName}`)
  return { engagement: read.value.file.engagement, assessments: [...read.value.file.assessments] }
}

/**
 * The report input for an example's assessment (its latest by default), after `change` has edited the
 * engagement or that assessment: the report tests' one way to report on an example.
 */
export function exampleReportInput(
  fileName: string,
  change: { assessmentId?: string; assessment?: (a: Assessment) => Assessment; engagement?: (e: Engagement) => Engagement } = {}
): ReportInput {
  const { engagement, assessments } = readExampleEngagement(fileName)
  const id = change.assessmentId ?? assessments.at(-1)?.id
  if (!id) throw new Error(`${fileName} holds no assessment`)
  const edit = change.assessment ?? ((a: Assessment) => a)
  const input = reportInputFor({
    engagement: change.engagement ? change.engagement(engagement) : engagement,
    assessments: assessments.map((a) => (a.id === id ? edit(a) : a)),
    assessmentId: id,
    banks: BUILTIN_BANKS,
    generatedAt: '2026-12-06T00:00:00.000Z'
  })
  if (!input.ok) throw new Error(input.error.message)
  return input.value
}

/** DE-03 as the German example answered it under bank 2026.3, where it allowed N/A. */
export const DE_03_NA_2026_3 = { na: true, naReason: 'No worker is leased: the arrangement is a service contract.' } as const

/**
 * The German example's assessment as it stood under bank 2026.3: the same answers, DE-03 "not applicable".
 * 2026.4 no longer offers that N/A, but assessments pinned to 2026.3 keep it, and the contradicted-N/A rule
 * (shared/scoring/contradicted-na.ts) still names it there.
 */
export function germanyAsIn2026_3(a: Assessment): Assessment {
  return { ...a, bank: { id: 'armslength-core', version: '2026.3' }, answers: { ...a.answers, 'DE-03': { ...DE_03_NA_2026_3 } } }
}
