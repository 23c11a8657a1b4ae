import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, test } from 'vitest'
import { readExchangeFile } from '@shared/exchange/validate-exchange'
import { deviceNameIdProblem } from '@shared/exchange/device-name-id'
import { fingerprintAssessment } from '@shared/integrity/fingerprint'
import type { Assessment } from '@shared/schemas/assessment'
import { BUILTIN_BANKS } from '../fixtures/builtin-banks'
import { CHECKED_AT } from '../helpers/checked-at'
import { fakeApi } from '../helpers/fake-api'

/*
 * Attacker review: an imported assessment's record is stored as `<id>.<revision>.json`; with the id "nul" or "con"
 * Windows writes that file to a device, and the signed record is gone. Such ids are refused where a file comes in.
 */
const EXAMPLE = readFileSync(resolve(import.meta.dirname, '../../docs/examples/managed-contact-centre.json'), 'utf8')

function withId(id: string): string {
  const file = JSON.parse(EXAMPLE)
  const final: Assessment = file.assessments[1]
  expect(final.id).toBe('asm-lodz-2026')
  final.id = id
  final.signOff!.fingerprint = fingerprintAssessment(final)
  return JSON.stringify(file)
}

describe('an assessment id Windows keeps for a device', () => {
  test('is named, in any case, with or without a digit; ids that only begin so are not', () => {
    for (const id of ['nul', 'CON', 'Prn', 'aux', 'com1', 'LPT9']) expect(deviceNameIdProblem(id, 'a.id')?.path).toBe('a.id')
    for (const id of ['null', 'console', 'com10', 'nul-2026', 'asm-lodz-2026']) expect(deviceNameIdProblem(id, 'a.id')).toBeNull()
  })

  test('refuses the import, saying where and why, and the store is unchanged', async () => {
    const read = readExchangeFile(withId('nul'), BUILTIN_BANKS, CHECKED_AT)
    expect(read.ok ? [] : read.error.problems).toEqual([
      {
        path: 'assessments[1].id',
        reason:
          '"nul" is a name Windows keeps for a device, so the record could not be stored there as a file: give the assessment another id'
      }
    ])
    const { api, mem } = await fakeApi()
    const before = mem.state.snapshot()
    expect((await api.applyImport({ text: withId('con'), decisions: {} })).ok).toBe(false)
    expect(mem.state.snapshot()).toBe(before)
    expect(readExchangeFile(withId('asm-lodz-2026-b'), BUILTIN_BANKS, CHECKED_AT).ok).toBe(true)
  })
})
