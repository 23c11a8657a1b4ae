import { describe, expect, test } from 'vitest'
import { readFileSync } from 'node:fs'
import { dueStatus } from '@shared/workflow/due'
import { replacedFinalIds, revisionLinkProblem, standingFinals, type CycleInput } from '@shared/workflow/revision-cycles'
import { readExchangeFile } from '@shared/exchange/validate-exchange'
import { BUILTIN_BANKS } from '../fixtures/builtin-banks'
import { engagementFields } from '../helpers/engagement-fields'
import type { Engagement } from '@shared/schemas/engagement'
import type { Assessment } from '@shared/schemas/assessment'
import { comparedFinalsOf, finalsSignedBefore } from '@shared/integrity/earlier-finals'
import { asSignedUnderSchemeThree } from '../fixtures/scheme-three'

/*
 * Attacker review: revisionOfId is outside every fingerprint, and the cycle code (due dates, heat map, packet) trusted
 * it. A link the app could not have made must be refused where a file is read and never believed where cycles count.
 */
const final = (id: string, signedAt: string, over: Partial<CycleInput> = {}): CycleInput => ({
  id,
  engagementId: 'e1',
  status: 'final',
  createdAt: signedAt.replace('T10', 'T08'),
  signOff: { finalizedAt: signedAt },
  ...over
})
const y2025 = final('a2025', '2025-10-06T10:00:00.000Z')
const y2026 = final('a2026', '2026-10-05T10:00:00.000Z')

describe('a revision link is believed only as the app makes it', () => {
  test('a genuine revision (of an earlier signed final of the engagement) is believed', () => {
    const rev = final('rev', '2026-11-02T10:00:00.000Z', { revisionOfId: 'a2026', createdAt: '2026-11-01T09:00:00.000Z' })
    expect(revisionLinkProblem(rev, [y2025, y2026, rev])).toBeNull()
    expect([...replacedFinalIds([y2025, y2026, rev])]).toEqual(['a2026'])
  })

  test.each([
    ['itself', final('a2025', '2025-10-06T10:00:00.000Z', { revisionOfId: 'a2025' }), /itself/],
    ['a later final', final('a2025', '2025-10-06T10:00:00.000Z', { revisionOfId: 'a2026' }), /after this revision was started/],
    ['an id the data lacks', final('a2026', '2026-10-05T10:00:00.000Z', { revisionOfId: 'nope' }), /not among/],
    ['a draft', final('a2026', '2026-10-05T10:00:00.000Z', { revisionOfId: 'draft' }), /not a signed-off final/],
    ['another engagement’s final', final('a2026', '2026-10-05T10:00:00.000Z', { revisionOfId: 'other' }), /another engagement/]
  ])('a link to %s is refused and replaces nothing', (_what, forged, reason) => {
    const draft: CycleInput = { id: 'draft', engagementId: 'e1', status: 'draft', createdAt: '2025-01-01T00:00:00.000Z' }
    const other = final('other', '2024-01-01T10:00:00.000Z', { engagementId: 'e2' })
    const all = [y2025, y2026, draft, other].filter((a) => a.id !== forged.id).concat(forged)
    expect(revisionLinkProblem(forged, all)).toMatch(reason)
    expect(replacedFinalIds(all).size).toBe(0)
    // both finals stand for their own cycles, and the latest cycle decides the due date
    expect(standingFinals(all.filter((a) => a.engagementId === 'e1')).map((s) => s.final.id)).toEqual(['a2025', 'a2026'])
  })

  test('a loop (each final "revising" the other): only the link the app could have made is believed, so no final vanishes', () => {
    const a = final('a2025', '2025-10-06T10:00:00.000Z', { revisionOfId: 'a2026' })
    const b = final('a2026', '2026-10-05T10:00:00.000Z', { revisionOfId: 'a2025' })
    // b's link is one the app could make (a signed before b was started); a's is not, so only b corrects a
    expect([...replacedFinalIds([a, b])]).toEqual(['a2025'])
    const engagement: Engagement = {
      ...engagementFields(),
      id: 'e1',
      status: 'active',
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z'
    }
    // one cycle, b standing for it: still signed, still shown (the loop had hidden both)
    expect(standingFinals([a, b]).map((f) => f.final.id)).toEqual(['a2026'])
    expect(dueStatus(engagement, [a, b] as never[], '2026-11-01').dueDate).toBe('2026-10-06')
  })
})

describe('a file whose revision link the app could not have made is refused, naming it', () => {
  const example = JSON.parse(readFileSync(new URL('../../docs/examples/managed-contact-centre.json', import.meta.url), 'utf8'))
  // the example's finals are signed under scheme 4, which records that neither revises a final (DECISIONS 236); as
  // scheme 3 finals (still read) the link is outside the fingerprint and refused for what it claims
  const underSchemeThree = (index: number) => {
    const edited = structuredClone(example)
    edited.assessments[index] = asSignedUnderSchemeThree(edited.assessments[index])
    return edited
  }
  test('the 2025 final "revising" the 2026 one', () => {
    const edited = underSchemeThree(0)
    edited.assessments[0].revisionOfId = edited.assessments[1].id
    const r = readExchangeFile(JSON.stringify(edited), BUILTIN_BANKS, '2026-12-07T00:00:00.000Z')
    expect(r.ok).toBe(false)
    if (!r.ok) expect(JSON.stringify(r.error)).toMatch(/assessments\[0\]\.revisionOfId.*after this revision was started/)
    const four = structuredClone(example)
    four.assessments[0].revisionOfId = four.assessments[1].id
    const refused = readExchangeFile(JSON.stringify(four), BUILTIN_BANKS, '2026-12-07T00:00:00.000Z')
    expect(!refused.ok && JSON.stringify(refused.error)).toMatch(
      /assessments\[0\]\.revisionOfId.*its sign-off records that it revises no final/
    )
  })

  test('a link to an assessment outside the file (one of ours, on "Replace ours") is refused', () => {
    const edited = underSchemeThree(1)
    edited.assessments[1].revisionOfId = 'asm-only-in-our-store'
    const r = readExchangeFile(JSON.stringify(edited), BUILTIN_BANKS, '2026-12-07T00:00:00.000Z')
    expect(r.ok).toBe(false)
    if (!r.ok) expect(JSON.stringify(r.error)).toMatch(/assessments\[1\]\.revisionOfId.*not among/)
  })
})

describe('a report compares with one final per cycle', () => {
  const full = (c: CycleInput) => c as unknown as Assessment
  const rev = final('rev', '2026-11-02T10:00:00.000Z', { revisionOfId: 'a2026', createdAt: '2026-11-01T09:00:00.000Z' })
  const next = final('a2027', '2027-10-04T10:00:00.000Z')

  test('a revision compares with the cycle before, not with the final it corrects', () => {
    expect(finalsSignedBefore(full(rev), rev.signOff!.finalizedAt, [y2025, y2026, rev].map(full)).map((a) => a.id)).toEqual(['a2025'])
  })

  test('a later final compares with the revision in place of the final it replaced (its sign-off records that)', () => {
    const all = [y2025, y2026, rev, next].map(full)
    expect(finalsSignedBefore(full(next), next.signOff!.finalizedAt, all).map((a) => a.id)).toEqual(['a2025', 'rev'])
    expect(comparedFinalsOf(full(next), next.signOff!.finalizedAt, all).map((c) => c.id)).toEqual(['a2025', 'rev'])
  })
})
