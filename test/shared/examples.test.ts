import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, test } from 'vitest'
import { BUILTIN_BANKS } from '../fixtures/builtin-banks'
import { CORE_BANK } from '@shared/bank/core-bank'
import { profilesFor } from '@shared/bank/profiles-for'
import type { RiskBand } from '@shared/bank/vocabulary'
import type { EngagementFile } from '@shared/exchange/exchange-schemas'
import { readExchangeFile } from '@shared/exchange/validate-exchange'
import { fingerprintAssessment } from '@shared/integrity/fingerprint'
import type { Assessment } from '@shared/schemas/assessment'
import { scoreAssessment } from '@shared/scoring/score'
import type { ScoreResult } from '@shared/scoring/score-types'
import { scoreStoredAssessment } from '@shared/workflow/score-stored'
import { runCli } from '../../electron/cli/run-cli'
import type { ScoreJson } from '../../electron/cli/score-output'
import { memoryIo } from '../fixtures/examples/cli-io'
import { EXAMPLE_SCRIPTS, buildExampleFile } from '../fixtures/examples/index'
import { CHECKED_AT } from '../helpers/checked-at'

const EXAMPLES_DIR = resolve(import.meta.dirname, '../../docs/examples')
const UPDATE = process.env['UPDATE_EXAMPLES'] === '1'

describe('docs/examples are exactly what their builders produce', () => {
  test.each(EXAMPLE_SCRIPTS)('$fileName', ({ fileName, script }) => {
    const { text } = buildExampleFile(script)
    const path = join(EXAMPLES_DIR, fileName)
    if (UPDATE) {
      mkdirSync(EXAMPLES_DIR, { recursive: true })
      writeFileSync(path, text)
    }
    // Regenerate with: UPDATE_EXAMPLES=1 npx vitest run --project node test/shared/examples.test.ts
    expect(readFileSync(path, 'utf8')).toBe(text)
  })

  test('every example file has a builder, and building is deterministic', () => {
    const onDisk = readdirSync(EXAMPLES_DIR)
      .filter((f) => f.endsWith('.json'))
      .sort()
    expect(onDisk).toEqual(EXAMPLE_SCRIPTS.map((e) => e.fileName).sort())
    for (const { script } of EXAMPLE_SCRIPTS) expect(buildExampleFile(script).text).toBe(buildExampleFile(script).text)
  })
})

/** What each example's story says its latest assessment scores. */
type Story = {
  fileName: string
  kind: Assessment['kind']
  status: Assessment['status']
  band: RiskBand
  profiles: string[]
  /** Question ids of the red flags fired, in bank order. */
  redFlags: string[]
  /** Question ids of the contract-versus-practice gaps, in bank order. */
  gaps: string[]
  provisional: boolean
  coverage: 'full' | 'partial'
  /** Ids of the decisive rules (knock-outs, gates, decisive facts, exposures) that fire, in any order. */
  decisive: string[]
  /** Every assessment in the file, oldest first, with its status. */
  history: [string, Assessment['status']][]
}

