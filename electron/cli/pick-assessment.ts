import { recordsOf, type EngagementRecord, type ExchangeFile } from '@shared/exchange/exchange-schemas'
import type { Assessment } from '@shared/schemas/assessment'
import { InputError, UsageError, type ParsedArgs } from './cli-types'

/**
 * The assessment a single-assessment command works on: the one named by --assessment, else the most
 * recently created one in the file (the later one in the file when two were created at the same instant).
 * A file that cannot serve (a bundle, no assessment) is invalid input; an --assessment id the file
 * does not hold is a usage error.
 */
export function pickAssessment(
  file: ExchangeFile,
  args: ParsedArgs,
  source = 'The file'
): { record: EngagementRecord; assessment: Assessment } {
  if (file.kind !== 'engagement') {
    throw new InputError(
      `${source} is an ${file.file.format} file; this command takes one engagement (armslength.engagement). Use "packet" for bundles.`
    )
  }
  const record = recordsOf(file)[0] as EngagementRecord
  const wanted = args.flags.get('--assessment')
  if (typeof wanted === 'string') return { record, assessment: namedAssessment(record, wanted) }
  const latest = latestCreated(record.assessments)
  if (!latest) throw new InputError(`assessments: ${source} holds no assessment`)
  return { record, assessment: latest }
}

/** The assessment with this id; a usage error listing the ids the file holds when there is none. */
export function namedAssessment(record: EngagementRecord, wanted: string): Assessment {
  const named = record.assessments.find((a) => a.id === wanted)
  if (named) return named
  const ids = record.assessments.map((a) => a.id)
  throw new UsageError(`No assessment with id "${wanted}" in the file${ids.length > 0 ? `; it holds ${ids.join(', ')}` : ''}`)
}

/** The most recently created assessment (the later one in the file on a tie). */
export function latestCreated(assessments: readonly Assessment[]): Assessment | undefined {
  // Timestamps may carry different UTC offsets, so compare instants, not strings.
  return assessments.reduce<Assessment | undefined>(
    (best, a) => (best === undefined || Date.parse(a.createdAt) >= Date.parse(best.createdAt) ? a : best),
    undefined
  )
}
