import { beforeAll, describe, expect, it } from 'vitest'
import type { CliIo } from '../../electron/cli/cli-types'
import { findPrintedFingerprint } from '../../electron/cli/pdf-text-fingerprint'
import { runCli } from '../../electron/cli/run-cli'
import type { EngagementFile } from '@shared/exchange/exchange-schemas'
import { fingerprintAssessment } from '@shared/integrity/fingerprint'
import { readReportFingerprint } from '@shared/report/read-fingerprint'
import { extractPdf } from '../fixtures/pdf-extract'
import { GENERATED_AT, makeReportFixture, VENDOR } from '../fixtures/report-fixtures'

type MemoryIo = CliIo & { files: Map<string, Uint8Array | string>; stdout: string[]; stderr: string[] }

function memoryIo(files: Record<string, Uint8Array | string>): MemoryIo {
  const map = new Map(Object.entries(files))
  const stdout: string[] = []
  const stderr: string[] = []
  const missing = (path: string) => Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' })
  return {
    files: map,
    stdout,
    stderr,
    out: (text) => stdout.push(text),
    err: (text) => stderr.push(text),
    readText: async (path) => {
      const data = map.get(path)
      if (data === undefined) throw missing(path)
      return typeof data === 'string' ? data : new TextDecoder().decode(data)
    },
    readBytes: async (path) => {
      const data = map.get(path)
      if (data === undefined) throw missing(path)
      return typeof data === 'string' ? new TextEncoder().encode(data) : data
    },
    listJsonFiles: async () => null,
    checkOutputPath: async () => null,
    writeFileAtomic: async (path, data) => {
      map.set(path, data)
    },
    now: () => new Date(GENERATED_AT)
  }
}

const fixture = makeReportFixture({ status: 'final' })
const json = (file: EngagementFile) => JSON.stringify(file, null, 2)

/** The same file with one answer of the current assessment moved to another option. */
function tampered(): EngagementFile {
  const file = structuredClone(fixture.file)
  const current = file.assessments.at(-1)!
  const [id, answer] = Object.entries(current.answers).find(([, a]) => a.choice !== undefined)!
  const q = fixture.input.bank.questions.find((x) => x.id === id)!
  answer.choice = q.options.find((o) => o.id !== answer.choice)!.id
  return file
}

let pdf: Uint8Array

beforeAll(async () => {
  const io = memoryIo({ 'data.json': json(fixture.file) })
  expect(await runCli(['report', 'data.json', '-o', 'out/report.pdf'], io)).toBe(0)
  pdf = io.files.get('out/report.pdf') as Uint8Array
}, 60_000)

describe('armslength report', () => {
  it("writes the report of the latest assessment, with the file's other assessments as history", async () => {
    const expected = fingerprintAssessment(fixture.input.assessment)
    expect(readReportFingerprint(pdf)).toBe(expected)
    const text = (await extractPdf(pdf)).pages.join('\n')
    expect(text).toContain(VENDOR)
    expect(text).toContain('What changed since the previous assessment')
    expect(text).toContain('Annual review 2025')
  })

  it('reports on the assessment named by --assessment', async () => {
    const io = memoryIo({ 'data.json': json(fixture.file) })
    expect(await runCli(['report', 'data.json', '-o', 'old.pdf', '--assessment', 'asm-2024'], io)).toBe(0)
    const old = fixture.file.assessments.find((a) => a.id === 'asm-2024')!
    expect(readReportFingerprint(io.files.get('old.pdf') as Uint8Array)).toBe(fingerprintAssessment(old))
  })

  it('exits 1 on an invalid file and 2 on a usage error, writing nothing', async () => {
    const io = memoryIo({ 'bad.json': '{"format":"armslength.engagement"}' })
    expect(await runCli(['report', 'bad.json', '-o', 'x.pdf'], io)).toBe(1)
    expect(io.stderr.join('\n')).toContain('bad.json')
    expect(await runCli(['report', 'bad.json'], io)).toBe(2)
    expect(await runCli(['report', 'missing.json', '-o', 'x.pdf'], io)).toBe(1)
    expect(io.files.has('x.pdf')).toBe(false)
  })
})

