import { describe, expect, test } from 'vitest'
import { BUILTIN_BANKS } from '@shared/bank/bank-registry'
import { bankContentHash } from '@shared/integrity/fingerprint'

/**
 * A final assessment's fingerprint covers the content of the bank it was answered under (scheme 2), so a
 * released built-in bank must never change, not even a comma: every final signed under it would stop
 * verifying. To change the bank, archive the released one first (`node scripts/archive-core-bank.mjs`),
 * give the new one a new version, and add its hash here when it is released.
 */
const RELEASED: Readonly<Record<string, string>> = {
  'armslength-core@2026.1': 'a8513aedf2f4a5965e9633975f24f8617e2faeed969967f7100226ad543ae94f',
  'armslength-core@2026.2': 'bec54ac08fc91df649535b1ba86909002f6eb541af0ee14fcdcc24947b12ddf2'
}

describe('released question banks are frozen', () => {
  test.each(BUILTIN_BANKS.map((bank) => [`${bank.id}@${bank.version}`, bank] as const))('%s has the content it was released with', (key, bank) => {
    expect(RELEASED[key], `${key} is built in but has no recorded release hash`).toBeDefined()
    expect(bankContentHash(bank), `${key} changed after release: archive it and bump the version instead`).toBe(RELEASED[key])
  })
})
