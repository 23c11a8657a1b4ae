import type { QuestionBank } from './bank-schema'
import { ARCHIVED_CORE_BANKS } from './archive/archived-banks'
import { CORE_BANK } from './core-bank'
import { RELEASED_BANK_HASHES } from './released-banks'
import { rememberBankContentHash } from '../integrity/fingerprint'

/**
 * Banks the app ships with: the current core bank first, then its earlier releases, which assessments
 * answered under them stay pinned to. Custom banks imported by the user are kept in the store.
 */
export const BUILTIN_BANKS: readonly QuestionBank[] = [CORE_BANK, ...ARCHIVED_CORE_BANKS]

for (const bank of BUILTIN_BANKS) {
  const released = RELEASED_BANK_HASHES[`${bank.id}@${bank.version}`]
  if (released) rememberBankContentHash(bank, released)
}

export const DEFAULT_BANK = CORE_BANK

export type BankRef = { id: string; version: string }

export function bankKey(ref: BankRef): string {
  return `${ref.id}@${ref.version}`
}

export function findBank(banks: readonly QuestionBank[], ref: BankRef): QuestionBank | undefined {
  return banks.find((b) => b.id === ref.id && b.version === ref.version)
}
