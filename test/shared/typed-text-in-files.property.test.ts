import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { BUILTIN_BANKS } from '../fixtures/builtin-banks'
import { CORE_BANK } from '@shared/bank/core-bank'
import type { QuestionBank } from '@shared/bank/bank-schema'
import { readBankFile } from '@shared/bank/import-bank'
import { readExchangeFile } from '@shared/exchange/validate-exchange'
import { REQUEST_SCHEMAS } from '@shared/ipc/request-schemas'
import { backupOf } from '../fixtures/backup-of'
import { unprintableCharacter } from '@shared/schemas/typed-characters'
import { formatPath } from '@shared/util/problems'
import type { Problem } from '@shared/util/result'
import { memoryPersistence } from '../helpers/memory-persistence'
import { openMemoryService } from '../helpers/memory-service'
import { CHECKED_AT } from '../helpers/checked-at'

/* What a person typed in a file from elsewhere is refused as it is when typed (shared/schemas/typed-fields.ts). */

type Json = Record<string, unknown>
const example = (name: string) => JSON.parse(readFileSync(resolve(import.meta.dirname, '../../docs/examples', name), 'utf8')) as Json
// a final with a not-reviewed reason (and a scheme 2 sign-off recording the engagement facts), and one in review with comments and owners
const SIGNED = example('managed-contact-centre.json')
const IN_REVIEW = example('germany-client-instructions.json')

type Path = (string | number)[]
/** Every typed field of the two examples, and whether it takes several lines: the list the rule must cover. */
const SIGNED_FIELDS: [Path, boolean][] = [
  ...['vendorName', 'name', 'contractReference', 'owner'].map((k): [Path, boolean] => [['engagement', k], false]),
  [['engagement', 'notes'], true],
  [['engagement', 'sites', 1, 'site'], false],
  [['assessments', 0, 'title'], false],
  [['assessments', 0, 'assessorName'], false],
  [['assessments', 1, 'reviewerName'], false],
  [['assessments', 0, 'signOff', 'assessorName'], false],
  [['assessments', 1, 'signOff', 'reviewerName'], false],
  [['assessments', 0, 'signOff', 'attestation'], true],
  [['assessments', 0, 'signOff', 'notReviewed', 'reason'], true],
  [['assessments', 1, 'signOff', 'engagement', 'vendorName'], false],
  [['assessments', 1, 'signOff', 'engagement', 'notes'], true],
  [['assessments', 1, 'signOff', 'engagement', 'sites', 0, 'site'], false]
]
const reviewed = Object.keys((IN_REVIEW['assessments'] as Json[])[0]!['reviews'] as Json)[0]!
const acted = Object.keys((IN_REVIEW['assessments'] as Json[])[0]!['actions'] as Json)[0]!
const IN_REVIEW_FIELDS: [Path, boolean][] = [
  [['assessments', 0, 'reviews', reviewed, 'comment'], true],
  [['assessments', 0, 'actions', acted, 'owner'], false]
]

function get(doc: unknown, path: Path): string {
  return path.reduce<unknown>((v, k) => (v as Json)[k as string], doc) as string
}
function withText(doc: Json, path: Path, text: string): Json {
  const copy = structuredClone(doc)
  const parent = path.slice(0, -1).reduce<unknown>((v, k) => (v as Json)[k as string], copy) as Json
  parent[path[path.length - 1] as string] = text
  return copy
}
const problemsOf = (r: { ok: boolean; error?: { problems?: Problem[] } }): Problem[] => (r.ok ? [] : (r.error?.problems ?? []))

// characters refused in every typed field, and the line breaks and tab only multi-line fields take
const refused = fc.constantFrom(
  '\u0000',
  '\u0007',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u009b',
  '\u202a',
  '\u202e',
  '\u2066',
  '\u2069',
  '\ufffe'
)
const lineBreak = fc.constantFrom('\n', '\r', '\r\n', '\t')

