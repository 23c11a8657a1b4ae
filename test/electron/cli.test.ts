import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { beforeAll, describe, expect, test } from 'vitest'
import { BUILTIN_BANKS, DEFAULT_BANK } from '@shared/bank/bank-registry'
import { CORE_BANK } from '@shared/bank/core-bank'
import { bundleOf } from '@shared/exchange/build-exchange'
import type { EngagementFile } from '@shared/exchange/exchange-schemas'
import { scoreStoredAssessment } from '@shared/workflow/score-stored'
import { COMMANDS, runCli } from '../../electron/cli/run-cli'
import type { ScoreJson } from '../../electron/cli/score-output'
import { memoryIo } from '../fixtures/examples/cli-io'
import { EXAMPLE_SCRIPTS } from '../fixtures/examples/index'

const ROOT = resolve(import.meta.dirname, '../..')
const EXAMPLES = EXAMPLE_SCRIPTS.map((e) => e.fileName)
const examplePath = (fileName: string) => join(ROOT, 'docs/examples', fileName)
const exampleText = (fileName: string) => readFileSync(examplePath(fileName), 'utf8')
const exampleFile = (fileName: string) => JSON.parse(exampleText(fileName)) as EngagementFile

/** Runs one command line against in-memory files (and the real example files). */
async function run(argv: string[], files: Record<string, string> = {}) {
  const m = memoryIo({ files, readRealFiles: true })
  const code = await runCli(argv, m.io)
  return { code, out: m.stdout(), err: m.stderr(), written: m.written }
}

async function scoreJsonOf(fileName: string): Promise<ScoreJson> {
  const r = await run(['score', examplePath(fileName), '--json'])
  expect(r.code).toBe(0)
  return JSON.parse(r.out) as ScoreJson
}

describe('usage and exit code 2', () => {
  test('no command: usage on stderr, exit 2; help: usage on stdout, exit 0', async () => {
    const none = await run([])
    expect(none.code).toBe(2)
    expect(none.out).toBe('')
    expect(none.err).toContain('Usage: armslength <command>')
    for (const help of [['help'], ['--help'], ['-h']]) {
      const r = await run(help)
      expect(r.code).toBe(0)
      for (const name of ['questions', 'score', 'validate', 'schema']) expect(r.out).toContain(`  ${name}`)
    }
    const one = await run(['score', '--help'])
    expect(one.code).toBe(0)
    expect(one.out).toContain('Usage: armslength score <assessment.json>')
  })

  test('an unknown command exits 2 with the usage', async () => {
    const r = await run(['scroe', 'x.json'])
    expect(r.code).toBe(2)
    expect(r.err).toContain('Unknown command "scroe"')
    expect(r.err).toContain('Usage: armslength <command>')
  })

  test.each([
    [['score'], 'Expected <assessment.json>', 'score'],
    [['validate'], 'Expected <file.json>', 'validate'],
    [['score', 'a.json', 'b.json'], 'Expected <assessment.json>', 'score'],
    [['validate', 'a.json', 'b.json'], 'Expected <file.json>', 'validate'],
    [['questions', 'extra'], 'Expected no arguments', 'questions'],
    [['schema', 'extra'], 'Expected no arguments', 'schema'],
    [['score', 'a.json', '--verbose'], 'Unknown option --verbose', 'score'],
    [['score', 'a.json', '--assessment'], '--assessment needs a value', 'score'],
    [['questions', '-o', 'out.txt'], 'questions does not take the option -o', 'questions'],
    [['validate', 'a.json', '--json'], 'validate does not take the option --json', 'validate'],
    [['schema', '--assessment', 'x'], 'schema does not take the option --assessment', 'schema']
  ])('%j exits 2 with the command\'s usage', async (argv, message, command) => {
    const r = await run(argv)
    expect(r.code).toBe(2)
    expect(r.err).toContain(message)
    expect(r.err).toContain(`Usage: armslength ${command}`)
    expect(r.out).toBe('')
  })

  test('score --assessment with an id the file does not hold exits 2 and names the ids it holds', async () => {
    const r = await run(['score', examplePath('managed-contact-centre.json'), '--assessment', 'asm-nope'])
    expect(r.code).toBe(2)
    expect(r.err).toContain('No assessment with id "asm-nope"')
    expect(r.err).toContain('asm-lodz-2025, asm-lodz-2026')
  })
})

