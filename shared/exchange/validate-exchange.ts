import type { QuestionBank } from '../bank/bank-schema'
import { findBank } from '../bank/bank-registry'
import { revisionLinkProblem } from '../workflow/revision-cycles'
import { repeatedSignOffText, repeatedSignOffs, secondRevisionText, secondSignedRevisions } from '../integrity/record-consistency'
import { verifySignOff } from '../integrity/verify-sign-off'
import { sameSigner } from '../schemas/finalize-form'
import type { Assessment } from '../schemas/assessment'
import { z } from 'zod'
import { manyInvalidMembers, type MemberList } from '../util/many-invalid'
import { formatPath } from '../util/problems'
import { fail, ok, type Problem, type Result } from '../util/result'
import { isObject } from '../store/migrations'
import {
  BUNDLE_FORMAT,
  BundleSchema,
  ENGAGEMENT_FILE_FORMAT,
  EXCHANGE_FORMAT_VERSION,
  EngagementFileSchema,
  ImportedAssessmentSchema,
  ImportedEngagementSchema,
  recordsOf,
  type EngagementRecord,
  type ExchangeFile
} from './exchange-schemas'
import { parseUntrustedJson } from './safe-json'
import type { StoreDoc } from '../store/store-schema'
import { checkBankIntegrity } from '../bank/check-bank'
import { answerProblems } from '../bank/answer-problems'
import { bankTextProblems, customBankPosing } from '../bank/import-bank'
import { assessmentTypedFields, engagementTypedFields, typedFieldProblems } from '../schemas/typed-fields'
import { canonicalJson } from '../integrity/canonical-json'
import { signOffTimeProblems, type SignedAhead } from './sign-off-time'
import { deviceNameIdProblem } from './device-name-id'

/**
 * Reads an engagement file or a bundle: safe JSON, then the schema, then the rules a schema cannot
 * express (answers must exist in the pinned bank, fingerprints must match). Every problem is listed
 * with its path; nothing is half-accepted.
 */
export function readExchangeFile(text: string, banks: readonly QuestionBank[], now: string): Result<ExchangeFile> {
  const parsed = parseUntrustedJson(text)
  if (!parsed.ok) return fail('invalid-file', 'The file cannot be read.', parsed.problems)
  const json = parsed.value
  const format = isObject(json) ? json['format'] : undefined
  const version = isObject(json) ? json['formatVersion'] : undefined
  if ((format === ENGAGEMENT_FILE_FORMAT || format === BUNDLE_FORMAT) && typeof version === 'number' && version > EXCHANGE_FORMAT_VERSION) {
    return fail('invalid-file', "This file comes from a newer version of Arm's Length.", [
      {
        path: 'formatVersion',
        reason: `Format version ${version} is newer than this version reads (${EXCHANGE_FORMAT_VERSION}); update Arm's Length`
      }
    ])
  }
  const many = manyInvalidMembers(memberLists(json, format), zodProblems)
  if (many.length > 0)
    return fail('invalid-file', format === BUNDLE_FORMAT ? 'The bundle is not valid.' : 'The engagement file is not valid.', many)
  let file: ExchangeFile
  if (format === ENGAGEMENT_FILE_FORMAT) {
    const r = EngagementFileSchema.safeParse(json)
    if (!r.success) return fail('invalid-file', 'The engagement file is not valid.', zodProblems(r.error))
    file = { kind: 'engagement', file: r.data }
  } else if (format === BUNDLE_FORMAT) {
    const r = BundleSchema.safeParse(json)
    if (!r.success) return fail('invalid-file', 'The bundle is not valid.', zodProblems(r.error))
    file = { kind: 'bundle', file: r.data }
  } else {
    return fail('invalid-file', "This is not an Arm's Length engagement file or bundle.", [{ path: 'format', reason: notOurFormat(json) }])
  }
  const problems =
    file.kind === 'engagement' ? checkRecord(recordsOf(file)[0]!, '', banks, now) : checkBundle(file.file.engagements, banks, now)
  return problems.length > 0 ? fail('invalid-file', 'The file is not consistent.', problems) : ok(file)
}