describe('armslength verify', () => {
  it('exits 0 when the report matches the data', async () => {
    const io = memoryIo({ 'report.pdf': pdf, 'data.json': json(fixture.file) })
    expect(await runCli(['verify', 'report.pdf', 'data.json'], io)).toBe(0)
    expect(io.stdout.join('\n')).toContain(fingerprintAssessment(fixture.input.assessment))
  }, 60_000) // verify re-renders the report and compares every page

  it('exits 1 after one answer changed, printing both fingerprints', async () => {
    const changed = tampered()
    const io = memoryIo({ 'report.pdf': pdf, 'data.json': json(changed) })
    expect(await runCli(['verify', 'report.pdf', 'data.json'], io)).toBe(1)
    const err = io.stderr.join('\n')
    expect(err).toContain('Mismatch')
    expect(err).toContain(
      `report fingerprint ${fingerprintAssessment(fixture.input.assessment)}, data fingerprint ${fingerprintAssessment(changed.assessments.at(-1)!)}`
    )
  }, 60_000) // verify re-renders the report and compares every page

  it('says no assessment in the data has the fingerprint the PDF names, lists what it holds and suggests --assessment', async () => {
    // the report's assessment left out: falling back on the latest named it as the report's ("does not match asm-2025")
    const file = structuredClone(fixture.file)
    const reported = file.assessments.pop()!
    const io = memoryIo({ 'report.pdf': pdf, 'data.json': json(file) })
    expect(await runCli(['verify', 'report.pdf', 'data.json'], io)).toBe(1)
    const [headline, ...rest] = io.stderr
    expect(headline).toBe(`Mismatch: no assessment in data.json has the fingerprint report.pdf names (${fingerprintAssessment(reported)})`)
    expect(rest[0]).toBe(`  data.json holds ${file.assessments.length} assessments:`)
    for (const a of file.assessments)
      expect(rest.join('\n')).toMatch(new RegExp(`^    ${a.id} \\(".*"\\): ${a.status}, fingerprint [0-9a-f]{12}…`, 'm'))
    expect(rest.at(-1)).toContain('give --assessment <id>')
    expect(io.stderr.join('\n')).not.toMatch(/does not match assessment/)
    expect(io.stdout).toEqual([])
  })

  it('checks the assessment named by --assessment', async () => {
    const io = memoryIo({ 'report.pdf': pdf, 'data.json': json(fixture.file) })
    expect(await runCli(['verify', 'report.pdf', 'data.json', '--assessment', 'asm-2024'], io)).toBe(1)
    expect(await runCli(['verify', 'report.pdf', 'data.json', '--assessment', 'asm-2026'], io)).toBe(0)
    expect(await runCli(['verify', 'report.pdf', 'data.json', '--assessment', 'nope'], io)).toBe(2)
  }, 60_000) // verify re-renders the report and compares every page

  it('finds the fingerprint printed on the page when the document properties are gone', () => {
    const raw = Buffer.from(pdf)
      .toString('latin1')
      .replace(/fingerprint:[0-9a-f]{64}/g, (m) => 'x'.repeat(m.length))
    const stripped = new Uint8Array(Buffer.from(raw, 'latin1'))
    expect(readReportFingerprint(stripped)).toBeNull()
    expect(findPrintedFingerprint(stripped)).toBe(fingerprintAssessment(fixture.input.assessment))
  })

  it('exits 1 for a PDF that names no fingerprint', async () => {
    // a whole PDF of another program (objects and their cross-reference table): "%PDF-1.4 %%EOF" alone is
    // refused before, as a file that cannot be read as one consistent document
    let other = '%PDF-1.4\n'
    const at: number[] = []
    for (const body of ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>']) {
      at.push(other.length)
      other += `${at.length} 0 obj\n${body}\nendobj\n`
    }
    const xref = other.length
    other += `xref\n0 3\n0000000000 65535 f \n${at.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
    other += `trailer\n<< /Size 3 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
    const io = memoryIo({ 'other.pdf': other, 'data.json': json(fixture.file) })
    expect(await runCli(['verify', 'other.pdf', 'data.json'], io)).toBe(1)
    expect(io.stderr.join('\n')).toContain("no Arm's Length fingerprint")
    const bare = memoryIo({ 'other.pdf': '%PDF-1.4\n%%EOF\n', 'data.json': json(fixture.file) })
    expect(await runCli(['verify', 'other.pdf', 'data.json'], bare)).toBe(1)
    expect(bare.stderr.join('\n')).toContain('no cross-reference table')
  })
})