const STORIES: readonly Story[] = [
  {
    fileName: 'managed-contact-centre.json',
    kind: 'annual',
    status: 'final',
    band: 'low',
    profiles: ['united-kingdom'],
    redFlags: [],
    gaps: [],
    provisional: false,
    coverage: 'full',
    decisive: [],
    history: [
      ['asm-lodz-2025', 'final'],
      ['asm-lodz-2026', 'final']
    ]
  },
  {
    fileName: 'permatemp-staff-augmentation.json',
    kind: 'adhoc',
    status: 'in-review',
    band: 'critical',
    profiles: ['us-federal', 'us-california'],
    redFlags: ['SUP-04', 'HIR-01', 'HIR-02', 'SCH-01', 'SCH-02', 'TLS-02'],
    gaps: ['SUP-01', 'SUP-04', 'HIR-04', 'SCH-01', 'SCH-02', 'TRN-01', 'REC-01'],
    provisional: false,
    // CON-04 "We have not checked" says the fact is not known: unsure since 2026.4, so coverage is not full
    coverage: 'partial',
    // since 2026.5 California's wage-order "employ" (Martinez v. Combs): the client sets schedules and removes agents
    decisive: ['us-shared-essential-terms', 'ca-wage-order-employ', 'daily-direct-supervision', 'ca-client-employer'],
    history: [['asm-keystone-2026-adhoc', 'in-review']]
  },
  {
    fileName: 'philippines-unregistered-vendor.json',
    kind: 'annual',
    status: 'draft',
    band: 'critical',
    profiles: ['philippines'],
    redFlags: ['PH-01'],
    gaps: ['PAY-02'],
    provisional: false,
    coverage: 'partial',
    decisive: ['ph-unregistered'],
    history: [['asm-cebu-2026', 'draft']]
  },
  {
    fileName: 'germany-client-instructions.json',
    kind: 'annual',
    status: 'in-review',
    band: 'critical',
    profiles: ['germany'],
    redFlags: [],
    gaps: ['SUP-01', 'SUP-04', 'SCH-01', 'SCH-02'],
    provisional: false,
    // DE-03 "We do not track how long…" says the fact is not known: unsure since 2026.4
    coverage: 'partial',
    // since 2026.4 person-related instructions under a service contract are concealed leasing (Critical)
    decisive: ['de-concealed-leasing', 'de-leasing-in-substance', 'de-leasing-duties'],
    history: [['asm-mueller-2026', 'in-review']]
  },
  {
    fileName: 'onboarding-pre-contract.json',
    kind: 'onboarding',
    status: 'draft',
    band: 'low',
    profiles: ['mexico'],
    redFlags: [],
    gaps: [],
    provisional: true,
    coverage: 'partial',
    decisive: [],
    history: [['asm-monterrey-onboarding', 'draft']]
  }
]

function readExample(fileName: string): { text: string; file: EngagementFile; latest: Assessment } {
  const text = readFileSync(join(EXAMPLES_DIR, fileName), 'utf8')
  const read = readExchangeFile(text, BUILTIN_BANKS, CHECKED_AT)
  if (!read.ok) throw new Error(`${fileName}: ${JSON.stringify(read.error)}`)
  if (read.value.kind !== 'engagement') throw new Error(`${fileName} is not an engagement file`)
  const file = read.value.file
  return { text, file, latest: file.assessments.at(-1)! }
}

function stored(assessment: Assessment): ScoreResult {
  const scored = scoreStoredAssessment(assessment, BUILTIN_BANKS)
  if (!scored.ok) throw new Error(scored.error.message)
  return scored.value.result
}

async function scoreViaCli(fileName: string): Promise<ScoreJson> {
  const path = join(EXAMPLES_DIR, fileName)
  const { io, stdout, stderr } = memoryIo({ readRealFiles: true })
  const code = await runCli(['score', path, '--json'], io)
  expect(stderr()).toBe('')
  expect(code).toBe(0)
  return JSON.parse(stdout()) as ScoreJson
}

