import { recordsOf, type EngagementRecord, type ExchangeFile } from '@shared/exchange/exchange-schemas'
import type { Assessment } from '@shared/schemas/assessment'
import { UsageError, type ParsedArgs } from './cli-types'

/**
 * The assessment a single-assessment command works on: the one named by --assessment, else the most
 * recently created one in the file.
 */
export function pickAssessment(file: ExchangeFile, args: ParsedArgs): { record: EngagementRecord; assessment: Assessment } {
  const records = recordsOf(file)
  if (records.length !== 1) throw new UsageError('This command takes a file with one engagement; use "packet" for bundles')
  const record = records[0] as EngagementRecord
  const wanted = args.flags.get('--assessment')
  const assessment =
    typeof wanted === 'string'
      ? record.assessments.find((a) => a.id === wanted)
      : [...record.assessments].sort((a, b) => a.createdAt.localeCompare(b.createdAt)).at(-1)
  if (!assessment) {
    throw new UsageError(typeof wanted === 'string' ? `No assessment with id ${wanted} in the file` : 'The file has no assessment to score')
  }
  return { record, assessment }
}