/** What the file looks like instead, so the person knows which file they picked by mistake. */
function notOurFormat(json: unknown): string {
  const expected = `Expected "${ENGAGEMENT_FILE_FORMAT}" or "${BUNDLE_FORMAT}"`
  if (!isObject(json))
    return `${expected}; the file holds ${Array.isArray(json) ? 'an array' : json === null ? 'null' : `a ${typeof json}`}, not an object`
  const format = json['format']
  if (format === 'armslength.question-bank') return `${expected}; this is a question bank`
  if ('schemaVersion' in json && 'engagements' in json)
    return `${expected}; this looks like the app's data store or a backup of it, not an export`
  if (format === undefined) return `${expected}; the file has no "format" member`
  return `${expected}, not ${JSON.stringify(format).slice(0, 80)}`
}

/**
 * Zod problems as "path: reason", pointing at the exact member: each unknown member gets its own path,
 * and a record key that is not a question id is explained rather than reported as "Invalid key".
 */
function zodProblems(error: z.ZodError, prefix = ''): Problem[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: formatPath(prefix, [...issue.path, key]),
        reason: 'Unknown member (not part of this format)'
      }))
    }
    const reason = issue.code === 'invalid_key' ? (issue.issues[0]?.message ?? issue.message) : issue.message
    return [{ path: formatPath(prefix, issue.path), reason }]
  })
}

/** A record's engagement, its assessments left to their own list (a record of a million junk assessments is one member). */
const RecordHeadSchema = z.object({ engagement: ImportedEngagementSchema, assessments: z.array(z.unknown()) })

/** The lists of an exchange file whose members are checked one by one first (see manyInvalidMembers). */
function memberLists(json: unknown, format: unknown): MemberList[] {
  if (!isObject(json)) return []
  if (format === ENGAGEMENT_FILE_FORMAT) return [{ items: json['assessments'], schema: ImportedAssessmentSchema, path: 'assessments' }]
  if (format !== BUNDLE_FORMAT || !Array.isArray(json['engagements'])) return []
  const records: unknown[] = json['engagements']
  return [
    { items: records, schema: RecordHeadSchema, path: 'engagements' },
    ...records.map((r, i) => ({
      items: isObject(r) ? r['assessments'] : undefined,
      schema: ImportedAssessmentSchema,
      path: `engagements[${i}].assessments`
    }))
  ]
}

function checkBundle(records: readonly EngagementRecord[], banks: readonly QuestionBank[], now: string): Problem[] {
  const problems: Problem[] = []
  const seen = new Set<string>()
  records.forEach((record, i) => {
    if (seen.has(record.engagement.id)) problems.push({ path: `engagements[${i}].engagement.id`, reason: 'Duplicate engagement id' })
    seen.add(record.engagement.id)
    problems.push(...checkRecord(record, `engagements[${i}].`, banks, now))
  })
  return problems
}

function checkRecord(record: EngagementRecord, prefix: string, banks: readonly QuestionBank[], now: string): Problem[] {
  const problems: Problem[] = []
  const ids = new Set<string>()
  record.assessments.forEach((a, i) => {
    const at = `${prefix}assessments[${i}]`
    if (ids.has(a.id)) problems.push({ path: `${at}.id`, reason: 'Duplicate assessment id' })
    ids.add(a.id)
    if (a.engagementId !== record.engagement.id) {
      problems.push({ path: `${at}.engagementId`, reason: `Does not match the engagement id "${record.engagement.id}"` })
    }
    problems.push(...checkAssessment(a, at, banks, now, 'refused'))
    const link = revisionLinkProblem(a, record.assessments)
    if (link) problems.push({ path: `${at}.revisionOfId`, reason: link })
  })
  for (const r of repeatedSignOffs(record.assessments))
    problems.push({ path: `${prefix}assessments[${r.index}].signOff.fingerprint`, reason: repeatedSignOffText(r, record.assessments) })
  for (const r of secondSignedRevisions(record.assessments))
    problems.push({ path: `${prefix}assessments[${r.index}].revisionOfId`, reason: secondRevisionText(r, record.assessments) })
  return problems
}