describe.each(STORIES)('$fileName scores as its story says', (story) => {
  test('valid, with the profiles its delivery countries switch on, and correct fingerprints', () => {
    const { file, latest } = readExample(story.fileName)
    expect(file.assessments.map((a) => [a.id, a.status])).toEqual(story.history)
    expect(latest.kind).toBe(story.kind)
    expect(latest.status).toBe(story.status)
    expect(latest.profiles).toEqual(story.profiles)
    expect(profilesFor(CORE_BANK, file.engagement)).toEqual(story.profiles)
    for (const a of file.assessments) {
      expect(a.engagementId).toBe(file.engagement.id)
      if (a.status === 'final') expect(a.signOff?.fingerprint).toBe(fingerprintAssessment(a))
      else expect(a.signOff).toBeUndefined()
    }
  })

  test('through scoreStoredAssessment', () => {
    const result = stored(readExample(story.fileName).latest)
    expect(result.overall.band).toBe(story.band)
    expect(result.redFlags.map((f) => f.questionId)).toEqual(story.redFlags)
    expect(result.gaps.map((g) => g.questionId)).toEqual(story.gaps)
    expect(result.provisional).toBe(story.provisional)
    expect(result.decisive.map((d) => d.ruleId).sort()).toEqual([...story.decisive].sort())
    if (story.coverage === 'full') expect(result.coverage.ratio).toBe(1)
    else expect(result.coverage.ratio).toBeLessThan(1)
    expect(result.coverage.carriedUnconfirmed).toBe(0)
  })

  test('through the command line (score --json), agreeing with the stored score', async () => {
    const doc = await scoreViaCli(story.fileName)
    const { latest, file } = readExample(story.fileName)
    const result = stored(latest)
    expect(doc.engagement).toEqual({ id: file.engagement.id, vendorName: file.engagement.vendorName, name: file.engagement.name })
    expect(doc.assessment.id).toBe(latest.id)
    expect(doc.assessment.profiles).toEqual(story.profiles)
    expect(doc.overall.band).toBe(story.band)
    expect(doc.overall.score).toBe(result.overall.rounded)
    expect(doc.redFlags.map((f) => f.questionId)).toEqual(story.redFlags)
    expect(doc.gaps.map((g) => g.questionId)).toEqual(story.gaps)
    expect(doc.provisional).toBe(story.provisional)
    expect(doc.assessment.fingerprint).toBe(latest.signOff?.fingerprint ?? null)
  })
})