describe('typed text in an engagement file or a bundle', () => {
  test('a refused character anywhere in any typed field refuses the file, at that field, naming the character', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          ...SIGNED_FIELDS.map(([path]) => ['signed', path] as const),
          ...IN_REVIEW_FIELDS.map(([path]) => ['in review', path] as const)
        ),
        refused,
        fc.nat(),
        fc.boolean(),
        ([which, path], bad, at, asBundle) => {
          const file = which === 'signed' ? SIGNED : IN_REVIEW
          const text = get(file, path)
          const cut = at % (text.length + 1)
          const changed = withText(file, path, `${text.slice(0, cut)}${bad}${text.slice(cut)}`)
          const { format: _f, formatVersion: _v, exportedAt, ...record } = changed
          const json = asBundle
            ? { format: 'armslength.bundle', formatVersion: 1, exportedAt, engagements: [IN_REVIEW_RECORD, record] }
            : changed
          const problems = problemsOf(readExchangeFile(JSON.stringify(json), BUILTIN_BANKS, CHECKED_AT))
          const where = formatPath(asBundle ? 'engagements[1]' : '', path)
          expect(problems).toContainEqual({ path: where, reason: expect.stringContaining(`(${unprintableCharacter(bad)})`) })
        }
      )
    )
  })

  test('line breaks and tabs refuse a one-line field and are kept in a multi-line one (as when typed)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SIGNED_FIELDS, ...IN_REVIEW_FIELDS), lineBreak, ([path, multiLine], brk) => {
        const file = IN_REVIEW_FIELDS.some(([p]) => p === path) ? IN_REVIEW : SIGNED
        const problems = problemsOf(
          readExchangeFile(JSON.stringify(withText(file, path, `${get(file, path)}${brk}more`)), BUILTIN_BANKS, CHECKED_AT)
        )
        const atField = problems.filter((p) => p.path === formatPath('', path))
        expect(atField.length > 0).toBe(!multiLine)
      })
    )
  })

  test('the file rule is the request rule: a text refused on import is refused when typed, and no other', () => {
    const assessment = (IN_REVIEW['assessments'] as Json[])[0]!
    fc.assert(
      fc.property(
        fc.string({ unit: fc.oneof(refused, lineBreak, fc.constantFrom('a', 'é', '\u200e', '\u200d', 'ب')), maxLength: 8 }),
        (s) => {
          const typed = [
            REQUEST_SCHEMAS.setReview.safeParse({ assessmentId: 'a', questionId: reviewed, verdict: null, comment: s }).success,
            REQUEST_SCHEMAS.setAction.safeParse({ assessmentId: 'a', questionId: acted, owner: s }).success
          ]
          const imported = IN_REVIEW_FIELDS.map(
            ([path]) =>
              problemsOf(readExchangeFile(JSON.stringify(withText(IN_REVIEW, path, s)), BUILTIN_BANKS, CHECKED_AT)).filter(
                (p) => p.path === formatPath('', path)
              ).length === 0
          )
          expect(imported).toEqual(typed)
          expect(assessment['status']).toBe('in-review')
        }
      ),
      { numRuns: 60 }
    )
  })

  test('every example file still loads', () => {
    for (const file of [SIGNED, IN_REVIEW])
      expect(problemsOf(readExchangeFile(JSON.stringify(file), BUILTIN_BANKS, CHECKED_AT))).toEqual([])
  })
})

const { format: _f, formatVersion: _v, exportedAt: _at, ...IN_REVIEW_RECORD } = IN_REVIEW

describe('typed text in a backup file', () => {
  test('is refused at its field and nothing is restored; the same backup without it restores', async () => {
    const mem = memoryPersistence()
    const api = await openMemoryService(mem.persistence)
    const before = mem.state.snapshot()
    for (const [path, bad] of [
      [['engagements', 0, 'vendorName'], '\u0000'],
      [['assessments', 0, 'reviews', reviewed, 'comment'], '\u202e'],
      [['assessments', 0, 'actions', acted, 'owner'], '\n']
    ] as const) {
      const doc = backupOf(IN_REVIEW)
      const r = await api.restoreBackupFile({ text: JSON.stringify(withText(doc, [...path], `${get(doc, [...path])}${bad}`)) })
      expect(problemsOf(r)).toEqual([
        { path: formatPath('', [...path]), reason: expect.stringContaining(`(${unprintableCharacter(bad)})`) }
      ])
      expect(mem.state.snapshot()).toBe(before)
    }
    const fine = await api.restoreBackupFile({ text: JSON.stringify(backupOf(IN_REVIEW)) })
    expect(fine.ok).toBe(true)
  })
})

describe('text in a custom question bank', () => {
  const custom = (change: (b: QuestionBank) => void): QuestionBank => {
    const b = { ...structuredClone(CORE_BANK), id: 'acme-bank', title: 'Acme co-employment bank', version: '2027.1' } as QuestionBank
    change(b)
    return b
  }

  test('a refused character in any of its texts refuses the import with the path; line breaks in prose are kept', () => {
    fc.assert(
      fc.property(refused, fc.nat(CORE_BANK.questions.length - 1), (bad, i) => {
        const bank = custom((b) => (b.questions[i]!.options[1]!.label += bad))
        expect(problemsOf(readBankFile(JSON.stringify(bank), BUILTIN_BANKS))).toEqual([
          { path: `questions[${i}].options[1].label`, reason: expect.stringContaining(`(${unprintableCharacter(bad)})`) }
        ])
      }),
      { numRuns: 30 }
    )
    const prose = custom((b) => (b.questions[0]!.help += '\n\tSecond paragraph.'))
    expect(problemsOf(readBankFile(JSON.stringify(prose), BUILTIN_BANKS))).toEqual([])
  })
})
