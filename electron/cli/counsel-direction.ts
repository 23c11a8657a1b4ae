import type { EngagementRecord } from '@shared/exchange/exchange-schemas'
import { parseCounselDirection, withCounselDirection } from '@shared/report/marking'
import type { Assessment } from '@shared/schemas/assessment'
import { InputError, UsageError, type ParsedArgs } from './cli-types'

/**
 * The engagement's assessments with `--counsel-direction "Name,YYYY-MM-DD"` applied to the one
 * reported (report and verify take it alike, so a draft report made with it verifies with it). A
 * final assessment accepts only the direction it recorded when it was signed.
 */
export function applyCounselDirection(args: ParsedArgs, record: EngagementRecord, assessment: Assessment): Assessment[] {
  const flag = args.flags.get('--counsel-direction')
  if (flag === undefined) return record.assessments
  if (typeof flag !== 'string') throw new UsageError('--counsel-direction needs a value')
  const direction = parseCounselDirection(flag)
  if (!direction.ok) throw new UsageError(direction.error.message)
  const directed = withCounselDirection(assessment, direction.value)
  if (!directed.ok) throw new InputError(directed.error.message)
  return record.assessments.map((a) => (a.id === assessment.id ? directed.value : a))
}

/**
 * The assessment as a report made with `--counsel-direction` would show it, for finding which assessment a
 * PDF is of: the direction applied where it can be, the assessment as it is where it cannot (a final that
 * recorded another one); never an error, since this only looks for the fingerprint the PDF names.
 */
export function asDirected(args: ParsedArgs, assessment: Assessment): Assessment {
  const flag = args.flags.get('--counsel-direction')
  if (typeof flag !== 'string') return assessment
  const direction = parseCounselDirection(flag)
  if (!direction.ok) return assessment
  const directed = withCounselDirection(assessment, direction.value)
  return directed.ok ? directed.value : assessment
}
