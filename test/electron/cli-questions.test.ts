import { describe, expect, test } from 'vitest'
import { DEFAULT_BANK } from '@shared/bank/bank-registry'
import { CORE_BANK } from '@shared/bank/core-bank'
import { run } from './cli-run'

describe('questions', () => {
  test('lists every question id of the bank, under its section', async () => {
    const r = await run(['questions'])
    expect(r.code).toBe(0)
    expect(r.out).toContain(`${CORE_BANK.id} ${CORE_BANK.version} (${CORE_BANK.questions.length} questions)`)
    const listed = [...r.out.matchAll(/^ {2}([A-Z]{2,5}-\d{2,3}) {2}/gm)].map((m) => m[1])
    expect(listed).toHaveLength(CORE_BANK.questions.length)
    expect(new Set(listed)).toEqual(new Set(CORE_BANK.questions.map((q) => q.id)))
    for (const section of CORE_BANK.sections) expect(r.out).toContain(`\n${section.title}\n`)
    expect(r.out).toContain('client-reviews (4, red flag)')
    expect(r.out).toContain('client-site-co-located (amplify +0.2)')
  })

  test('--json prints the bank itself', async () => {
    const r = await run(['questions', '--json'])
    expect(r.code).toBe(0)
    expect(JSON.parse(r.out)).toEqual(DEFAULT_BANK)
  })
})
