import { describe, expect, test } from 'vitest'
import { ARMSLENGTH_CORE_2026_1_JSON } from '@shared/bank/archive/armslength-core-2026-1'
import { ARCHIVED_CORE_BANKS, type ArchivedBank } from '@shared/bank/archive/archived-banks'
import { createBankSource } from '@shared/bank/bank-source'
import { CORE_BANK } from '@shared/bank/core-bank'
import { RELEASED_BANK_HASHES } from '@shared/bank/released-banks'
import { bankContentHash, computeBankContentHash } from '@shared/integrity/fingerprint'

const V1 = { id: 'armslength-core', version: '2026.1' }

/** The 2026.1 archive with its text replaced, counting how often it is read. */
function archive(text: () => Promise<string> = async () => ARMSLENGTH_CORE_2026_1_JSON) {
  const reads = { count: 0 }
  const entry: ArchivedBank = {
    ...V1,
    text: () => {
      reads.count++
      return text()
    }
  }
  return { entry, reads }
}

describe('the built-in bank source', () => {
  test('every archived release has a recorded release hash', () => {
    for (const a of ARCHIVED_CORE_BANKS) expect(RELEASED_BANK_HASHES[`${a.id}@${a.version}`], `${a.id}@${a.version}`).toBeDefined()
  })

  test('starts with the current bank alone, and knows an archive’s hash without reading it', () => {
    const { entry, reads } = archive()
    const source = createBankSource([entry])
    expect(source.loaded()).toEqual([CORE_BANK])
    expect(source.archivedHash(V1)).toBe(RELEASED_BANK_HASHES['armslength-core@2026.1'])
    expect(source.archivedHash({ id: 'acme-internal', version: '1' })).toBeUndefined()
    expect(source.archivedHash(CORE_BANK)).toBeUndefined()
    expect(reads.count).toBe(0)
  })

  test('loads an archive once, for concurrent callers too; refs that need nothing read nothing', async () => {
    const { entry, reads } = archive()
    const source = createBankSource([entry])
    expect((await source.load([CORE_BANK, { id: 'acme-internal', version: '1' }])).ok).toBe(true)
    expect(reads.count).toBe(0)
    const [a, b] = await Promise.all([source.load([V1]), source.load([V1, V1])])
    expect(a.ok && b.ok).toBe(true)
    expect(reads.count).toBe(1)
    const loaded = source.loaded()
    expect(loaded.map((x) => x.version)).toEqual([CORE_BANK.version, '2026.1'])
    // the released content, with its recorded hash serving every later fingerprint
    expect(computeBankContentHash(loaded[1]!)).toBe(RELEASED_BANK_HASHES['armslength-core@2026.1'])
    expect(bankContentHash(loaded[1]!)).toBe(RELEASED_BANK_HASHES['armslength-core@2026.1'])
    await source.loadAll()
    expect(reads.count).toBe(1)
  })

  test.each([
    ['cannot be read', async () => Promise.reject(new Error('chunk missing')), /chunk missing/],
    ['is not JSON', async () => ARMSLENGTH_CORE_2026_1_JSON.slice(0, 500), /not valid JSON/],
    ['is not a bank', async () => '{"format":"armslength.question-bank"}', /shape of a question bank/],
    [
      'holds another release',
      async () => ARMSLENGTH_CORE_2026_1_JSON.replace('"version":"2026.1"', '"version":"2026.9"'),
      /holds armslength-core 2026\.9/
    ],
    [
      'differs from the release',
      async () => ARMSLENGTH_CORE_2026_1_JSON.replace(`"publishedOn":"2026-11-25"`, `"publishedOn":"2026-11-26"`),
      /content differs from the release/
    ]
  ])('an archive that %s is an error naming it, not a bank; a later call tries again', async (_, text, reason) => {
    const { entry, reads } = archive(text)
    const source = createBankSource([entry])
    const first = await source.load([V1])
    expect(first.ok).toBe(false)
    expect(!first.ok && first.error.message).toMatch(/^The earlier question bank armslength-core 2026\.1\b/)
    expect(!first.ok && first.error.message).toMatch(reason)
    expect(source.loaded()).toEqual([CORE_BANK])
    expect((await source.loadAll()).ok).toBe(false)
    expect(reads.count).toBe(2)
  })

  test('an archive with no recorded release hash is refused', async () => {
    const source = createBankSource([archive().entry], {})
    const loaded = await source.load([V1])
    expect(!loaded.ok && loaded.error.message).toMatch(/no release hash is recorded/)
  })
})
