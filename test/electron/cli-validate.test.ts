import { describe, expect, test } from 'vitest'
import { CORE_BANK } from '@shared/bank/core-bank'
import { bundleOf } from '@shared/exchange/build-exchange'
import { fingerprintAssessment } from '@shared/integrity/fingerprint'
import type { EngagementFile } from '@shared/exchange/exchange-schemas'
import { EXAMPLES, exampleFile, examplePath, exampleText, run } from './cli-run'
import { memoryIo } from '../fixtures/examples/cli-io'
import { runCli } from '../../electron/cli/run-cli'

/** A copy of an example with one change, as JSON text. */
function edited(fileName: string, change: (file: EngagementFile) => void): string {
  const file = exampleFile(fileName)
  change(file)
  return JSON.stringify(file, null, 2)
}

/** Runs validate on the text and returns its problem lines ("path: reason"). */
async function problemsOf(text: string): Promise<string[]> {
  const r = await run(['validate', 'input.json'], { 'input.json': text })
  expect(r.code).toBe(1)
  expect(r.out).toBe('')
  const [headline, ...lines] = r.err.split('\n')
  expect(headline).toMatch(/^input\.json: /)
  return lines.map((l) => l.trim())
}

describe('validate', () => {
  test.each(EXAMPLES)('%s is valid', async (fileName) => {
    const r = await run(['validate', examplePath(fileName)])
    expect(r.code).toBe(0)
    expect(r.err).toBe('')
    expect(r.out).toMatch(/: valid engagement file \(1 engagement, \d assessments?\)$/)
  })

  test('a bundle of all the examples is valid', async () => {
    const files = EXAMPLES.map(exampleFile)
    const bundle = bundleOf(
      files.map((f) => ({ engagement: f.engagement, assessments: f.assessments })),
      '2026-11-25T10:00:00.000Z'
    )
    const r = await run(['validate', 'all.json'], { 'all.json': JSON.stringify(bundle) })
    expect(r.code).toBe(0)
    expect(r.out).toBe('all.json: valid bundle file (5 engagements, 6 assessments)')
  })

  test('a sign-off dated after now (the CLI clock) is reported with its path', async () => {
    const text = edited('managed-contact-centre.json', (file) => {
      const final = file.assessments[1]!
      final.signOff!.finalizedAt = '2031-01-01T00:00:00.000Z'
      final.signOff!.fingerprint = fingerprintAssessment(final)
    })
    expect(await problemsOf(text)).toEqual([
      'assessments[1].signOff.finalizedAt: The sign-off is dated 2031-01-01T00:00:00.000Z, after the time now (2026-11-25T10:00:00.000Z): it cannot have been signed yet'
    ])
  })

  test('a clock that moves between the two passes still reports the future sign-off once', async () => {
    const text = edited('managed-contact-centre.json', (file) => {
      const final = file.assessments[1]!
      final.signOff!.finalizedAt = '2031-01-01T00:00:00.000Z'
      final.signOff!.fingerprint = fingerprintAssessment(final)
    })
    const m = memoryIo({ files: { 'input.json': text } })
    let tick = Date.parse('2026-11-25T10:00:00.000Z')
    m.io.now = () => new Date((tick += 17))
    expect(await runCli(['validate', 'input.json'], m.io)).toBe(1)
    expect(m.stderr().match(/after the time now/g)).toHaveLength(1)
  })

  test('a file that does not exist', async () => {
    const r = await run(['validate', 'missing.json'])
    expect(r.code).toBe(1)
    expect(r.err).toContain('(file): No such file')
  })

  test('truncated JSON: where the text ends', async () => {
    const text = exampleText('germany-client-instructions.json')
    const problems = await problemsOf(text.slice(0, Math.floor(text.length / 2)))
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(/^\(file\): Not valid JSON at line \d+, column \d+: the text ends too early/)
  })

  test('a file saved as UTF-16 (as Windows Notepad and PowerShell do) is named as such, not as a stray character', async () => {
    const text = exampleText('germany-client-instructions.json')
    // what a UTF-8 reader makes of the bytes: each byte-order-mark byte is invalid (U+FFFD), every other byte is zero
    for (const [label, bytes] of [
      ['UTF-16LE', Buffer.from(`\ufeff${text}`, 'utf16le')],
      ['UTF-16BE', Buffer.from(`\ufeff${text}`, 'utf16le').swap16()],
      ['UTF-16LE without a byte-order mark', Buffer.from(text, 'utf16le')]
    ] as const) {
      const problems = await problemsOf(new TextDecoder().decode(bytes))
      expect(problems, label).toEqual([
        '(file): The file is not UTF-8: it looks like UTF-16 (a zero byte beside every character); save it as UTF-8'
      ])
    }
  })

  test('a member given twice is refused with its path: readers disagree on which value counts', async () => {
    // JSON.parse keeps the last value, an editor or another tool may show the first: a signed final must
    // not read one way to a person and verify another way here
    const text = exampleText('managed-contact-centre.json')
    const twice = text.replace('"vendorName": ', '"vendorName": "Someone Else Ltd", "vendorName": ')
    expect(await problemsOf(twice)).toEqual(['engagement.vendorName: The member "vendorName" is given twice in this object'])
    const inAnswer = text.replace(/("SUP-01": \{)/, '$1 "choice": "vendor-only",')
    expect(await problemsOf(inAnswer)).toEqual([
      expect.stringMatching(/^assessments\[\d\]\.answers\.SUP-01\.choice: The member "choice" is given twice/)
    ])
    // the same name in different objects, and an escaped spelling of a name, are told apart correctly
    const escaped = text.replace('"vendorName": ', '"vendorName": "X", "vendor\\u004eame": ')
    expect(await problemsOf(escaped)).toEqual(['engagement.vendorName: The member "vendorName" is given twice in this object'])
  })

  test('an empty file, and a syntax error with its line', async () => {
    expect(await problemsOf('')).toEqual(['(file): Not valid JSON: the file is empty'])
    const [problem] = await problemsOf('{\n  "format": "armslength.engagement",\n  "formatVersion": 1,,\n}')
    expect(problem).toMatch(/^\(file\): Not valid JSON/)
  })

  test('wrong types, every one with its path', async () => {
    const problems = await problemsOf(
      edited('germany-client-instructions.json', (f) => {
        Object.assign(f.engagement, { headcount: 'many', services: ['call-centre'] })
        Object.assign(f.assessments[0]!, { kind: 'yearly' })
      })
    )
    expect(problems).toContain('engagement.headcount: Enter a whole number of people')
    expect(problems.some((p) => p.startsWith('engagement.services[0]: '))).toBe(true)
    expect(problems.some((p) => p.startsWith('assessments[0].kind: '))).toBe(true)
    expect(problems).toHaveLength(3)
  })

  test('an unknown member, named by its own path', async () => {
    const problems = await problemsOf(
      edited('germany-client-instructions.json', (f) => void Object.assign(f.engagement, { region: 'EMEA' }))
    )
    expect(problems).toEqual(['engagement.region: Unknown member (not part of this format)'])
  })

  test('an unknown question id, and a key that is not a question id', async () => {
    const problems = await problemsOf(
      edited('permatemp-staff-augmentation.json', (f) => {
        f.assessments[0]!.answers['ZZZ-99'] = { choice: 'vendor-only' }
      })
    )
    expect(problems).toEqual(['assessments[0].answers.ZZZ-99: Unknown question id in bank armslength-core 2026.8'])
    const badKey = await problemsOf(
      edited('permatemp-staff-augmentation.json', (f) => {
        f.assessments[0]!.answers['sup1'] = { choice: 'vendor-only' }
      })
    )
    expect(badKey).toEqual(['assessments[0].answers.sup1: Question ids look like "SUP-03"'])
  })

  test("an answer that is not among the question's options", async () => {
    const problems = await problemsOf(
      edited('permatemp-staff-augmentation.json', (f) => {
        f.assessments[0]!.answers['SUP-01']!.choice = 'sometimes'
      })
    )
    expect(problems).toEqual([
      'assessments[0].answers.SUP-01.choice: "sometimes" is not one of "vendor-only", "via-vendor-lead", "direct-occasional", "direct-routine"'
    ])
  })

  test('one pass: a format problem and a bank problem are listed together', async () => {
    const problems = await problemsOf(
      edited('permatemp-staff-augmentation.json', (f) => {
        Object.assign(f.engagement, { headcount: 'many' })
        f.assessments[0]!.answers['SUP-01']!.choice = 'sometimes'
      })
    )
    expect(problems).toEqual([
      'engagement.headcount: Enter a whole number of people',
      'assessments[0].answers.SUP-01.choice: "sometimes" is not one of "vendor-only", "via-vendor-lead", "direct-occasional", "direct-routine"'
    ])
  })

  test('one pass in a bundle: a malformed assessment is reported by format, a well-formed one by the bank', async () => {
    const files = ['permatemp-staff-augmentation.json', 'germany-client-instructions.json'].map(exampleFile)
    const bundle = bundleOf(
      files.map((f) => ({ engagement: f.engagement, assessments: f.assessments })),
      '2026-11-25T10:00:00.000Z'
    )
    Object.assign(bundle.engagements[0]!.assessments[0]!, { kind: 'yearly' })
    bundle.engagements[1]!.assessments[0]!.answers['ZZZ-99'] = { choice: 'vendor-only' }
    const problems = await problemsOf(JSON.stringify(bundle))
    expect(problems.some((p) => p.startsWith('engagements[0].assessments[0].kind: '))).toBe(true)
    expect(problems).toContain('engagements[1].assessments[0].answers.ZZZ-99: Unknown question id in bank armslength-core 2026.8')
  })

  test('a contract answer on a single-format question', async () => {
    const problems = await problemsOf(
      edited('permatemp-staff-augmentation.json', (f) => {
        f.assessments[0]!.answers['TLS-02']!.contractChoice = 'vendor-provides'
      })
    )
    expect(problems).toEqual(['assessments[0].answers.TLS-02.contractChoice: This question has no contract answer'])
  })

  test('a profile the bank does not define', async () => {
    const problems = await problemsOf(edited('permatemp-staff-augmentation.json', (f) => void f.assessments[0]!.profiles.push('atlantis')))
    expect(problems).toEqual(['assessments[0].profiles[2]: Unknown jurisdiction profile "atlantis" in bank armslength-core 2026.8'])
  })

  test('a final assessment edited after sign-off: only a note changed', async () => {
    const problems = await problemsOf(
      edited('managed-contact-centre.json', (f) => {
        f.assessments[1]!.answers['SUP-01']!.note = 'Edited after sign-off.'
      })
    )
    expect(problems).toHaveLength(1)
    // named as a reader knows it (title, date, signers), not only by its place in the file and two hashes
    expect(problems[0]).toMatch(
      /^assessments\[1\]\.signOff\.fingerprint: "[^"]+", signed off \d{4}-\d{2}-\d{2} by [^:]+ and [^:]+: The assessment was changed after it was signed off/
    )
    // where the user last was is not part of the fingerprint: changing it is not tampering
    const moved = edited('managed-contact-centre.json', (f) => void (f.assessments[1]!.lastQuestionId = 'SUP-04'))
    expect((await run(['validate', 'moved.json'], { 'moved.json': moved })).code).toBe(0)
  })

  test('a __proto__ key is refused before anything else', async () => {
    const text = exampleText('managed-contact-centre.json').replace(
      '"engagement": {',
      '"engagement": {\n    "__proto__": { "polluted": true },'
    )
    expect(text).toContain('__proto__')
    expect(await problemsOf(text)).toEqual(['engagement.__proto__: The key "__proto__" is not allowed'])
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })

  test('nesting deeper than 40 levels', async () => {
    const deep = `${'['.repeat(60)}${']'.repeat(60)}`
    const text = exampleText('managed-contact-centre.json').replace('"notes": "', `"notes": ${deep}, "x": "`)
    const problems = await problemsOf(text)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(/^engagement\.notes(\[0\])+: Nested more than 40 levels deep$/)
  })

  test("JSON that is not an Arm's Length file", async () => {
    expect(await problemsOf('{"name": "some-package", "version": "1.0.0"}')).toEqual([
      'format: Expected "armslength.engagement" or "armslength.bundle"; the file has no "format" member'
    ])
    expect(await problemsOf('[1, 2, 3]')).toEqual([
      'format: Expected "armslength.engagement" or "armslength.bundle"; the file holds an array, not an object'
    ])
    const bank = JSON.stringify(CORE_BANK)
    expect((await problemsOf(bank))[0]).toContain('this is a question bank')
  })

  test('a file from a newer version', async () => {
    const problems = await problemsOf(edited('germany-client-instructions.json', (f) => void Object.assign(f, { formatVersion: 2 })))
    expect(problems).toEqual(["formatVersion: Format version 2 is newer than this version reads (1); update Arm's Length"])
  })

  test('a UTF-8 byte-order mark is accepted', async () => {
    const r = await run(['validate', 'bom.json'], { 'bom.json': `\uFEFF${exampleText('onboarding-pre-contract.json')}` })
    expect(r.code).toBe(0)
  })
})
