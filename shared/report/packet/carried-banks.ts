import type { QuestionBank } from '../../bank/bank-schema'
import { BUILTIN_BANKS, findBank } from '../../bank/bank-registry'
import type { CarriedBank } from './packet-types'

/**
 * The banks as a packet carries them: a bank of this build (the very object, not an equal one) by
 * its id and version, any other as it is.
 */
export function carriedBanks(banks: readonly QuestionBank[]): CarriedBank[] {
  return banks.map((bank) =>
    BUILTIN_BANKS.includes(bank) ? { kind: 'builtin', id: bank.id, version: bank.version } : { kind: 'given', bank }
  )
}

/** The banks again, in their order: a built-in one is this thread's own. */
export function banksCarried(carried: readonly CarriedBank[]): QuestionBank[] {
  return carried.map((c) => {
    if (c.kind === 'given') return c.bank
    const bank = findBank(BUILTIN_BANKS, c)
    // a packet's threads all run one build, so a bank it ships is always there
    if (!bank) throw new Error(`packet: built-in question bank ${c.id} ${c.version} is not in this build`)
    return bank
  })
}