test('docs/cli.md shows the usage line of every command', () => {
  const doc = readFileSync(join(ROOT, 'docs/cli.md'), 'utf8')
  for (const command of COMMANDS) expect(doc, command.name).toContain(`npx armslength ${command.usage}\n`)
})

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

/** Every leaf path of a JSON value: arrays of objects as `name[]`, everything else as itself. */
function leafPaths(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) {
    const objects = value.filter((v) => v !== null && typeof v === 'object' && !Array.isArray(v))
    return objects.length > 0 ? objects.flatMap((v) => leafPaths(v, `${path}[]`)) : [path]
  }
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => leafPaths(v, path ? `${path}.${k}` : k))
  }
  return [path]
}

/** The field paths documented in docs/cli.md's `score --json` table. */
function documentedScoreFields(): string[] {
  const doc = readFileSync(join(ROOT, 'docs/cli.md'), 'utf8')
  const start = doc.indexOf('### `score --json` output')
  const end = doc.indexOf('\n## ', start)
  expect(start).toBeGreaterThan(0)
  return [...doc.slice(start, end).matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1] as string)
}

describe('score', () => {
  test('--json has exactly the documented fields', async () => {
    const docs = await Promise.all(EXAMPLES.map(scoreJsonOf))
    const paths = new Set(docs.flatMap((d) => leafPaths(d)))
    // an empty list in one example is not a leaf when another example fills it
    const leaves = [...paths].filter((p) => ![...paths].some((q) => q !== p && (q.startsWith(`${p}[]`) || q.startsWith(`${p}.`))))
    expect(leaves.sort()).toEqual([...documentedScoreFields()].sort())
    for (const d of docs) {
      expect(Object.keys(d)).toEqual([
        'format',
        'formatVersion',
        'engagement',
        'assessment',
        'overall',
        'sections',
        'redFlags',
        'gaps',
        'amplification',
        'coverage',
        'provisional',
        'topDrivers',
        'remediation'
      ])
    }
  })

  test.each(EXAMPLES)('--json of %s matches scoreStoredAssessment, rounded', async (fileName) => {
    const doc = await scoreJsonOf(fileName)
    const latest = exampleFile(fileName).assessments.at(-1)!
    const scored = scoreStoredAssessment(latest, BUILTIN_BANKS)
    if (!scored.ok) throw new Error(scored.error.message)
    const result = scored.value.result
    expect(doc.assessment.id).toBe(latest.id)
    expect(doc.overall.score).toBe(result.overall.rounded)
    expect(doc.overall.band).toBe(result.overall.band)
    expect(doc.overall.redFlagFloorApplied).toBe(result.overall.redFlagFloorApplied)
    expect(doc.overall.rawScore).toBeCloseTo(result.overall.rawScore, 1)
    const visible = result.sections.filter((s) => s.visibleCount > 0)
    expect(doc.sections.map((s) => [s.id, s.score, s.band, s.redFlags])).toEqual(visible.map((s) => [s.sectionId, s.rounded, s.band, s.redFlagCount]))
    expect(doc.sections.map((s) => s.title)).toEqual(visible.map((s) => CORE_BANK.sections.find((x) => x.id === s.sectionId)?.title))
    expect(doc.redFlags.map((f) => [f.questionId, f.side, f.optionId])).toEqual(result.redFlags.map((f) => [f.questionId, f.side, f.optionId]))
    expect(doc.gaps.map((g) => [g.questionId, g.contract, g.practice, g.difference])).toEqual(
      result.gaps.map((g) => [g.questionId, g.contractOptionId, g.practiceOptionId, g.difference])
    )
    expect(doc.coverage.ratio).toBeCloseTo(result.coverage.ratio, 3)
    expect(doc.coverage.visible).toBe(result.coverage.visible)
    expect(doc.coverage.covered).toBe(result.coverage.covered)
    expect(doc.provisional).toBe(result.provisional)
    expect(doc.topDrivers.map((d) => d.questionId)).toEqual(result.topDrivers.map((d) => d.questionId))
    doc.topDrivers.forEach((d, i) => expect(d.points).toBeCloseTo(result.topDrivers[i]!.points, 2))
    expect(doc.remediation.map((r) => r.questionId)).toEqual(result.remediation.map((r) => r.questionId))
    // no float noise such as 15.600000000000001 reaches a script
    for (const n of JSON.stringify(doc).match(/-?\d+\.\d+/g) ?? []) expect(n.split('.')[1]!.length).toBeLessThanOrEqual(3)
  })

  test('--assessment scores an earlier assessment of the file', async () => {
    const r = await run(['score', examplePath('managed-contact-centre.json'), '--json', '--assessment', 'asm-lodz-2025'])
    expect(r.code).toBe(0)
    const doc = JSON.parse(r.out) as ScoreJson
    expect(doc.assessment.id).toBe('asm-lodz-2025')
    expect(doc.assessment.fingerprint).toMatch(/^[0-9a-f]{64}$/)
  })

  test('without --json prints the band, coverage, red flags and gaps for people', async () => {
    const low = await run(['score', examplePath('managed-contact-centre.json')])
    expect(low.code).toBe(0)
    expect(low.out).toMatch(/^Overall: 3\.6 \/ 100 {2}Low$/m)
    expect(low.out).toContain('Łódź Services Sp. z o.o.')
    const critical = await run(['score', examplePath('permatemp-staff-augmentation.json')])
    expect(critical.out).toMatch(/^Overall: 100\.0 \/ 100 {2}Critical$/m)
    expect(critical.out).toContain('Red flags:')
    expect(critical.out).toContain('amplifiers +50% (capped')
    const ph = await run(['score', examplePath('philippines-unregistered-vendor.json')])
    expect(ph.out).toContain('raised to the High band by a red flag')
    const germany = await run(['score', examplePath('germany-client-instructions.json')])
    expect(germany.out).toContain('Contract vs practice gaps:')
    const onboarding = await run(['score', examplePath('onboarding-pre-contract.json')])
    expect(onboarding.out).toContain('(provisional: low coverage)')
  })

  test('exits 1 for a missing file, an invalid file, a bundle and a file without assessments', async () => {
    const missing = await run(['score', 'nowhere.json'])
    expect(missing.code).toBe(1)
    expect(missing.err).toContain('Cannot read nowhere.json')
    expect(missing.err).toContain('(file): No such file')

    const invalid = await run(['score', 'bad.json'], { 'bad.json': '{"format":"armslength.engagement","formatVersion":1}' })
    expect(invalid.code).toBe(1)
    expect(invalid.err).toContain('exportedAt:')
    expect(invalid.out).toBe('')

    const record = exampleFile('germany-client-instructions.json')
    const bundle = JSON.stringify(bundleOf([{ engagement: record.engagement, assessments: record.assessments }], record.exportedAt))
    const b = await run(['score', 'bundle.json'], { 'bundle.json': bundle })
    expect(b.code).toBe(1)
    expect(b.err).toContain('armslength.bundle')
    expect(b.err).toContain('packet')

    const empty = await run(['score', 'empty.json'], { 'empty.json': JSON.stringify({ ...record, assessments: [] }) })
    expect(empty.code).toBe(1)
    expect(empty.err).toContain('assessments: empty.json holds no assessment')
  })
})

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
    const problems = await problemsOf(edited('germany-client-instructions.json', (f) => void Object.assign(f.engagement, { region: 'EMEA' })))
    expect(problems).toEqual(['engagement.region: Unknown member (not part of this format)'])
  })

  test('an unknown question id, and a key that is not a question id', async () => {
    const problems = await problemsOf(
      edited('permatemp-staff-augmentation.json', (f) => {
        f.assessments[0]!.answers['ZZZ-99'] = { choice: 'vendor-only' }
      })
    )
    expect(problems).toEqual(['assessments[0].answers.ZZZ-99: Unknown question id in bank armslength-core 2026.1'])
    const badKey = await problemsOf(
      edited('permatemp-staff-augmentation.json', (f) => {
        f.assessments[0]!.answers['sup1'] = { choice: 'vendor-only' }
      })
    )
    expect(badKey).toEqual(['assessments[0].answers.sup1: Question ids look like "SUP-03"'])
  })

  test('an answer that is not among the question\'s options', async () => {
    const problems = await problemsOf(
      edited('permatemp-staff-augmentation.json', (f) => {
        f.assessments[0]!.answers['SUP-01']!.choice = 'sometimes'
      })
    )
    expect(problems).toEqual([
      'assessments[0].answers.SUP-01.choice: "sometimes" is not one of "vendor-only", "via-vendor-lead", "direct-occasional", "direct-routine"'
    ])
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
    expect(problems).toEqual(['assessments[0].profiles[2]: Unknown jurisdiction profile "atlantis" in bank armslength-core 2026.1'])
  })

  test('a final assessment edited after sign-off: only a note changed', async () => {
    const problems = await problemsOf(
      edited('managed-contact-centre.json', (f) => {
        f.assessments[1]!.answers['SUP-01']!.note = 'Edited after sign-off.'
      })
    )
    expect(problems).toEqual(['assessments[1].signOff.fingerprint: Does not match the assessment: it was changed after it was finalized'])
    // where the user last was is not part of the fingerprint: changing it is not tampering
    const moved = edited('managed-contact-centre.json', (f) => void (f.assessments[1]!.lastQuestionId = 'SUP-04'))
    expect((await run(['validate', 'moved.json'], { 'moved.json': moved })).code).toBe(0)
  })

  test('a __proto__ key is refused before anything else', async () => {
    const text = exampleText('managed-contact-centre.json').replace('"engagement": {', '"engagement": {\n    "__proto__": { "polluted": true },')
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

  test('JSON that is not an Arm\'s Length file', async () => {
    expect(await problemsOf('{"name": "some-package", "version": "1.0.0"}')).toEqual([
      'format: Expected "armslength.engagement" or "armslength.bundle"; the file has no "format" member'
    ])
    expect(await problemsOf('[1, 2, 3]')).toEqual(['format: Expected "armslength.engagement" or "armslength.bundle"; the file holds an array, not an object'])
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

type JsonSchema = {
  type?: string
  const?: unknown
  enum?: unknown[]
  required?: string[]
  properties?: Record<string, JsonSchema>
  additionalProperties?: boolean | JsonSchema
  propertyNames?: JsonSchema
  items?: JsonSchema
  oneOf?: JsonSchema[]
  pattern?: string
  minLength?: number
  maxLength?: number
  minimum?: number
  maximum?: number
  minItems?: number
  maxItems?: number
}

/** A tiny JSON Schema checker for the keywords our schema uses; returns the paths that fail. */
function schemaErrors(schema: JsonSchema, value: unknown, path = '$'): string[] {
  if (schema.oneOf) {
    const passing = schema.oneOf.filter((s) => schemaErrors(s, value, path).length === 0).length
    return passing === 1 ? [] : [`${path}: matches ${passing} of oneOf`]
  }
  const errors: string[] = []
  const kind = value === null ? 'null' : Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value
  if (schema.type && !(schema.type === kind || (schema.type === 'number' && kind === 'integer'))) return [`${path}: not ${schema.type}`]
  if ('const' in schema && value !== schema.const) errors.push(`${path}: not ${String(schema.const)}`)
  if (schema.enum && !schema.enum.includes(value)) errors.push(`${path}: not in enum`)
  if (typeof value === 'string') {
    if (schema.pattern && !new RegExp(schema.pattern).test(value)) errors.push(`${path}: pattern`)
    if (value.length < (schema.minLength ?? 0) || value.length > (schema.maxLength ?? Infinity)) errors.push(`${path}: length`)
  }
  if (typeof value === 'number' && (value < (schema.minimum ?? -Infinity) || value > (schema.maximum ?? Infinity))) errors.push(`${path}: range`)
  if (Array.isArray(value)) {
    if (value.length < (schema.minItems ?? 0) || value.length > (schema.maxItems ?? Infinity)) errors.push(`${path}: items count`)
    if (schema.items) value.forEach((v, i) => errors.push(...schemaErrors(schema.items!, v, `${path}[${i}]`)))
  }
  if (kind === 'object') {
    const obj = value as Record<string, unknown>
    for (const key of schema.required ?? []) if (!(key in obj)) errors.push(`${path}.${key}: required`)
    for (const [key, v] of Object.entries(obj)) {
      if (schema.propertyNames) errors.push(...schemaErrors(schema.propertyNames, key, `${path}.${key} (name)`))
      const own = schema.properties?.[key]
      if (own) errors.push(...schemaErrors(own, v, `${path}.${key}`))
      else if (schema.additionalProperties === false) errors.push(`${path}.${key}: not allowed`)
      else if (typeof schema.additionalProperties === 'object') errors.push(...schemaErrors(schema.additionalProperties, v, `${path}.${key}`))
    }
  }
  return errors
}

describe('schema', () => {
  let schema: JsonSchema & { $schema?: string }

  beforeAll(async () => {
    const r = await run(['schema'])
    expect(r.code).toBe(0)
    schema = JSON.parse(r.out) as typeof schema
  })

  test('is a draft 2020-12 schema with one branch per format, listing their required members', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    const [engagementFile, bundle] = schema.oneOf ?? []
    expect(engagementFile?.required).toEqual(['format', 'formatVersion', 'exportedAt', 'engagement', 'assessments'])
    expect(bundle?.required).toEqual(['format', 'formatVersion', 'exportedAt', 'engagements'])
    expect(engagementFile?.properties?.['format']?.const).toBe('armslength.engagement')
    expect(bundle?.properties?.['format']?.const).toBe('armslength.bundle')
    for (const branch of [engagementFile, bundle]) {
      expect(branch?.additionalProperties).toBe(false)
      expect(Object.keys(branch?.properties ?? {})).toEqual(expect.arrayContaining(branch?.required ?? []))
      expect(branch).not.toHaveProperty('$schema')
    }
    const engagement = engagementFile?.properties?.['engagement']
    expect(engagement?.required).toEqual(expect.arrayContaining(['id', 'vendorName', 'name', 'services', 'deliveryCountries', 'headcount']))
  })

  test('accepts every example and a bundle of them, and refuses a wrong type', () => {
    for (const fileName of EXAMPLES) expect(schemaErrors(schema, exampleFile(fileName))).toEqual([])
    const files = EXAMPLES.map(exampleFile)
    expect(schemaErrors(schema, bundleOf(files.map((f) => ({ engagement: f.engagement, assessments: f.assessments })), '2026-11-25T10:00:00.000Z'))).toEqual([])
    const broken = JSON.parse(exampleText('germany-client-instructions.json').replace('"headcount": 55', '"headcount": "many"')) as unknown
    expect(schemaErrors(schema, broken)).not.toEqual([])
    expect(schemaErrors(schema, { format: 'something-else' })).not.toEqual([])
  })
})

describe('the built command line, as a child process', () => {
  const entry = join(ROOT, 'out/cli/armslength.js')
  const bin = join(ROOT, 'bin/armslength.mjs')

  /** Newest modification time of the sources the command line is built from. */
  const newestSource = () =>
    Math.max(
      statSync(join(ROOT, 'vite.cli.config.ts')).mtimeMs,
      ...['shared', 'electron/cli'].flatMap((dir) =>
        readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
          .filter((f) => f.endsWith('.ts'))
          .map((f) => statSync(join(ROOT, dir, f)).mtimeMs)
      )
    )

  beforeAll(() => {
    // build when missing, and when older than its sources: a stale build would test yesterday's code
    if (!existsSync(entry) || statSync(entry).mtimeMs < newestSource()) {
      execFileSync('npx', ['vite', 'build', '--config', 'vite.cli.config.ts'], { cwd: ROOT, stdio: 'ignore', timeout: 60_000 })
    }
  }, 60_000)

  test('validate exits 0 on an example, and score --json prints JSON', () => {
    const example = 'docs/examples/managed-contact-centre.json'
    const validate = spawnSync(process.execPath, [bin, 'validate', example], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 })
    expect(validate.stderr).toBe('')
    expect(validate.status).toBe(0)
    expect(validate.stdout).toContain('valid engagement file')
    const score = spawnSync(process.execPath, [bin, 'score', example, '--json'], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 })
    expect(score.status).toBe(0)
    const doc = JSON.parse(score.stdout) as ScoreJson
    expect(doc.engagement.vendorName).toBe('Łódź Services Sp. z o.o.')
    expect(doc.overall.band).toBe('low')
  }, 60_000)
})
