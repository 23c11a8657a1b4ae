import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, test } from 'vitest'
import { BUILTIN_BANKS } from '../fixtures/builtin-banks'
import { readExchangeFile } from '@shared/exchange/validate-exchange'
import { REQUEST_SCHEMAS } from '@shared/ipc/request-schemas'
import { backupOf } from '../fixtures/backup-of'
import type { Problem } from '@shared/util/result'
import { memoryPersistence } from '../helpers/memory-persistence'
import { openMemoryService } from '../helpers/memory-service'
import { CHECKED_AT } from '../helpers/checked-at'

/*
 * An answer's note, N/A reason and evidence refuse the bidi embedding, override and isolate controls, which
 * the screen applies and the report does not (what is signed would read otherwise than what is printed):
 * when typed (the request; the form in question-card-direction.test.tsx) and in files from elsewhere, not
 * when the app reads its own store or automatic backups.
 */

type Json = Record<string, unknown>
const IN_REVIEW = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../docs/examples/germany-client-instructions.json'), 'utf8')
) as Json
const DIRECTION_CONTROLS = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069']
// direction marks, joiners, line breaks and tabs: what right-to-left and Indic text and pasted paragraphs need
const KEPT = 'مرکز\u200f الرياض\u200e · क्\u200dष · می\u200cخواهم\nsecond line\r\n\tindented'
const code = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase()}`
const problemsOf = (r: { ok: boolean; error?: { problems?: Problem[] } }): Problem[] => (r.ok ? [] : (r.error?.problems ?? []))

/** The answer whose field it is: SUP-01 has a note and two evidence documents, DE-03 is N/A with a reason. */
const questionOf = (path: (string | number)[]) => (path[0] === 'naReason' ? 'DE-03' : 'SUP-01')

/** The example with one answer's field set. */
function withAnswerText(path: (string | number)[], text: string): Json {
  const copy = structuredClone(IN_REVIEW)
  const answer = ((copy['assessments'] as Json[])[0]!['answers'] as Json)[questionOf(path)] as Json
  const parent = path.slice(0, -1).reduce<unknown>((v, k) => (v as Json)[k as string], answer) as Json
  parent[path.at(-1) as string] = text
  return copy
}
const FIELDS: (string | number)[][] = [['note'], ['naReason'], ['evidence', 0, 'title'], ['evidence', 1, 'location']]
const pathOf = (field: (string | number)[]) =>
  `assessments[0].answers.${questionOf(field)}.${field
    .map((k) => (typeof k === 'number' ? `[${k}]` : k))
    .join('.')
    .replace(/\.\[/g, '[')}`

describe("an answer's free text and the direction controls", () => {
  test('the saveAnswer request refuses each control in the note, the N/A reason and evidence, at the field, naming it', () => {
    for (const ch of DIRECTION_CONTROLS) {
      const r = REQUEST_SCHEMAS.saveAnswer.safeParse({
        assessmentId: 'a-1',
        questionId: 'SUP-01',
        answer: { na: true, naReason: `n/a ${ch}`, note: `paid ${ch}1000`, evidence: [{ title: `t${ch}`, location: `l${ch}` }] }
      })
      expect(r.success).toBe(false)
      const issues = r.error!.issues.map((i) => [i.path.join('.'), i.message.includes(`(${code(ch)})`)])
      expect(issues).toEqual([
        ['answer.naReason', true],
        ['answer.note', true],
        ['answer.evidence.0.title', true],
        ['answer.evidence.0.location', true]
      ])
    }
  })

  test('direction marks, joiners, line breaks and tabs are kept, and other pasted characters are not newly refused', () => {
    const answer = { choice: 'direct-occasional', note: `${KEPT}\u0007`, evidence: [{ title: KEPT, location: KEPT }] }
    expect(REQUEST_SCHEMAS.saveAnswer.safeParse({ assessmentId: 'a-1', questionId: 'SUP-01', answer }).success).toBe(true)
  })

  test('an engagement file or bundle holding one is refused with the field path', () => {
    for (const field of FIELDS) {
      const file = withAnswerText(field, `text \u202e reversed`)
      expect(problemsOf(readExchangeFile(JSON.stringify(file), BUILTIN_BANKS, CHECKED_AT))).toEqual([
        { path: pathOf(field), reason: expect.stringContaining('(U+202E)') }
      ])
      const { format: _f, formatVersion: _v, exportedAt, ...record } = file
      const bundle = { format: 'armslength.bundle', formatVersion: 1, exportedAt, engagements: [record] }
      expect(problemsOf(readExchangeFile(JSON.stringify(bundle), BUILTIN_BANKS, CHECKED_AT)).map((p) => p.path)).toEqual([
        `engagements[0].${pathOf(field)}`
      ])
      expect(problemsOf(readExchangeFile(JSON.stringify(withAnswerText(field, KEPT)), BUILTIN_BANKS, CHECKED_AT))).toEqual([])
    }
  })

  test('a backup file from elsewhere holding one is refused at its field; an automatic backup holding one restores and the store opens', async () => {
    const mem = memoryPersistence()
    const api = await openMemoryService(mem.persistence)
    const raw = JSON.stringify(backupOf(withAnswerText(['note'], 'old note \u2067 kept')))
    expect(problemsOf(await api.restoreBackupFile({ text: raw }))).toEqual([
      { path: 'assessments[0].answers.SUP-01.note', reason: expect.stringContaining('(U+2067)') }
    ])
    // the app's own automatic backup is its stored data: restored as it is, and the store opens again
    mem.state.backups.push({
      info: { id: 'auto-1', createdAt: '2026-11-01T00:00:00.000Z', engagementCount: 1, sizeBytes: raw.length, pinned: false },
      raw
    })
    expect((await api.restoreBackup({ id: 'auto-1' })).ok).toBe(true)
    const reopened = await openMemoryService(mem.persistence)
    const opened = await reopened.openAssessment({ assessmentId: 'asm-mueller-2026' })
    expect(opened.ok && opened.value.assessment.answers['SUP-01']?.note).toBe('old note \u2067 kept')
  })
})
