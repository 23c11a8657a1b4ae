import { beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../electron/cli/run-cli'
import { bundleOf, engagementFile } from '@shared/exchange/build-exchange'
import { reportFingerprint } from '@shared/integrity/fingerprint'
import { DEFAULT_BANK } from '@shared/bank/bank-registry'
import { readPdf, type PdfFacts } from '../helpers/pdf-text'
import { memoryIo } from '../fixtures/examples/cli-io'
import { exampleRecord, packetRecords } from '../fixtures/packet-fixtures'
import { GENERATED_AT } from '../fixtures/report-fixtures'

const json = (value: unknown): string => JSON.stringify(value, null, 2)
const bundleText = json(bundleOf(packetRecords(), GENERATED_AT))

/** A folder of one engagement file per record, as the app exports them. */
function folder(prefix = 'in'): Record<string, string> {
  return Object.fromEntries(packetRecords().map((r) => [`${prefix}/${r.engagement.id}.json`, json(engagementFile(r, GENERATED_AT))]))
}

let fromBundle: { code: number; stdout: string; stderr: string; pdf: Uint8Array }
let facts: PdfFacts

beforeAll(async () => {
  const run = memoryIo({ files: { 'bundle.json': bundleText } })
  const code = await runCli(['packet', 'bundle.json', '-o', 'out/packet.pdf'], run.io)
  fromBundle = { code, stdout: run.stdout(), stderr: run.stderr(), pdf: run.written.get('out/packet.pdf') as Uint8Array }
  facts = await readPdf(fromBundle.pdf)
}, 60_000)

describe('armslength packet', () => {
  it('writes one packet for a bundle, with every engagement in the contents and manifest', () => {
    expect(fromBundle.code).toBe(0)
    expect(fromBundle.stdout).toMatch(
      /^out\/packet\.pdf: audit packet AP-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}, 4 engagements \(1 final, 2 draft, 1 without a report\)/
    )
    expect(fromBundle.stdout).toMatch(/manifest SHA-256 [0-9a-f]{64}/)
    const text = facts.pages.join('\n')
    for (const record of packetRecords()) expect(text).toContain(record.engagement.vendorName)
    // the fingerprint each member report prints (a draft's covers its engagement facts and bank too)
    for (const r of packetRecords())
      for (const a of r.assessments.slice(-1)) expect(text).toContain(reportFingerprint(a, r.engagement, DEFAULT_BANK))
    expect(facts.outline).toContain('Manifest')
  })

  it('reports progress on standard error, not standard output', () => {
    expect(fromBundle.stderr.split('\n')).toEqual([
      'packet: 1/4 engagements',
      'packet: 2/4 engagements',
      'packet: 3/4 engagements',
      'packet: 4/4 engagements'
    ])
    expect(fromBundle.stdout).not.toContain('packet: ')
  })

  it('builds the same packet from a folder of engagement files', async () => {
    const run = memoryIo({ files: folder() })
    expect(await runCli(['packet', 'in', '-o', 'folder.pdf'], run.io)).toBe(0)
    const pdf = run.written.get('folder.pdf') as Uint8Array
    expect(Buffer.from(pdf).equals(Buffer.from(fromBundle.pdf))).toBe(true)
  })

  it('reads each engagement file of a folder again where its report is drawn, and writes nothing if one changed meanwhile', async () => {
    const files = folder()
    const reads = new Map<string, number>()
    const run = memoryIo({ files })
    const readText = run.io.readText
    run.io.readText = async (path) => {
      reads.set(path, (reads.get(path) ?? 0) + 1)
      const text = await readText(path)
      // the final one is re-saved (the same record, indented otherwise) after the packet listed it
      return path === 'in/eng-lodz-emea-care.json' && reads.get(path) === 2 ? JSON.stringify(JSON.parse(text)) : text
    }
    expect(await runCli(['packet', 'in', '-o', 'changed.pdf'], run.io)).toBe(1)
    expect(run.stderr()).toContain('packet: in/eng-lodz-emea-care.json changed while the packet was made; make it again')
    expect(run.written.size).toBe(0)
    // the engagements with a report are read twice (their entry, then their piece); the one never assessed once
    expect([...reads.values()].sort()).toEqual([1, 2, 2, 2])
  })

  it('exits 1 and lists every problem of every broken file in a folder, writing nothing', async () => {
    const files = folder()
    files['in/truncated.json'] = bundleText.slice(0, 200)
    const edited = exampleRecord('managed-contact-centre.json')
    edited.engagement.id = 'eng-edited'
    edited.assessments = edited.assessments.map((a) => ({ ...a, engagementId: 'eng-edited', assessorName: 'Someone else' }))
    files['in/edited.json'] = json(engagementFile(edited, GENERATED_AT))
    files['in/notes.txt'] = 'not json, and not read'
    const run = memoryIo({ files })
    expect(await runCli(['packet', 'in', '-o', 'broken.pdf'], run.io)).toBe(1)
    const err = run.stderr()
    expect(err).toContain('in/truncated.json: The file cannot be read.')
    expect(err).toMatch(/\(file\): Not valid JSON/)
    expect(err).toContain('in/edited.json: The file is not consistent.')
    expect(err).toMatch(
      /assessments\[0\]\.signOff\.fingerprint: "[^"]+", signed off [^:]+: The assessment was changed after it was signed off/
    )
    expect(err).toMatch(
      /assessments\[1\]\.signOff\.fingerprint: "[^"]+", signed off [^:]+: The assessment was changed after it was signed off/
    )
    expect(err).toContain('No packet written: 2 files have problems.')
    expect(err).not.toContain('notes.txt')
    expect(run.written.size).toBe(0)
  })

  it('exits 1 when two files hold the same engagement', async () => {
    const run = memoryIo({ files: { ...folder(), 'in/again.json': bundleText } })
    expect(await runCli(['packet', 'in', '-o', 'dup.pdf'], run.io)).toBe(1)
    // files are read in name order, so again.json (the bundle) comes first and each engagement file repeats it
    const err = run.stderr()
    expect(err).toContain('in/eng-lodz-emea-care.json: The same engagement is in more than one file.')
    expect(err).toContain('engagement.id: Duplicate engagement id "eng-lodz-emea-care": in/again.json holds it too')
    expect(err.match(/The same engagement is in more than one file/g)).toHaveLength(4)
    expect(run.written.size).toBe(0)
  })

  it('exits 1 for a missing file, an empty folder, a bundle without engagements, or a file that is not an export', async () => {
    const missing = memoryIo()
    expect(await runCli(['packet', 'nope.json', '-o', 'x.pdf'], missing.io)).toBe(1)
    expect(missing.stderr()).toContain('(file): No such file')
    const empty = memoryIo({ files: { 'in/readme.md': '# nothing here' } })
    expect(await runCli(['packet', 'in', '-o', 'x.pdf'], empty.io)).toBe(1)
    expect(empty.stderr()).toContain('in: the folder holds no .json files')
    const none = memoryIo({ files: { 'b.json': json(bundleOf([], GENERATED_AT)) } })
    expect(await runCli(['packet', 'b.json', '-o', 'x.pdf'], none.io)).toBe(1)
    expect(none.stderr()).toContain('b.json: holds no engagement')
    const bank = memoryIo({ files: { 'bank.json': json({ format: 'armslength.question-bank' }) } })
    expect(await runCli(['packet', 'bank.json', '-o', 'x.pdf'], bank.io)).toBe(1)
    expect(bank.stderr()).toContain('format: Expected "armslength.engagement" or "armslength.bundle"; this is a question bank')
    for (const run of [missing, empty, none, bank]) expect(run.written.size).toBe(0)
  })

  it('exits 2 on a usage error: no -o, no input, two inputs, or an option it does not take', async () => {
    for (const argv of [
      ['packet', 'bundle.json'],
      ['packet', '-o', 'x.pdf'],
      ['packet', 'a.json', 'b.json', '-o', 'x.pdf'],
      ['packet', 'bundle.json', '-o', 'x.pdf', '--json']
    ]) {
      const run = memoryIo({ files: { 'bundle.json': bundleText } })
      expect(await runCli(argv, run.io), argv.join(' ')).toBe(2)
      expect(run.stderr()).toContain('Usage: armslength packet <bundle.json|folder> -o <out.pdf>')
      expect(run.written.size).toBe(0)
    }
  })

  it('is listed in the usage', async () => {
    const run = memoryIo()
    expect(await runCli(['--help'], run.io)).toBe(0)
    expect(run.stdout()).toContain('packet <bundle.json|folder> -o <out.pdf>')
  })
})
