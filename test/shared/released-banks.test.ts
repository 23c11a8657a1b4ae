import { describe, expect, test } from 'vitest'
import { BUILTIN_BANKS } from '../fixtures/builtin-banks'
import { RELEASED_BANK_HASHES as RELEASED } from '@shared/bank/released-banks'
import { bankContentHash, computeBankContentHash } from '@shared/integrity/fingerprint'

// The recorded hashes live in shared/bank/released-banks.ts (the registry seeds the fingerprint cache with
// them); here each is recomputed from the content, so a released bank edited in place fails this test.
describe('released question banks are frozen', () => {
  test.each(BUILTIN_BANKS.map((bank) => [`${bank.id}@${bank.version}`, bank] as const))(
    '%s has the content it was released with',
    (key, bank) => {
      expect(RELEASED[key], `${key} is built in but has no recorded release hash`).toBeDefined()
      expect(computeBankContentHash(bank), `${key} changed after release: archive it and bump the version instead`).toBe(RELEASED[key])
      expect(bankContentHash(bank)).toBe(RELEASED[key])
    }
  )
})
