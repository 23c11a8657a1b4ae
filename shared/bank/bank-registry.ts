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

/** "2026.8" → [2026, 8], for ordering the releases of one bank (versions look like "2026.1", bank-schema.ts). */
function versionParts(version: string): [number, number] {
  const [year, release] = version.split('.')
  return [Number(year), Number(release)]
}

/**
 * A later release of the same bank among `banks`, if any. A new assessment is started only on a bank's current
 * release: an earlier one stays to read, score and verify what was answered under it, but starting on it would pass
 * over every correction since (attacker review: 2026.7 chosen in the start dialog skipped 2026.8's carried-answer rule).
 */
export function laterRelease(banks: readonly QuestionBank[], ref: BankRef): QuestionBank | undefined {
  const [year, release] = versionParts(ref.version)
  return banks
    .filter((b) => b.id === ref.id)
    .find((b) => {
      const [y, r] = versionParts(b.version)
      return y > year || (y === year && r > release)
    })
}

/** The banks a new assessment may be started on: the current release of each. */
export function currentReleases(banks: readonly QuestionBank[]): QuestionBank[] {
  return banks.filter((b) => laterRelease(banks, b) === undefined)
}
