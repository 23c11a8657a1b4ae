import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, test } from 'vitest'
import type { ScoreJson } from '../../electron/cli/score-output'
import { ROOT } from './cli-run'
import { bundleOf, engagementFile } from '@shared/exchange/build-exchange'
import { buildPacketModel } from '@shared/report/packet/packet-model'
import { readPdfMarkers } from '@shared/report/read-fingerprint'
import { createReportRenderer } from '@shared/report/render/render-report'
import { NATIVE_DEFLATE } from '../../electron/main/pdf/native-deflate'
import { packetInput, packetRecords } from '../fixtures/packet-fixtures'
import { GENERATED_AT, makeAssessment, makeEngagement, reportFonts } from '../fixtures/report-fixtures'

describe('the built command line, as a child process', () => {
  const entry = join(ROOT, 'out/cli/armslength.js')
  const bin = join(ROOT, 'bin/armslength.mjs')

  /** Newest modification time of the sources the command line is built from. */
  const newestSource = () =>
    Math.max(
      statSync(join(ROOT, 'vite.cli.config.ts')).mtimeMs,
      ...['shared', 'electron/cli', 'electron/main/pdf'].flatMap((dir) =>
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

  test('a closed output pipe (armslength questions | head -1) ends quietly with exit 0', async () => {
    const child = spawn(process.execPath, [bin, 'questions'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
    // the reader goes away before anything is written, as `head -1` does after its line: every write fails with EPIPE
    child.stdout.destroy()
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const code = await new Promise<number | null>((done) => child.on('close', (c) => done(c)))
    expect(stderr).toBe('')
    expect(code).toBe(0)
  }, 30_000)

  test('a pipe given as the input is refused at once (exit 1); reading it used to block for ever, past SIGTERM', () => {
    const dir = mkdtempSync(join(tmpdir(), 'al-cli-fifo-'))
    try {
      const fifo = join(dir, 'pipe.json')
      execFileSync('mkfifo', [fifo])
      for (const argv of [
        ['packet', fifo, '-o', join(dir, 'out.pdf')],
        ['validate', fifo],
        ['verify', fifo, fifo]
      ]) {
        const r = spawnSync(process.execPath, [entry, ...argv], { encoding: 'utf8', timeout: 20_000 })
        expect(r.signal).toBeNull()
        expect(r.stderr).toContain(`${fifo}: not a regular file (a named pipe)`)
        expect(r.status).toBe(1)
      }
      expect(readdirSync(dir)).toEqual(['pipe.json'])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 60_000)

  test('packet: drawn on this thread alone or with two worker threads, the same bytes as drawn on one thread; verify matches it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'al-cli-packet-'))
    try {
      const bundle = join(dir, 'bundle.json')
      writeFileSync(bundle, JSON.stringify(bundleOf(packetRecords(), GENERATED_AT)))
      const made = [1, 3].map((workers) => {
        const out = join(dir, `packet-${workers}.pdf`)
        // run from another folder: the workers and the fonts are found beside the built CLI, not in the working directory
        const r = spawnSync(process.execPath, [bin, 'packet', bundle, '-o', out], {
          cwd: dir,
          encoding: 'utf8',
          timeout: 60_000,
          env: { ...process.env, ARMSLENGTH_PDF_WORKERS: String(workers) }
        })
        expect(r.stderr).toContain(
          workers === 1
            ? 'packet: drawing the reports on 1 thread (this one)'
            : `packet: drawing the reports on ${workers} threads (this one and ${workers - 1} worker threads)`
        )
        expect(r.stderr).toContain('packet: 4/4 engagements')
        expect(r.status).toBe(0)
        return new Uint8Array(readFileSync(out))
      })
      // each run records its own generation time: each must be, byte for byte, the packet drawn on this thread for it
      // (with Node's zlib, as the command line compresses)
      const renderer = createReportRenderer(reportFonts(), NATIVE_DEFLATE)
      for (const pdf of made) {
        const read = readPdfMarkers(pdf)
        const generatedAt = (read.ok ? read.markers.generatedAt : null) as string
        const inProcess = renderer.renderPacket(buildPacketModel({ ...packetInput(), generatedAt }))
        expect(Buffer.from(inProcess).equals(Buffer.from(pdf))).toBe(true)
      }
      expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([])
      const verify = spawnSync(process.execPath, [bin, 'verify', join(dir, 'packet-3.pdf'), bundle], {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 120_000
      })
      expect(verify.stdout).toMatch(/^Match: /)
      expect(verify.status).toBe(0)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 240_000)
  test('packet from a folder: each record read again by the thread that draws it (worker threads too), the same bytes as drawn here', () => {
    const dir = mkdtempSync(join(tmpdir(), 'al-cli-packet-folder-'))
    try {
      // ten engagements: two pieces, so a worker thread draws one and reads its records itself (relative paths, as given)
      const records = Array.from({ length: 10 }, (_, i) => {
        const engagement = { ...makeEngagement(`Vendor ${i + 1}`), id: `eng-${String(i + 1).padStart(2, '0')}` }
        const assessments = [1, 4].map((cycle) => {
          const a = makeAssessment({ cycle, status: 'final', engagement, tag: engagement.id })
          return { ...a, id: `${engagement.id}-${a.id}` }
        })
        return { engagement, assessments }
      })
      mkdirSync(join(dir, 'in'))
      for (const r of records) writeFileSync(join(dir, 'in', `${r.engagement.id}.json`), JSON.stringify(engagementFile(r, GENERATED_AT)))
      const r = spawnSync(process.execPath, [bin, 'packet', 'in', '-o', 'packet.pdf'], {
        cwd: dir,
        encoding: 'utf8',
        timeout: 120_000,
        env: { ...process.env, ARMSLENGTH_PDF_WORKERS: '2' }
      })
      expect(r.stderr).toContain('packet: drawing the reports on 2 threads (this one and 1 worker thread)')
      expect(r.status).toBe(0)
      const pdf = new Uint8Array(readFileSync(join(dir, 'packet.pdf')))
      const read = readPdfMarkers(pdf)
      const generatedAt = (read.ok ? read.markers.generatedAt : null) as string
      const inProcess = createReportRenderer(reportFonts(), NATIVE_DEFLATE).renderPacket(
        buildPacketModel({ ...packetInput(records), generatedAt })
      )
      expect(Buffer.from(inProcess).equals(Buffer.from(pdf))).toBe(true)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 240_000)
})
