import type { QuestionBank } from './bank-schema'
import { CORE_BANK } from './core-bank'
import { RELEASED_BANK_HASHES } from './released-banks'
import { rememberBankContentHash } from '../integrity/fingerprint'

// The earlier releases of the core bank are loaded on demand (bank-source.ts, which also checks their hashes).
const released = RELEASED_BANK_HASHES[`${CORE_BANK.id}@${CORE_BANK.version}`]
if (released) rememberBankContentHash(CORE_BANK, released)

export const DEFAULT_BANK = CORE_BANK

export type BankRef = { id: string; version: string }

export function bankKey(ref: BankRef): string {
  return `${ref.id}@${ref.version}`
}

export function findBank(banks: readonly QuestionBank[], ref: BankRef): QuestionBank | undefined {
  return banks.find((b) => b.id === ref.id && b.version === ref.version)
}
