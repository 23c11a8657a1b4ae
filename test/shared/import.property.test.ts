import { describe, expect, test } from 'vitest'
import { openMemoryService } from '../helpers/memory-service'
import fc from 'fast-check'
import { createStoreService } from '@shared/service/store-service'
import { dispatch } from '@shared/ipc/dispatch'
import { bundleOf } from '@shared/exchange/build-exchange'
import { fingerprintAssessment } from '@shared/integrity/fingerprint'
import { fixedClock, memoryFiles, memoryPersistence, sequentialIds, testReports } from '../helpers/memory-persistence'
import { recordsArb } from '../helpers/arbitraries'
import { engagementFields } from '../helpers/engagement-fields'

async function seeded() {
  const mem = memoryPersistence()
  const files = memoryFiles()
  const api = await createStoreService({
    edition: 'browser',
    persistence: mem.persistence,
    files: files.files,
    reports: testReports,
    clock: fixedClock(),
    ids: sequentialIds('n')
  })
  const engagement = await api.createEngagement({ fields: engagementFields({ vendorName: 'Existing Vendor' }) })
  // an assessment too, so "nothing changed" covers the assessment records and not only the index
  const started = await api.startAssessment({ engagementId: engagement.ok ? engagement.value.id : '', kind: 'annual' })
  if (!started.ok) throw new Error('seeding failed')
  return { api, mem, files }
}

/** Random JSON-ish mutations of a valid bundle: drop, retype or inject keys anywhere. */
function mutate(value: unknown, path: number[], kind: number): unknown {
  if (path.length === 0 || value === null || typeof value !== 'object') {
    switch (kind % 6) {
      case 0:
        return undefined
      case 1:
        return 42
      case 2:
        return 'x'.repeat(kind)
      case 3:
        return { __proto__: { polluted: true } }
      case 4:
        return [value, value]
      default:
        return null
    }
  }
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value)
  if (entries.length === 0) return value
  const [head, ...rest] = path
  const [key] = entries[(head as number) % entries.length]!
  const copy: Record<string, unknown> | unknown[] = Array.isArray(value) ? [...value] : { ...(value as Record<string, unknown>) }
  ;(copy as Record<string, unknown>)[key] = mutate((value as Record<string, unknown>)[key], rest, kind)
  return copy
}

describe('import is all or nothing', () => {
  test('export → import of random valid data reproduces it exactly (same fingerprints)', async () => {
    await fc.assert(
      fc.asyncProperty(recordsArb, async (records) => {
        const mem = memoryPersistence()
        const api = await openMemoryService(mem.persistence)
        const text = JSON.stringify(bundleOf(records, '2026-11-25T10:00:00.000Z'))
        const applied = await dispatch(api, 'applyImport', { text, decisions: {} })
        expect(applied.ok).toBe(true)
        const files = memoryFiles()
        const again = await createStoreService({
          edition: 'browser',
          persistence: mem.persistence,
          files: files.files,
          reports: testReports,
          clock: fixedClock(),
          ids: sequentialIds()
        })
        await again.exportBundle({})
        const roundTrip = JSON.parse(files.saved[0]!.data as string) as ReturnType<typeof bundleOf>
        expect(roundTrip.engagements).toEqual(records)
        for (const r of roundTrip.engagements)
          for (const a of r.assessments) if (a.signOff) expect(fingerprintAssessment(a)).toBe(a.signOff.fingerprint)
      }),
      { numRuns: 40 }
    )
  })

  test('random mutations never crash the importer, never pollute prototypes, and a rejection changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(recordsArb, fc.array(fc.nat(50), { minLength: 1, maxLength: 6 }), fc.nat(11), async (records, path, kind) => {
        const { api, mem } = await seeded()
        const before = mem.state.snapshot()
        const writes = mem.state.writes
        const bundle = mutate(bundleOf(records, '2026-11-25T10:00:00.000Z'), path, kind)
        const text = JSON.stringify(bundle) ?? 'undefined'
        const preview = await dispatch(api, 'previewImport', { text })
        const applied = await dispatch(api, 'applyImport', { text, decisions: {} })
        expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
        expect(Object.prototype).not.toHaveProperty('polluted')
        if (!applied.ok) {
          expect(preview.ok).toBe(false)
          expect(mem.state.snapshot()).toBe(before)
          expect(mem.state.writes).toBe(writes)
          expect(applied.error.problems?.length ?? 0).toBeGreaterThan(0)
        }
      }),
      { numRuns: 150 }
    )
  })

  test('random text never crashes the importer and is refused with problems', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify(v))
        ),
        async (text) => {
          const { api, mem } = await seeded()
          const before = mem.state.snapshot()
          const writes = mem.state.writes
          const r = await dispatch(api, 'applyImport', { text, decisions: {} })
          expect(r.ok).toBe(false)
          expect(mem.state.snapshot()).toBe(before)
          expect(mem.state.writes).toBe(writes)
        }
      ),
      { numRuns: 150 }
    )
  })

  test('keys like __proto__ and deep nesting are refused with their path', async () => {
    const { api } = await seeded()
    const proto = await dispatch(api, 'previewImport', { text: '{"format":"armslength.bundle","__proto__":{"x":1}}' })
    expect(proto.ok ? [] : proto.error.problems).toEqual([{ path: '__proto__', reason: 'The key "__proto__" is not allowed' }])
    const deep = await dispatch(api, 'previewImport', { text: '['.repeat(60) + ']'.repeat(60) })
    expect(deep.ok ? '' : deep.error.problems?.[0]?.reason).toMatch(/Nested more than/)
  })

  test('conflicts: skip keeps ours, replace takes theirs, keep both adds a renumbered copy with the same fingerprints', async () => {
    const { api } = await seeded()
    const list = await api.listEngagements()
    const ours = list.ok ? list.value[0]! : undefined
    const theirs = { engagement: { ...ours!, vendorName: 'Their Vendor' }, assessments: [] }
    const text = JSON.stringify(bundleOf([theirs], '2026-11-25T10:00:00.000Z'))
    const preview = await api.previewImport({ text })
    expect(preview.ok && preview.value.items[0]!.conflict?.vendorName).toBe('Existing Vendor')
    await api.applyImport({ text, decisions: { [ours!.id]: 'skip' } })
    expect((await api.listEngagements()).ok && (await api.listEngagements())).toMatchObject({ value: [{ vendorName: 'Existing Vendor' }] })
    await api.applyImport({ text, decisions: { [ours!.id]: 'keep-both' } })
    const both = await api.listEngagements()
    expect(both.ok && both.value.map((e) => e.vendorName).sort()).toEqual(['Existing Vendor', 'Their Vendor'])
    await api.applyImport({ text, decisions: { [ours!.id]: 'replace' } })
    const replaced = await api.listEngagements()
    expect(replaced.ok && replaced.value.map((e) => e.vendorName).sort()).toEqual(['Their Vendor', 'Their Vendor'])
  })
})
