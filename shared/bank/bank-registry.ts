import type { QuestionBank } from './bank-schema'
import { CORE_BANK } from './core-bank'

/** Banks the app ships with. Custom banks imported by the user are kept in the store. */
export const BUILTIN_BANKS: readonly QuestionBank[] = [CORE_BANK]

export const DEFAULT_BANK = CORE_BANK

export type BankRef = { id: string; version: string }

export function bankKey(ref: BankRef): string {
  return `${ref.id}@${ref.version}`
}

export function findBank(banks: readonly QuestionBank[], ref: BankRef): QuestionBank | undefined {
  return banks.find((b) => b.id === ref.id && b.version === ref.version)
}
