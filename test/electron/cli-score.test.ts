import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { BUILTIN_BANKS } from '../fixtures/builtin-banks'
import { CORE_BANK } from '@shared/bank/core-bank'
import { bundleOf } from '@shared/exchange/build-exchange'
import { scoreStoredAssessment } from '@shared/workflow/score-stored'
import type { ScoreJson } from '../../electron/cli/score-output'
import { EXAMPLES, ROOT, exampleFile, examplePath, run } from './cli-run'
import { memoryIo } from '../fixtures/examples/cli-io'
import { runCli } from '../../electron/cli/run-cli'
import { buildReportModel } from '@shared/report/report-model'
import { exampleReportInput } from '../helpers/example-report'

async function scoreJsonOf(fileName: string): Promise<ScoreJson> {
  const r = await run(['score', examplePath(fileName), '--json'])
  expect(r.code).toBe(0)
  return JSON.parse(r.out) as ScoreJson
}

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
  test('--json names, under each law, the open questions that could decide that law (PH-02 under Philippine law)', async () => {
    const d = await scoreJsonOf('philippines-unregistered-vendor.json')
    expect(d.verdicts[0]?.profile).toBe('philippines')
    expect(d.verdicts[0]?.openDecisive).toContain('PH-02')
    for (const v of d.verdicts) for (const id of v.openDecisive) expect(d.sufficiency.decisiveUnanswered).toContain(id)
  })

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
        'sufficiency',
        'verdicts',
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
    expect(doc.sections.map((s) => [s.id, s.score, s.band, s.redFlags])).toEqual(
      visible.map((s) => [s.sectionId, s.rounded, s.band, s.redFlagCount])
    )
    expect(doc.sections.map((s) => s.title)).toEqual(visible.map((s) => CORE_BANK.sections.find((x) => x.id === s.sectionId)?.title))
    expect(doc.redFlags.map((f) => [f.questionId, f.side, f.optionId])).toEqual(
      result.redFlags.map((f) => [f.questionId, f.side, f.optionId])
    )
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

  test('without --json says beside a law stated more than a year before a draft is read that it may have changed', async () => {
    const m = memoryIo({ readRealFiles: true })
    const io = { ...m.io, now: () => new Date('2026-12-01T09:00:00.000Z') }
    expect(await runCli(['score', examplePath('germany-client-instructions.json')], io)).toBe(0)
    expect(m.stdout()).toMatch(/^ {4}Law as at 30 November 2025, more than a year before 1 December 2026: check for changes since\.$/m)
    // a signed-off final's verdict stood at its sign-off, but scored over a year after the law's date it says so
    const m2 = memoryIo({ readRealFiles: true })
    expect(
      await runCli(['score', examplePath('managed-contact-centre.json')], { ...m2.io, now: () => new Date('2030-01-01T00:00:00.000Z') })
    ).toBe(0)
    expect(m2.stdout()).toContain('under a year old at its sign-off on 5 October 2026, but more than a year before 1 January 2030')
    const m3 = memoryIo({ readRealFiles: true })
    expect(
      await runCli(['score', examplePath('managed-contact-centre.json')], { ...m3.io, now: () => new Date('2026-11-30T12:00:00.000Z') })
    ).toBe(0)
    expect(m3.stdout()).not.toContain('more than a year before')
  })

  test('without --json prints the band, coverage, red flags and gaps for people', async () => {
    const low = await run(['score', examplePath('managed-contact-centre.json')])
    expect(low.code).toBe(0)
    expect(low.out).toMatch(/^Overall: 3\.3 \/ 100 {2}Low$/m)
    expect(low.out).toContain('Łódź Services Sp. z o.o.')
    const critical = await run(['score', examplePath('permatemp-staff-augmentation.json')])
    expect(critical.out).toMatch(/^Overall: 99\.9 \/ 100 {2}Critical$/m)
    expect(critical.out).toContain('Red flags:')
    expect(critical.out).toContain('amplification 50% of the distance to 100, in proportion to the control points (capped')
    const ph = await run(['score', examplePath('philippines-unregistered-vendor.json')])
    // The lapsed registration is one fact: the knock-out answer and the D.O. 174 gate count once, as the gate.
    expect(ph.out).toMatch(/^ {2}1 decisive factor lifts it from \d+\.\d \(the answers alone\)$/m)
    expect(ph.out).toContain('Philippines (law as at ')
    const germany = await run(['score', examplePath('germany-client-instructions.json')])
    expect(germany.out).toContain('Contract vs practice gaps:')
    // bank 2026.4: person-related instructions under a service contract are concealed leasing (Critical), and
    // DE-03 is answered, so nothing open could decide it; on 25 November 2026 the law (as at 30 November 2025) is not yet stale
    expect(germany.out).toMatch(/^Overall: \d+\.\d \/ 100 {2}Critical$/m)
    expect(germany.out).toMatch(/^ {2}Germany \(law as at 2025-11-30\): Deemed employment relationship with you under §§ 9, 10 AÜG/m)
    // the overall band is Critical: nothing open can raise it (DE-03 "not tracked" stays open for the score, not the band)
    expect(germany.out).not.toMatch(/^ {2}provisional:/m)
    expect(germany.out).toMatch(/^ {4}result under this law: Critical, \d+\.\d \(open under this law: DE-03\)$/m)
    expect(germany.out).not.toContain('more than a year before')
    // the same engagement as answered under 2026.3, DE-03 "not applicable": as on the Results screen and in the
    // report, an open decisive question makes the band provisional, and the N/A the German finding contradicts is named
    const record = exampleFile('germany-client-instructions.json')
    const asIn2026_3 = {
      ...record,
      assessments: record.assessments.map((a) => ({
        ...a,
        bank: { id: 'armslength-core', version: '2026.3' },
        answers: { ...a.answers, 'DE-03': { na: true, naReason: 'No worker is leased: the arrangement is a service contract.' } }
      }))
    }
    const germany2026_3 = await run(['score', 'g.json'], { 'g.json': JSON.stringify(asIn2026_3) })
    expect(germany2026_3.out).toMatch(/^ {2}provisional: it could still rise; open questions that could decide the result: DE-03$/m)
    expect(germany2026_3.out).toMatch(
      /^ {4}DE-03 is answered not applicable, but “Person-related instructions and integration” fired under the law of Germany/m
    )
    expect(germany2026_3.out).toMatch(/^ {4}result under this law: High, \d+\.\d, provisional \(open under this law: DE-03\)$/m)
    const onboarding = await run(['score', examplePath('onboarding-pre-contract.json')])
    // its Low on too little information is not named, even provisionally (counsel and vendor-manager reviews)
    expect(onboarding.out).toMatch(/^Overall: Insufficient information \(no band yet: \d+\.\d \/ 100 so far\)$/m)
    // a section on too little information never reads as a bare band (counsel review: "0.0 Low" at 38 % coverage)
    const sections = onboarding.out.slice(
      onboarding.out.indexOf('Sections:'),
      onboarding.out.indexOf('\n\n', onboarding.out.indexOf('Sections:'))
    )
    expect(sections).toContain('Insufficient information (no band yet)')
    expect(sections).not.toMatch(/\d {2}(Low|Moderate|High|Critical)$/m)
    expect(sections).not.toContain('provisional: Low')
  })

  test('a section holding a question still open that could decide the result reads provisional, with the questions (vendor-manager review)', async () => {
    const file = exampleFile('philippines-unregistered-vendor.json')
    const latest = file.assessments.at(-1)!
    latest.answers['PH-01'] = { choice: 'not-verified' } // "We assume one of these applies but have not verified it"
    const m = memoryIo({ files: { 'ph.json': JSON.stringify(file) } })
    expect(await runCli(['score', 'ph.json', '--json'], m.io)).toBe(0)
    const doc = JSON.parse(m.stdout()) as ScoreJson
    // the example's Schedules & pay or Contract & records: settled enough, with a deciding question still open
    const local = doc.sections.find((s) => s.sufficiency === 'sufficient' && s.openDecisive.length > 0 && s.band !== 'critical')
    expect(local).toBeDefined()
    expect(doc.sections.find((s) => s.openDecisive.includes('PH-01'))).toBeDefined()
    const text = memoryIo({ files: { 'ph.json': JSON.stringify(file) } })
    expect(await runCli(['score', 'ph.json'], text.io)).toBe(0)
    const line = text
      .stdout()
      .split('\n')
      .find((l) => l.trimStart().startsWith(local!.title))
    expect(line).toMatch(new RegExp(`\\d  (Low|Moderate|High), provisional \\(open: ${local!.openDecisive.join(', ')}\\)$`))
  })

  test('a rebutted rule says which answers it rests on list no evidence, in --json and in the text (bank 2026.7, counsel review)', async () => {
    const file = exampleFile('philippines-unregistered-vendor.json')
    const latest = file.assessments.at(-1)!
    latest.answers['PH-02'] = { choice: 'substantial', evidence: [{ title: 'Audited financial statements 2025', location: 'Vendor file' }] }
    const m = memoryIo({ files: { 'ph.json': JSON.stringify(file) } })
    expect(await runCli(['score', 'ph.json', '--json'], m.io)).toBe(0)
    const [rebutted] = (JSON.parse(m.stdout()) as ScoreJson).verdicts[0]!.rebutted
    expect(rebutted).toEqual({
      rule: 'ph-unregistered',
      title: 'A contractor not registered with DOLE',
      questions: ['PH-02', 'PH-05', 'SUP-01', 'SUP-04', 'HIR-02', 'HIR-04', 'PAY-01', 'CON-01'],
      withoutEvidence: ['PH-05', 'SUP-01', 'SUP-04', 'HIR-02', 'HIR-04', 'PAY-01', 'CON-01'],
      noteOnly: ['PH-05']
    })
    const text = memoryIo({ files: { 'ph.json': JSON.stringify(file) } })
    expect(await runCli(['score', 'ph.json'], text.io)).toBe(0)
    expect(text.stdout()).toContain(
      'it does not raise the result on these answers; no evidence is attached to PH-05, SUP-01, SUP-04, HIR-02, HIR-04, PAY-01, CON-01 (only a note: PH-05)'
    )
  })

  test('answers carried forward and not confirmed are named in the coverage line, and do not count as settled (bank 2026.8)', async () => {
    const file = exampleFile('philippines-unregistered-vendor.json')
    const latest = file.assessments.at(-1)!
    expect(latest.status).toBe('draft')
    for (const id of Object.keys(latest.answers)) latest.answers[id] = { ...latest.answers[id], carried: true }
    const m = memoryIo({ files: { 'ph.json': JSON.stringify(file) } })
    expect(await runCli(['score', 'ph.json'], m.io)).toBe(0)
    expect(m.stdout()).toMatch(
      new RegExp(`^Coverage: 0% \\(0 of \\d+ questions; \\d+ unanswered, \\d+ unsure, \\d+ carried forward and not confirmed\\)$`, 'm')
    )
    expect(m.stdout()).toContain('Insufficient information')
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

describe('score: top drivers as the report prints them', () => {
  test('each share and points figure of the text equals the report model’s, rounded once from the unrounded score', async () => {
    for (const fileName of EXAMPLES) {
      const { out } = await run(['score', examplePath(fileName)])
      const printed = (out.split('Top drivers:\n')[1] ?? '')
        .trim()
        .split('\n')
        .map((line) => line.trim())
      const model = buildReportModel(exampleReportInput(fileName))
      expect(printed.length).toBeGreaterThan(0)
      expect(printed).toEqual(model.topDrivers.map((d) => `${d.questionId}  ${d.points} points (${d.share})`))
    }
  })
})
