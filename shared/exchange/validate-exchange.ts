import type { QuestionBank } from '../bank/bank-schema'
import { findBank } from '../bank/bank-registry'
import { fingerprintAssessment } from '../integrity/fingerprint'
import type { Assessment } from '../schemas/assessment'
import { problemsFromZod } from '../util/problems'
import { fail, ok, type Problem, type Result } from '../util/result'
import { isObject } from '../store/migrations'
import {
  BUNDLE_FORMAT,
  BundleSchema,
  ENGAGEMENT_FILE_FORMAT,
  EngagementFileSchema,
  recordsOf,
  type EngagementRecord,
  type ExchangeFile
} from './exchange-schemas'
import { parseUntrustedJson } from './safe-json'

/**
 * Reads an engagement file or a bundle: safe JSON, then the schema, then the rules a schema cannot
 * express (answers must exist in the pinned bank, fingerprints must match). Every problem is listed
 * with its path; nothing is half-accepted.
 */
export function readExchangeFile(text: string, banks: readonly QuestionBank[]): Result<ExchangeFile> {
  const parsed = parseUntrustedJson(text)
  if (!parsed.ok) return fail('invalid-file', 'The file cannot be read.', parsed.problems)
  const json = parsed.value
  const format = isObject(json) ? json['format'] : undefined
  let file: ExchangeFile
  if (format === ENGAGEMENT_FILE_FORMAT) {
    const r = EngagementFileSchema.safeParse(json)
    if (!r.success) return fail('invalid-file', 'The engagement file is not valid.', problemsFromZod(r.error))
    file = { kind: 'engagement', file: r.data }
  } else if (format === BUNDLE_FORMAT) {
    const r = BundleSchema.safeParse(json)
    if (!r.success) return fail('invalid-file', 'The bundle is not valid.', problemsFromZod(r.error))
    file = { kind: 'bundle', file: r.data }
  } else {
    return fail('invalid-file', 'This is not an Arm\'s Length file.', [
      { path: 'format', reason: `Expected "${ENGAGEMENT_FILE_FORMAT}" or "${BUNDLE_FORMAT}"` }
    ])
  }
  const problems = file.kind === 'engagement' ? checkRecord(recordsOf(file)[0]!, '', banks) : checkBundle(file.file.engagements, banks)
  return problems.length > 0 ? fail('invalid-file', 'The file is not consistent.', problems) : ok(file)
}

function checkBundle(records: readonly EngagementRecord[], banks: readonly QuestionBank[]): Problem[] {
  const problems: Problem[] = []
  const seen = new Set<string>()
  records.forEach((record, i) => {
    if (seen.has(record.engagement.id)) problems.push({ path: `engagements[${i}].engagement.id`, reason: 'Duplicate engagement id' })
    seen.add(record.engagement.id)
    problems.push(...checkRecord(record, `engagements[${i}].`, banks))
  })
  return problems
}

function checkRecord(record: EngagementRecord, prefix: string, banks: readonly QuestionBank[]): Problem[] {
  const problems: Problem[] = []
  const ids = new Set<string>()
  record.assessments.forEach((a, i) => {
    const at = `${prefix}assessments[${i}]`
    if (ids.has(a.id)) problems.push({ path: `${at}.id`, reason: 'Duplicate assessment id' })
    ids.add(a.id)
    if (a.engagementId !== record.engagement.id) {
      problems.push({ path: `${at}.engagementId`, reason: `Does not match the engagement id "${record.engagement.id}"` })
    }
    const bank = findBank(banks, a.bank)
    if (!bank) problems.push({ path: `${at}.bank`, reason: `Unknown question bank ${a.bank.id} version ${a.bank.version}` })
    else problems.push(...checkAnswers(a, bank, at))
    problems.push(...checkSignOff(a, at))
  })
  return problems
}

function checkAnswers(a: Assessment, bank: QuestionBank, at: string): Problem[] {
  const problems: Problem[] = []
  const byId = new Map(bank.questions.map((q) => [q.id, q]))
  for (const [qid, answer] of Object.entries(a.answers)) {
    const q = byId.get(qid)
    if (!q) {
      problems.push({ path: `${at}.answers.${qid}`, reason: `Unknown question id in bank ${bank.id} ${bank.version}` })
      continue
    }
    if (answer.choice !== undefined && !q.options.some((o) => o.id === answer.choice)) {
      problems.push({ path: `${at}.answers.${qid}.choice`, reason: `"${answer.choice}" is not one of ${q.options.map((o) => `"${o.id}"`).join(', ')}` })
    }
    if (answer.contractChoice !== undefined) {
      if (!q.contract) problems.push({ path: `${at}.answers.${qid}.contractChoice`, reason: 'This question has no contract answer' })
      else if (!q.contract.options.some((o) => o.id === answer.contractChoice)) {
        problems.push({
          path: `${at}.answers.${qid}.contractChoice`,
          reason: `"${answer.contractChoice}" is not one of ${q.contract.options.map((o) => `"${o.id}"`).join(', ')}`
        })
      }
    }
    if (answer.na && !q.naAllowed) problems.push({ path: `${at}.answers.${qid}.na`, reason: 'N/A is not allowed for this question' })
  }
  for (const key of ['reviews', 'actions'] as const) {
    for (const qid of Object.keys(a[key])) {
      if (!byId.has(qid)) problems.push({ path: `${at}.${key}.${qid}`, reason: 'Unknown question id' })
    }
  }
  return problems
}

function checkSignOff(a: Assessment, at: string): Problem[] {
  if (a.status === 'final' && !a.signOff) return [{ path: `${at}.signOff`, reason: 'A final assessment must carry its sign-off' }]
  if (a.status !== 'final' && a.signOff) return [{ path: `${at}.signOff`, reason: 'Only a final assessment carries a sign-off' }]
  if (a.signOff && fingerprintAssessment(a) !== a.signOff.fingerprint) {
    return [{ path: `${at}.signOff.fingerprint`, reason: 'Does not match the assessment: it was changed after it was finalized' }]
  }
  return []
}