describe('what each story shows in detail', () => {
  test("managed contact centre: last year's final cycle carried forward, confirmed and improved", () => {
    const { file, latest } = readExample('managed-contact-centre.json')
    const [previous] = file.assessments
    expect(latest.carriedFromId).toBe(previous!.id)
    expect(Object.values(latest.answers).some((a) => a.carried)).toBe(false)
    const before = stored(previous!)
    const now = stored(latest)
    expect(before.overall.band).toBe('low')
    expect(now.overall.score).toBeLessThan(before.overall.score)
    expect(now.overall.score).toBeLessThan(10)
    expect(latest.signOff?.reviewerName).toBe('Tomasz Wójcik')
    expect(Object.keys(latest.reviews).length).toBeGreaterThan(0)
    expect(Object.keys(latest.actions)).toEqual(['TRN-01'])
    expect(file.engagement.vendorName).toBe('Łódź Services Sp. z o.o.')
  })

  test('permatemp: the amplifiers are visible and hit the cap', async () => {
    const doc = await scoreViaCli('permatemp-staff-augmentation.json')
    expect(doc.amplification.capped).toBe(true)
    expect(doc.amplification.total).toBe(CORE_BANK.scoring.maxAmplification)
    expect(doc.amplification.uncapped).toBeGreaterThan(doc.amplification.total)
    expect(doc.amplification.contributors.map((c) => c.questionId)).toEqual(['INT-01', 'INT-03', 'INT-07', 'INT-08', 'INT-05'])
    expect(doc.overall.amplifiedScore).toBeGreaterThan(doc.overall.rawScore)
    // Control alone is already High before amplification; the amplifiers push it into Critical.
    expect(doc.overall.rawScore).toBeGreaterThanOrEqual(50)
    expect(doc.overall.score).toBeGreaterThanOrEqual(75)
    expect(doc.sections.find((s) => s.id === 'supervision')?.band).toBe('critical')
  })

  test('Philippines: the lapsed registration alone decides under Philippine law, over a Moderate practice picture', () => {
    const result = stored(readExample('philippines-unregistered-vendor.json').latest)
    // the answers alone: Moderate
    expect(result.overall.answersScore).toBeGreaterThanOrEqual(25)
    expect(result.overall.answersScore).toBeLessThan(50)
    // the DOLE gate: presumed labour-only contracting, in the law's own words
    expect(result.decisive.map((d) => [d.ruleId, d.kind, d.nature])).toEqual([['ph-unregistered', 'gate', 'employment']])
    expect(result.verdicts.find((v) => v.profileId === 'philippines')?.verdict).toMatch(/labour-only contracting/)
    expect(result.overall.band).toBe('critical')
    expect(result.overall.decisiveLift).toBeGreaterThan(0)
    // the first step is the one that lifts the gate
    expect(result.remediation[0]).toMatchObject({ questionId: 'PH-01', liftsDecisive: true })
    expect(result.sections.find((s) => s.sectionId === 'jurisdiction')?.band).toBe('critical')
  })

  test('Philippines: substantial capital on file and the vendor directing the work rebut the presumption; unsure proves nothing', () => {
    const { latest } = readExample('philippines-unregistered-vendor.json')
    const withCapital = (ph02: Record<string, unknown>) =>
      stored({ ...latest, answers: { ...latest.answers, 'PH-02': { choice: 'substantial', ...ph02 } } } as typeof latest)
    const rebutted = withCapital({ note: 'Audited statements on file' })
    expect(rebutted.decisive.map((d) => d.ruleId)).not.toContain('ph-unregistered')
    // the lapse stays a knock-out (High, route to legal); only the presumption of employment (Critical) falls
    expect(rebutted.redFlags.map((f) => f.questionId)).toContain('PH-01')
    expect(rebutted.overall.band).toBe('high')
    // and the law's result says the presumption was weighed and answered, naming the answers that rebut it
    expect(rebutted.verdicts[0]?.rebutted).toEqual([
      {
        ruleId: 'ph-unregistered',
        title: 'A contractor not registered with DOLE',
        questionIds: ['PH-02', 'PH-05', 'SUP-01', 'SUP-04', 'HIR-02', 'HIR-04', 'PAY-01', 'CON-01'],
        // since 2026.7 it says which of them list no evidence document (Alilin: who asserts it proves it); PH-02 and
        // PH-05 hold notes, which are statements, not proof
        withoutEvidence: ['PH-02', 'PH-05', 'SUP-01', 'SUP-04', 'HIR-02', 'HIR-04', 'PAY-01', 'CON-01'],
        noteOnly: ['PH-02', 'PH-05']
      }
    ])
    // the statements behind the capital on file, listed as evidence: PH-02 leaves both lists, the rebuttal is the same
    const documented = withCapital({ evidence: [{ title: 'Audited financial statements 2025', location: 'Vendor file / finance' }] })
    expect(documented.verdicts[0]?.rebutted[0]).toMatchObject({
      questionIds: ['PH-02', 'PH-05', 'SUP-01', 'SUP-04', 'HIR-02', 'HIR-04', 'PAY-01', 'CON-01'],
      withoutEvidence: ['PH-05', 'SUP-01', 'SUP-04', 'HIR-02', 'HIR-04', 'PAY-01', 'CON-01'],
      noteOnly: ['PH-05']
    })
    expect(documented.overall.score).toBe(rebutted.overall.score)
    expect(stored(latest).verdicts[0]?.rebutted).toEqual([])
    // marked unsure, the same answer is no proof: the presumption stands
    expect(withCapital({ unsure: true }).decisive.map((d) => d.ruleId)).toContain('ph-unregistered')
    // and the vendor sharing control is no rebuttal either
    const shared = stored({
      ...latest,
      answers: { ...latest.answers, 'PH-02': { choice: 'substantial' }, 'PH-05': { choice: 'shared' } }
    } as typeof latest)
    expect(shared.decisive.map((d) => d.ruleId)).toContain('ph-unregistered')
    // control asserted in PH-05 against another answer is no proof of it: you decide discipline (counsel review)
    const discipline = stored({
      ...latest,
      answers: { ...latest.answers, 'PH-02': { choice: 'substantial' }, 'HIR-04': { choice: 'client-decides' } }
    } as typeof latest)
    expect(discipline.decisive.map((d) => d.ruleId)).toContain('ph-unregistered')
    // nor is last year's capital, carried and not yet confirmed for this period (counsel review)
    expect(withCapital({ carried: true }).decisive.map((d) => d.ruleId)).toContain('ph-unregistered')
  })

  test('Germany: task instructions to individual agents in your teams are leasing in substance; under a service contract that is concealed leasing, deemed employment', () => {
    const { latest } = readExample('germany-client-instructions.json')
    const result = stored(latest)
    const supervisionGap = result.gaps.find((g) => g.questionId === 'SUP-01')
    expect(supervisionGap).toMatchObject({ contractOptionId: 'vendor-reserved', practiceOptionId: 'direct-occasional', difference: 3 })
    expect(result.lines.find((l) => l.questionId === 'SUP-01')?.multiplier).toBe(1.5)
    // "a service contract, but our staff sometimes tell agents what to do": leasing not designated as such (bank 2026.4)
    const concealed = result.decisive.find((d) => d.ruleId === 'de-concealed-leasing')
    // since 2026.8 with the agents integrated (INT-06 "in-our-teams"): § 1(1) sentence 2 AÜG asks for both
    expect(concealed).toMatchObject({ nature: 'employment', band: 'critical', questionIds: ['INT-06', 'DE-02'] })
    // staff tell individual agents which tasks to work and in what order, and the agents sit in the client's
    // teams: person-related instructions plus integration, labour leasing in substance under the AÜG
    expect(result.decisive.find((d) => d.ruleId === 'de-leasing-in-substance')?.questionIds).toEqual(['SUP-02', 'INT-06', 'DE-02'])
    expect(result.overall.band).toBe('critical')
    // one deemed employment on one fact: both listed, one decisive factor (sameFindingAs, since 2026.8)
    expect(result.overall.decisiveFactors).toBe(1)
    // designated and licensed, the same facts are the hirer's duties (an exposure), and the score is the answers' own
    const designated = scoreAssessment({
      bank: CORE_BANK,
      profiles: latest.profiles,
      kind: latest.kind,
      answers: { ...latest.answers, 'DE-02': { choice: 'designated-licensed' } }
    })
    expect(designated.decisive.map((d) => [d.ruleId, d.nature])).toEqual([['de-leasing-duties', 'exposure']])
    expect(designated.overall.decisiveLift).toBe(0)
  })

  test('onboarding: provisional, and the draft contract — not the planned practice — drives the control points', () => {
    const { latest } = readExample('onboarding-pre-contract.json')
    const result = stored(latest)
    expect(result.coverage.ratio).toBeLessThan(CORE_BANK.scoring.coverageThreshold)
    // four marked unsure, and MX-02 "We have not assessed this", which says the fact is not known (2026.4)
    expect(result.coverage.unsure).toBe(5)
    expect(result.coverage.unanswered).toBeGreaterThan(0)
    for (const id of ['SUP-01', 'HIR-01', 'HIR-02']) {
      const line = result.lines.find((l) => l.questionId === id)!
      expect(line.combinedRisk).toBeGreaterThan(line.practiceRisk ?? 0)
    }
    expect(result.topDrivers.map((d) => d.questionId).slice(0, 2)).toEqual(['MX-01', 'MX-02'])
  })
})

test('the results table in docs/cli.md states what each example scores', async () => {
  const markdown = readFileSync(resolve(EXAMPLES_DIR, '../cli.md'), 'utf8')
  const rows = new Map(
    [...markdown.matchAll(/^\| `([^`]+\.json)` \|[^|]*\| (\d+\.\d) (Low|Moderate|High|Critical)/gm)].map((m) => [m[1], `${m[2]} ${m[3]}`])
  )
  expect([...rows.keys()].sort()).toEqual(EXAMPLE_SCRIPTS.map((e) => e.fileName).sort())
  const label = { low: 'Low', moderate: 'Moderate', high: 'High', critical: 'Critical' } as const
  for (const { fileName } of EXAMPLE_SCRIPTS) {
    const doc = await scoreViaCli(fileName)
    expect(rows.get(fileName), fileName).toBe(`${doc.overall.score.toFixed(1)} ${label[doc.overall.band]}`)
  }
})
