import type { QuestionBank } from '../../bank/bank-schema'
import { CORE_BANK } from '../../bank/core-bank'
import type { CarriedBank } from './packet-types'

/**
 * The banks as a packet carries them: the current core bank (the very object, not an equal one) by its
 * id and version, since every thread of one build has it without loading anything; any other as it is.
 * Earlier releases load on demand (bank-source.ts), so a drawing thread may not have one at hand: they
 * travel whole, which costs a copy only for packets holding assessments answered under them.
 */
export function carriedBanks(banks: readonly QuestionBank[]): CarriedBank[] {
  return banks.map((bank) => (bank === CORE_BANK ? { kind: 'builtin', id: bank.id, version: bank.version } : { kind: 'given', bank }))
}

/** The banks again, in their order: the built-in one is this thread's own. */
export function banksCarried(carried: readonly CarriedBank[]): QuestionBank[] {
  return carried.map((c) => {
    if (c.kind === 'given') return c.bank
    // a packet's threads all run one build, so the current core bank is the same everywhere
    if (c.id !== CORE_BANK.id || c.version !== CORE_BANK.version)
      throw new Error(`packet: built-in question bank ${c.id} ${c.version} is not this build's current bank`)
    return CORE_BANK
  })
}
