import { QuestionBankSchema, type QuestionBank } from './bank-schema'
import { BANK_LIMITS, checkBankIntegrity } from './check-bank'
import { isObject } from '../store/migrations'
import type { Problem } from '../util/result'
import { parseUntrustedJson } from '../exchange/safe-json'
import { formatPath, problemsFromZod } from '../util/problems'
import { canonicalJson } from '../integrity/canonical-json'
import { fail, ok, type Result } from '../util/result'
import { unprintableCharacter, unprintableReason } from '../schemas/typed-characters'

/**
 * Ids of the banks Arm's Length ships. A custom bank may not take one: a report names its bank ("Arm's
 * Length core question bank, armslength-core version …"), so an imported bank under this id would be
 * printed as ours, and a future release of the same version would collide with it. A file holding one
 * of our releases word for word is still accepted (it is already present).
 */
export const RESERVED_BANK_IDS: readonly string[] = ['armslength-core']

/**
 * Whether a custom bank poses as one of ours: our id (unless it is one of our releases word for word), a
 * title naming Arm's Length (a look-alike id such as "armslength-c0re" titled "Arm's Length core question
 * bank" is listed exactly like ours), or a title holding a character a report cannot print as typed (a
 * bidi override reorders it on screen). Checked on import and on restore, which may carry custom banks.
 */
export function customBankPosing(bank: QuestionBank, identicalToShipped: boolean): Problem | null {
  if (identicalToShipped) return null
  if (RESERVED_BANK_IDS.includes(bank.id)) return { path: 'id', reason: `${bank.id} is reserved for Arm's Length's own banks` }
  if (/arm\W?s\W*length/i.test(bank.title.normalize('NFKC')))
    return { path: 'title', reason: "a title naming Arm's Length is reserved for its own banks" }
  const hidden = unprintableCharacter(bank.title)
  if (hidden) return { path: 'title', reason: `contains a control or invalid character (${hidden}) that cannot be shown as typed` }
  return null
}

/**
 * Every text of a custom bank holding a character a report cannot print as typed (typed-characters.ts): a
 * question, option or source prints on screen and in reports, and a NUL or a bidi override in it would print
 * as nothing or reorder what the reader sees. Line breaks and tabs are allowed (help and prose may hold
 * them); the title, which may not hold them, is checked by customBankPosing. None of ours holds any.
 */
export function bankTextProblems(bank: QuestionBank, prefix = ''): Problem[] {
  const problems: Problem[] = []
  const walk = (value: unknown, path: (string | number)[]): void => {
    if (typeof value === 'string') {
      const found = unprintableCharacter(value, true)
      if (found) problems.push({ path: formatPath(prefix, path), reason: unprintableReason(found) })
    } else if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]))
    else if (isObject(value)) for (const [key, item] of Object.entries(value)) walk(item, [...path, key])
  }
  // the title is customBankPosing's: it is refused there with a line break too
  for (const [key, value] of Object.entries(bank)) if (key !== 'title') walk(value, [key])
  return problems
}

/**
 * Reads a custom question bank: safe JSON, the bank schema, then the same integrity rules as the
 * built-in bank. An id and version that already exist with different content are refused: a changed
 * bank must carry a new version, because assessments stay pinned to the version they were answered under.
 */
export function readBankFile(text: string, existing: readonly QuestionBank[]): Result<{ bank: QuestionBank; alreadyPresent: boolean }> {
  const parsed = parseUntrustedJson(text)
  if (!parsed.ok) return fail('invalid-file', 'The bank file cannot be read.', parsed.problems)
  // why: validating every member of a hostile bank (12,000 questions fit in 50 MB) took seconds with the
  // app frozen before the count limits were even looked at; counting first refuses it at once
  const oversized = countLimits(parsed.value)
  if (oversized.length > 0) return fail('invalid-file', 'The bank breaks the rules every bank must keep.', oversized)
  const schema = QuestionBankSchema.safeParse(parsed.value)
  if (!schema.success) return fail('invalid-file', 'The bank file is not valid.', problemsFromZod(schema.error))
  const bank = schema.data
  const problems = checkBankIntegrity(bank)
  if (problems.length > 0) {
    return fail(
      'invalid-file',
      'The bank breaks the rules every bank must keep.',
      // a problem reads "<where>: <what>" (a question id, profiles[2]…); one about the bank as a whole has no where
      // (the where is taken off the reason, which is printed after it: "questions: questions: 5073 questions" read twice)
      problems.map((p) =>
        p.includes(': ') ? { path: p.slice(0, p.indexOf(': ')), reason: p.slice(p.indexOf(': ') + 2) } : { path: '(bank)', reason: p }
      )
    )
  }
  const same = existing.find((b) => b.id === bank.id && b.version === bank.version)
  const identical = same !== undefined && canonicalJson(same) === canonicalJson(bank)
  const unprintable = identical ? [] : bankTextProblems(bank)
  if (unprintable.length > 0) return fail('invalid-file', 'The bank holds characters a report cannot print as written.', unprintable)
  const posing = customBankPosing(bank, identical)
  if (posing)
    return fail(
      'invalid-file',
      `The bank ${posing.path === 'id' ? 'id' : 'title'} is reserved for the banks Arm's Length ships. Give your bank one of its own.`,
      [posing]
    )
  if (same && !identical) {
    return fail('conflict', `A different bank ${bank.id} ${bank.version} already exists. Give the changed bank a new version.`, [
      { path: 'version', reason: `${bank.version} is taken by different content` }
    ])
  }
  return ok({ bank, alreadyPresent: same !== undefined })
}

/**
 * The complexity limits (check-bank.ts BANK_LIMITS) counted on the raw file, before the schema: how many
 * questions, sections, factors, sources and profiles, and options per question part. Members that are
 * not lists are left to the schema to report.
 */
function countLimits(json: unknown): Problem[] {
  if (!isObject(json)) return []
  const problems: Problem[] = []
  const over = (path: string, value: unknown, max: number, what: string): void => {
    if (Array.isArray(value) && value.length > max) problems.push({ path, reason: `${value.length} ${what}; at most ${max} are allowed` })
  }
  over('questions', json['questions'], BANK_LIMITS.questions, 'questions')
  over('sections', json['sections'], BANK_LIMITS.sections, 'sections')
  over('factors', json['factors'], BANK_LIMITS.factors, 'factors')
  over('sources', json['sources'], BANK_LIMITS.sources, 'sources')
  over('profiles', json['profiles'], BANK_LIMITS.profiles, 'profiles')
  const questions = json['questions']
  if (problems.length > 0 || !Array.isArray(questions)) return problems
  questions.forEach((q: unknown, i) => {
    if (!isObject(q)) return
    over(`questions[${i}].options`, q['options'], BANK_LIMITS.optionsPerPart, 'options')
    const contract = q['contract']
    if (isObject(contract)) over(`questions[${i}].contract.options`, contract['options'], BANK_LIMITS.optionsPerPart, 'options')
  })
  return problems
}
