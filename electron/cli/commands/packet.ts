import { builtinBanks } from '../builtin-banks'
import { packetBuild } from '@shared/report/packet/packet-model'
import type { PacketModel } from '@shared/report/packet/packet-types'
import { concat } from '@shared/report/render/packet/render-packet'
import { createReportRenderer } from '@shared/report/render/render-report'
import { pieceThreadCount, writePacketOnThreads } from '../../main/pdf/packet-threads'
import { plural } from '@shared/report/labels'
import { DEFAULT_SETTINGS } from '@shared/store/store-schema'
import { EXIT, type CliIo, type Command } from '../cli-types'
import { NATIVE_DEFLATE } from '../../main/pdf/native-deflate'
import { loadReportFonts } from '../fonts'
import { loadPacketSources } from '../load-packet-input'
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
    const sources = await loadPacketSources(io, path)
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
    // the model is built while the piece workers start and draw the first pieces (writePacketOnThreads)
    const build = packetBuild({
      records: sources.records,
      banks: await builtinBanks(),
      // an exchange file carries no settings: the app's default marking applies, as in a fresh store
      settings: { confidentialityMarking: DEFAULT_SETTINGS.confidentialityMarking },
      generatedAt: io.now().toISOString()
    })
    const made: { model?: PacketModel } = {}
    const renderer = createReportRenderer(await loadReportFonts(), NATIVE_DEFLATE)
    // the packet is written as its pieces come from the workers, so memory stays flat however many engagements
    const workerFile = packetWorkerFile()
    if (workerFile !== null) io.err(`packet: drawing the reports on ${drawingThreads(pieceThreadCount())}`)
    const produce: ByteProducer = async (write) => {
      made.model = await writePacketOnThreads({ renderer, model: build, sink: write, workerFile, onProgress: progressTo(io) })
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
