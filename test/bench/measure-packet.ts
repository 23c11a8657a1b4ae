import { createHash } from 'node:crypto'
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, readSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { EngagementRecord } from '@shared/exchange/exchange-schemas'
import { engagementFile } from '@shared/exchange/build-exchange'
import { GENERATED_AT, makeAssessment, makeEngagement } from '../fixtures/report-fixtures'
import { benchRoot, emitResult, pdfPageCount, peakRssMiB, readReportFonts } from './bench-util'
import { packetGenerator } from './packet-slot'
import { installNativeSha256 } from '../../electron/main/native-sha256'

// as the desktop app and the command line do: fingerprints by Node's SHA-256
installNativeSha256()

/**
 * Budget: audit packet of 100 engagements (≈ 4,700 pages) ≤ 4 s (stretch 2.5), ≤ 400 MB peak memory.
 * One packet per fresh process, as the app makes each packet in a worker it then releases; the peak is
 * this process's maximum resident set (VmHWM, the piece workers' threads included), Node's own ~45 MiB too.
 *
 *   measure-packet.js [engagements=100] [--to-file] [--from-folder] [--workers=N] [--sha256]
 * --to-file writes the packet to a temp file as it is made (the CLI's way) instead of keeping it in
 * memory: the peak then shows what the packet costs beyond its own bytes (1,000 engagements ≤ 400 MB).
 * --from-folder reads the engagements from a folder of engagement files, one per engagement, as
 * `armslength packet <folder>` does (written before the measure starts), instead of records in memory.
 * --sha256 adds the packet's SHA-256 to the result (after the measure): a change meant to keep the bytes is checked by it.
 */
const args = process.argv.slice(2)
const ENGAGEMENTS = Number(args.find((a) => /^\d+$/.test(a)) ?? 100)
const toFile = args.includes('--to-file')
const fromFolder = args.includes('--from-folder')
const sha256 = args.includes('--sha256')
const workers = args.find((a) => a.startsWith('--workers='))?.slice('--workers='.length)

function packetRecords(): EngagementRecord[] {
  return Array.from({ length: ENGAGEMENTS }, (_, i) => packetRecord(i))
}

/**
 * The records as one engagement file each in a fresh folder, made one at a time (so this process never
 * holds them all): what `armslength packet <folder>` reads.
 */
function packetFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'armslength-bench-packet-'))
  for (let i = 0; i < ENGAGEMENTS; i++) {
    const record = packetRecord(i)
    writeFileSync(join(folder, `${record.engagement.id}.json`), JSON.stringify(engagementFile(record, GENERATED_AT)))
  }
  return folder
}

function packetRecord(i: number): EngagementRecord {
  const engagement = {
    ...makeEngagement(`Łódź Services ${i + 1} Sp. z o.o.`),
    id: `eng-${String(i + 1).padStart(Math.max(3, String(ENGAGEMENTS).length), '0')}`
  }
  // the fixture's ids are per engagement; renumbered here so the records can sit in one bundle
  // (ids are outside the sign-off fingerprint, so the finals stay correctly signed)
  const assessments = [1, 2, 3, 4].map((cycle) => {
    // each engagement its own notes, as in a real portfolio (the renderer remembers wrapped text)
    const a = makeAssessment({ cycle, status: 'final', engagement, tag: engagement.id })
    return { ...a, id: `${engagement.id}-${a.id}` }
  })
  return { engagement, assessments }
}

/**
 * The page count from the page tree near the end of the file, read without loading the whole file:
 * the last 16 MB, then more while the page tree is not in it (a 1,000-engagement packet's cross-reference
 * table and bookmarks alone come to more than 16 MB).
 */
function pageCountOfFile(path: string): number {
  const size = statSync(path).size
  for (let length = Math.min(size, 16 * 1024 * 1024); ; length = Math.min(size, length * 4)) {
    const tail = Buffer.alloc(length)
    const fd = openSync(path, 'r')
    readSync(fd, tail, 0, length, size - length)
    closeSync(fd)
    const count = /\/Type \/Pages\n\/Kids \[[^\]]*\]\n\/Count (\d+)/.exec(tail.toString('latin1'))?.[1]
    if (count !== undefined || length === size) return Number(count ?? NaN)
  }
}

function packetSha256(chunks: readonly Uint8Array[]): string {
  const hash = createHash('sha256')
  for (const chunk of chunks) hash.update(chunk)
  return hash.digest('hex')
}

const slot = await packetGenerator(workers ? { workers: Number(workers) } : {})
if (slot === null) {
  emitResult({ status: 'not built yet', packetSourcesExist: existsSync(join(benchRoot(), 'shared', 'report', 'packet')) })
} else {
  // a folder of engagement files, read as the CLI reads one, when asked; else the records in memory
  const folder = fromFolder ? packetFolder() : null
  const input = folder !== null ? { folder } : { records: packetRecords() }
  const fonts = await readReportFonts()
  const file = join(tmpdir(), `armslength-bench-packet-${process.pid}.pdf`)
  const chunks: Uint8Array[] = []
  const fd = toFile ? openSync(file, 'w') : -1
  const start = performance.now()
  const cpuBefore = process.cpuUsage()
  await slot.generate({
    input,
    fonts,
    generatedAt: GENERATED_AT,
    sink: toFile ? (bytes) => void writeSync(fd, bytes) : (bytes) => void chunks.push(bytes)
  })
  const totalMs = performance.now() - start
  // every thread of the process (the piece workers too): less swayed than wall time by other work on the machine
  const cpu = process.cpuUsage(cpuBefore)
  const cpuMs = (cpu.user + cpu.system) / 1000
  const peak = peakRssMiB()
  if (toFile) closeSync(fd)
  const pages = toFile ? pageCountOfFile(file) : pdfPageCount(Buffer.concat(chunks))
  const bytes = toFile ? statSync(file).size : chunks.reduce((n, c) => n + c.length, 0)
  const digest = sha256 ? packetSha256(toFile ? [readFileSync(file)] : chunks) : undefined
  if (toFile) rmSync(file)
  if (folder !== null) rmSync(folder, { recursive: true })
  emitResult({
    status: 'measured',
    totalMs,
    cpuMs,
    pages,
    bytes,
    engagements: ENGAGEMENTS,
    input: folder !== null ? 'folder of engagement files' : 'records in memory',
    peakDuringPacketMiB: peak,
    pieceWorkers: slot.workers,
    ...(digest !== undefined ? { sha256: digest } : {})
  })
}