/**
 * The rules a schema cannot express, for one assessment: its bank, profiles, answers and sign-off.
 * Exported for the command line's `validate`, which also runs it on the assessments of a file that
 * failed the schema elsewhere, so one pass lists format and bank problems together. `now` is the clock's
 * time: a sign-off dated after it is refused or accepted as `ahead` says (signOffTimeProblems).
 */
export function checkAssessment(a: Assessment, at: string, banks: readonly QuestionBank[], now: string, ahead: SignedAhead): Problem[] {
  const problems: Problem[] = []
  const deviceName = deviceNameIdProblem(a.id, `${at}.id`)
  if (deviceName) problems.push(deviceName)
  const bank = findBank(banks, a.bank)
  if (!bank) problems.push({ path: `${at}.bank`, reason: `Unknown question bank ${a.bank.id} version ${a.bank.version}` })
  else problems.push(...checkProfiles(a, bank, at), ...checkAnswers(a, bank, at))
  problems.push(...signOffTimeProblems(a, at, now, ahead), ...checkSignOff(a, at, bank ?? null), ...checkNotReviewed(a, at))
  return problems
}

/**
 * A sign-off lists as not reviewed only findings without a verdict (finalize records exactly those); a
 * file listing one that carries a verdict would make the report say no finding was reviewed beside the
 * verdicts it prints. The fingerprint is a content hash anyone can recompute, so it does not stop this.
 */
function checkNotReviewed(a: Assessment, at: string): Problem[] {
  const ids = a.signOff?.notReviewed?.questionIds ?? []
  return ids.flatMap((id, i) =>
    a.reviews[id]?.verdict !== undefined
      ? [
          {
            path: `${at}.signOff.notReviewed.questionIds[${i}]`,
            reason: `${id} is listed as not reviewed but has the verdict "${a.reviews[id]!.verdict}"`
          }
        ]
      : []
  )
}

/**
 * A whole store document about to replace the store (a restore): the same checks as an import, so a
 * backup cannot bring in what an import would refuse — a final changed after sign-off above all. Its
 * own imported banks count, and must keep the rules every bank keeps. A sign-off dated after the clock is
 * met as `ahead` says: accepted from the app's own backup list (its own clock may have put it there),
 * refused from a backup file, which comes from anywhere, as an import refuses it (sign-off-time.ts).
 */
export function checkStoreDoc(doc: StoreDoc, builtinBanks: readonly QuestionBank[], now: string, ahead: SignedAhead): Problem[] {
  const problems: Problem[] = []
  doc.customBanks.forEach((bank, i) => {
    for (const problem of checkBankIntegrity(bank)) problems.push({ path: `customBanks[${i}]`, reason: problem })
    // the import rules hold on restore too: no bank posing as ours, no id and version given twice
    const shipped = builtinBanks.find((b) => b.id === bank.id && b.version === bank.version)
    const identical = shipped !== undefined && canonicalJson(shipped) === canonicalJson(bank)
    const posing = customBankPosing(bank, identical)
    if (posing) problems.push({ path: `customBanks[${i}].${posing.path}`, reason: posing.reason })
    if (!identical) problems.push(...bankTextProblems(bank, `customBanks[${i}]`))
    const twice = doc.customBanks.findIndex((b) => b.id === bank.id && b.version === bank.version)
    if (twice !== i)
      problems.push({ path: `customBanks[${i}]`, reason: `${bank.id} ${bank.version} is given twice (first at customBanks[${twice}])` })
  })
  const banks = [...builtinBanks, ...doc.customBanks]
  doc.assessments.forEach((a, i) => {
    problems.push(...checkAssessment(a, `assessments[${i}]`, banks, now, ahead))
    const link = revisionLinkProblem(a, doc.assessments)
    if (link) problems.push({ path: `assessments[${i}].revisionOfId`, reason: link })
  })
  // each engagement holds a signed final once, and each final's signed revision once: the indexes are the document's,
  // grouped by engagement
  const byEngagement = new Map<string, number[]>()
  doc.assessments.forEach((a, i) => {
    const indexes = byEngagement.get(a.engagementId)
    if (indexes) indexes.push(i)
    else byEngagement.set(a.engagementId, [i])
  })
  for (const indexes of byEngagement.values()) {
    const own = indexes.map((i) => doc.assessments[i]!)
    for (const r of repeatedSignOffs(own))
      problems.push({ path: `assessments[${indexes[r.index]}].signOff.fingerprint`, reason: repeatedSignOffText(r, own) })
    for (const r of secondSignedRevisions(own))
      problems.push({ path: `assessments[${indexes[r.index]}].revisionOfId`, reason: secondRevisionText(r, own) })
  }
  return problems
}

