import { QuestionBankSchema, type QuestionBank } from './bank-schema'
import { checkBankIntegrity } from './check-bank'
import { parseUntrustedJson } from '../exchange/safe-json'
import { problemsFromZod } from '../util/problems'
import { canonicalJson } from '../integrity/canonical-json'
import { fail, ok, type Result } from '../util/result'

/**
 * Reads a custom question bank: safe JSON, the bank schema, then the same integrity rules as the
 * built-in bank. An id and version that already exist with different content are refused: a changed
 * bank must carry a new version, because assessments stay pinned to the version they were answered under.
 */
export function readBankFile(text: string, existing: readonly QuestionBank[]): Result<{ bank: QuestionBank; alreadyPresent: boolean }> {
  const parsed = parseUntrustedJson(text)
  if (!parsed.ok) return fail('invalid-file', 'The bank file cannot be read.', parsed.problems)
  const schema = QuestionBankSchema.safeParse(parsed.value)
  if (!schema.success) return fail('invalid-file', 'The bank file is not valid.', problemsFromZod(schema.error))
  const bank = schema.data
  const problems = checkBankIntegrity(bank)
  if (problems.length > 0) {
    return fail('invalid-file', 'The bank breaks the rules every bank must keep.', problems.map((p) => ({ path: p.split(':')[0] ?? '(bank)', reason: p })))
  }
  const same = existing.find((b) => b.id === bank.id && b.version === bank.version)
  if (same && canonicalJson(same) !== canonicalJson(bank)) {
    return fail('conflict', `A different bank ${bank.id} ${bank.version} already exists. Give the changed bank a new version.`, [
      { path: 'version', reason: `${bank.version} is taken by different content` }
    ])
  }
  return ok({ bank, alreadyPresent: same !== undefined })
}
