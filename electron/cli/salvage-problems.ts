import type { QuestionBank } from '@shared/bank/bank-schema'
import { BUNDLE_FORMAT, ENGAGEMENT_FILE_FORMAT } from '@shared/exchange/exchange-schemas'
import { parseUntrustedJson } from '@shared/exchange/safe-json'
import { checkAssessment } from '@shared/exchange/validate-exchange'
import { AssessmentSchema } from '@shared/schemas/assessment'
import type { Problem } from '@shared/util/result'

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * The bank and sign-off problems of a file that failed the schema: reading stops at the first failing
 * stage, so a wrong answer choice would only show once every format problem was fixed. Here each
 * assessment that is well formed on its own is checked against its bank anyway (an assessment that is
 * itself malformed has its format problems listed already). Nothing for a file that is not JSON.
 */
export function bankProblemsDespiteSchema(text: string, banks: readonly QuestionBank[], now: string): Problem[] {
  const parsed = parseUntrustedJson(text)
  if (!parsed.ok || !isObject(parsed.value)) return []
  const json = parsed.value
  const records: { record: unknown; prefix: string }[] =
    json['format'] === ENGAGEMENT_FILE_FORMAT
      ? [{ record: json, prefix: '' }]
      : json['format'] === BUNDLE_FORMAT && Array.isArray(json['engagements'])
        ? json['engagements'].map((record: unknown, i) => ({ record, prefix: `engagements[${i}].` }))
        : []
  return records.flatMap(({ record, prefix }) => {
    const assessments = isObject(record) && Array.isArray(record['assessments']) ? record['assessments'] : []
    return assessments.flatMap((raw: unknown, i) => {
      const assessment = AssessmentSchema.safeParse(raw)
      return assessment.success ? checkAssessment(assessment.data, `${prefix}assessments[${i}]`, banks, now, 'refused') : []
    })
  })
}

/** Both lists, each problem once (a file that passed the schema has its bank problems in the first list already). */
export function mergeProblems(first: readonly Problem[], second: readonly Problem[]): Problem[] {
  const seen = new Set(first.map((p) => `${p.path}\n${p.reason}`))
  return [...first, ...second.filter((p) => !seen.has(`${p.path}\n${p.reason}`))]
}