/**
 * What a person typed in a backup file's records, checked as when it is typed (typed-fields.ts): a backup
 * file may come from anywhere, and a restore replaces every record. Not part of checkStoreDoc, which also
 * guards restoring the app's own automatic backups: those are its stored data, never re-checked.
 */
export function storeDocTypedProblems(doc: StoreDoc): Problem[] {
  return [
    ...doc.engagements.flatMap((e, i) => typedFieldProblems(engagementTypedFields(e), `engagements[${i}]`)),
    ...doc.assessments.flatMap((a, i) => typedFieldProblems(assessmentTypedFields(a), `assessments[${i}]`))
  ]
}

/** A profile the pinned bank does not define would be silently ignored by scoring: refuse it. */
function checkProfiles(a: Assessment, bank: QuestionBank, at: string): Problem[] {
  const known = new Set(bank.profiles.map((p) => p.id))
  const problems: Problem[] = []
  a.profiles.forEach((id, i) => {
    if (!known.has(id))
      problems.push({ path: `${at}.profiles[${i}]`, reason: `Unknown jurisdiction profile "${id}" in bank ${bank.id} ${bank.version}` })
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
    problems.push(...answerProblems(q, answer, `${at}.answers.${qid}`))
  }
  for (const key of ['reviews', 'actions'] as const) {
    for (const qid of Object.keys(a[key])) {
      if (!byId.has(qid)) problems.push({ path: `${at}.${key}.${qid}`, reason: 'Unknown question id' })
    }
  }
  return problems
}

/** The one check of a sign-off (shared/integrity/verify-sign-off.ts), as import, restore, validate and verify use it. */
function checkSignOff(a: Assessment, at: string, bank: QuestionBank | null): Problem[] {
  if (a.status === 'final' && !a.signOff) return [{ path: `${at}.signOff`, reason: 'A final assessment must carry its sign-off' }]
  if (a.status !== 'final' && a.signOff) return [{ path: `${at}.signOff`, reason: 'Only a final assessment carries a sign-off' }]
  if (!a.signOff) return []
  // finalizing refuses one person in both roles; a file must not bring in what the app would refuse (attacker review)
  if (sameSigner(a.signOff.assessorName, a.signOff.reviewerName))
    return [
      {
        path: `${at}.signOff.reviewerName`,
        reason: 'The assessor and the reviewer are the same person: a sign-off needs two different people'
      }
    ]
  const checked = verifySignOff(a, bank)
  // named by what a reader knows it by, not only by its place in the file and two hashes (vendor-manager review)
  return checked.ok ? [] : [{ path: `${at}.signOff.fingerprint`, reason: `${finalNamed(a, a.signOff)}: ${checked.error.message}` }]
}

/** A final as its report and the history name it: its title (else kind and id), when and by whom it was signed off. */
function finalNamed(a: Assessment, signOff: NonNullable<Assessment['signOff']>): string {
  // JSON-quoted and cut: a title holding quotes could otherwise forge a clause of this message (attacker review)
  const title = JSON.stringify(cut(a.title.trim() || `${a.kind} assessment ${a.id}`, 80))
  return `${title}, signed off ${signOff.finalizedAt.slice(0, 10)} by ${JSON.stringify(cut(signOff.assessorName, 60))} and ${JSON.stringify(cut(signOff.reviewerName, 60))}`
}

function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`
}
