import { builtinBanks } from '../builtin-banks'
import { packetModelOf } from '@shared/report/packet/packet-model'
import { buildEntry } from '@shared/report/packet/packet-entry'
import { storedRecord } from '@shared/report/packet/stored-record'
import type { PacketModel } from '@shared/report/packet/packet-types'
import { concat } from '@shared/report/render/packet/render-packet'
import { createReportRenderer } from '@shared/report/render/render-report'
import { pieceThreadCount, startPacketThreads, type PacketThreads } from '../../main/pdf/packet-threads'
import { plural } from '@shared/report/labels'
import { DEFAULT_SETTINGS } from '@shared/store/store-schema'
import { EXIT, type CliIo, type Command, type ExitCode } from '../cli-types'
import { NATIVE_DEFLATE } from '../../main/pdf/native-deflate'
import { loadReportFonts } from '../fonts'
import { loadPacketRecords } from '../load-packet-input'
import type { ByteProducer } from '../output-file'
import { packetWorkerFile } from '../packet-workers'
import { describeIoError, reportProblems } from '../load-input'
import { refuseOverwritingInput, requirePdfName, requirePositionals, requireWritableOutput } from '../parse-args'

export const packetCommand: Command = {
  name: 'packet',
  usage: 'packet <bundle.json|folder> -o <out.pdf>',
  summary: 'audit packet (PDF) for many engagements: a bundle, or every .json file in a folder',
  options: ['-o'],
  run: async (args, io) => {
    const [path] = requirePositionals(args, ['bundle.json|folder']) as [string]
    const output = await requireWritableOutput(args, io)
    const renderer = createReportRenderer(await loadReportFonts(), NATIVE_DEFLATE)
    const workerFile = packetWorkerFile()
    // the worker threads start (code compiled, fonts parsed) while the input is read and checked
    const threads = startPacketThreads({ renderer, workerFile, readStored: io.readText })
    try {
      return await makePacket(io, path, output, threads, workerFile !== null)
    } finally {
      threads.close()
    }
  }
}

/** The packet of the engagements at `path`, written to `output` by `threads`. */
async function makePacket(io: CliIo, path: string, output: string, threads: PacketThreads, workers: boolean): Promise<ExitCode> {
  const banks = await builtinBanks()
  const generatedAt = io.now().toISOString()
  // each entry is built as its file is read; an engagement file's record is then let go and read again
  // where its report is drawn (checked by SHA-256 and fingerprint), so the records are never all held at once
  const sources = await loadPacketRecords(io, path, (record, file) =>
    buildEntry(record, { banks, generatedAt }, file ? storedRecord(file.path, file.text) : undefined)
  )
  if (!sources.ok) {
    for (const f of sources.failures) reportProblems(io, { ok: false, ...f })
    io.err(`No packet written: ${sources.failures.length === 1 ? 'one file has' : `${sources.failures.length} files have`} problems.`)
    return EXIT.invalid
  }
  refuseOverwritingInput(output, [path, ...sources.files])
  requirePdfName(output)
  if (sources.records.length === 0) {
    io.err(`${path}: holds no engagement`)
    return EXIT.invalid
  }
  const model = packetModelOf(sources.records, {
    banks,
    // an exchange file carries no settings: the app's default marking applies, as in a fresh store
    settings: { confidentialityMarking: DEFAULT_SETTINGS.confidentialityMarking },
    generatedAt
  })
  const made: { model?: PacketModel } = {}
  // the packet is written as its pieces come from the workers, so memory stays flat however many engagements
  if (workers) io.err(`packet: drawing the reports on ${drawingThreads(pieceThreadCount())}`)
  const produce: ByteProducer = async (write) => {
    made.model = await threads.write(model, write, progressTo(io))
  }
  try {
    if (io.writeFileStreamAtomic) await io.writeFileStreamAtomic(output, produce)
    else {
      const chunks: Uint8Array[] = []
      await produce(async (bytes) => void chunks.push(bytes))
      await io.writeFileAtomic(output, concat(chunks))
    }
  } catch (error) {
    io.err(`Cannot write ${output}: ${describeIoError(error)}`)
    return EXIT.invalid
  }
  if (!made.model) throw new Error('packet: written without its model')
  const { counts: c, packetId, manifestHash } = made.model
  const missing = c.notAssessed + c.notScored
  io.out(
    `${output}: audit packet ${packetId}, ${c.engagements} engagement${c.engagements === 1 ? '' : 's'} (${c.final} final, ${c.draft} draft${missing > 0 ? `, ${missing} without a report` : ''})`
  )
  io.out(`  manifest SHA-256 ${manifestHash}`)
  return EXIT.ok
}

/** Progress on standard error, about ten lines however large the packet, so logs stay readable. */
function progressTo(io: CliIo): (done: number, total: number) => void {
  return (done, total) => {
    if (done === 0) return
    if (done === total || Math.floor((done * 10) / total) > Math.floor(((done - 1) * 10) / total))
      io.err(`packet: ${done}/${total} engagements`)
  }
}

/** "3 threads (this one and 2 worker threads)". */
function drawingThreads(n: number): string {
  return n === 1 ? '1 thread (this one)' : `${n} threads (this one and ${plural(n - 1, 'worker thread')})`
}
