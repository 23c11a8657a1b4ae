import type { QuestionBank } from '@shared/bank/bank-schema'
import { BUILTIN_BANK_SOURCE } from '@shared/bank/bank-source'
import { InputError } from './cli-types'

/**
 * Every built-in bank, each earlier release loaded (once per process): a file the CLI reads may hold
 * assessments answered under any release. An archive that cannot be loaded ends the command with its
 * message (exit 1), never a silent "bank not available".
 */
export async function builtinBanks(): Promise<readonly QuestionBank[]> {
  const loaded = await BUILTIN_BANK_SOURCE.loadAll()
  if (!loaded.ok) throw new InputError(loaded.error.message)
  return loaded.value
}
