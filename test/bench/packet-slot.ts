import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { EngagementRecord } from '@shared/exchange/exchange-schemas'
import type { ReportFonts } from '@shared/report/render/pdf-fonts'

/**
 * THE PACKET SLOT — how the bench makes an audit packet: the way `armslength packet <bundle.json>`
 * makes it, its pieces drawn by this thread and, on more than three cores, worker threads (out/bench/pdf-worker.js, built beside
 * this measure), the PDF handed to `sink` as it is written.
 *
 * Given the engagement records (each: the engagement, three prior final cycles and the current final
 * assessment, every question answered with notes and evidence) and the report fonts. The packet code
 * is imported dynamically here so the bench times it like any other.
 */
export type PacketGenerator = (input: {
  /** The records in memory, or a folder of engagement files read as the CLI reads one (each record let go once its entry is built). */
  input: { records: EngagementRecord[] } | { folder: string }
  fonts: ReportFonts
  generatedAt: string
  sink: (bytes: Uint8Array) => void | Promise<void>
}) => Promise<void>

/** The generator, and how many threads draw its pieces (this one and the rest worker threads; 0: the worker is not built, every piece is drawn on this thread). */
export async function packetGenerator(options: { workers?: number } = {}): Promise<{ generate: PacketGenerator; workers: number } | null> {
  const [
    { createReportRenderer },
    { packetBuild, packetModelOf },
    { BUILTIN_BANKS },
    { DEFAULT_SETTINGS },
    { writePacketOnThreads, pieceThreadCount },
    { NATIVE_DEFLATE }
  ] = await Promise.all([
    import('@shared/report/render/render-report'),
    import('@shared/report/packet/packet-model'),
    import('../fixtures/builtin-banks'),
    import('@shared/store/store-schema'),
    import('../../electron/main/pdf/packet-threads'),
    import('../../electron/main/pdf/native-deflate')
  ])
  const worker = join(dirname(fileURLToPath(import.meta.url)), 'pdf-worker.js')
  const workerFile = existsSync(worker) ? worker : null
  const generate: PacketGenerator = async ({ input, fonts, generatedAt, sink }) => {
    const packet = { banks: BUILTIN_BANKS, settings: { confidentialityMarking: DEFAULT_SETTINGS.confidentialityMarking }, generatedAt }
    let model: Parameters<typeof writePacketOnThreads>[0]['model']
    if ('records' in input) {
      // the model built while the first pieces are drawn
      model = packetBuild({ ...packet, records: input.records })
    } else {
      // as the CLI does (commands/packet.ts): each entry built as its file is read, the record read again where it is drawn;
      // the CLI's reading code is loaded only here, so the records-in-memory measure loads what it always did
      const [{ loadPacketRecords }, { buildEntry }, { storedRecord }, { nodeIo }] = await Promise.all([
        import('../../electron/cli/load-packet-input'),
        import('@shared/report/packet/packet-entry'),
        import('@shared/report/packet/stored-record'),
        import('../../electron/cli/node-io')
      ])
      const loaded = await loadPacketRecords(nodeIo, input.folder, (record, file) =>
        buildEntry(record, packet, file ? storedRecord(file.path, file.text) : undefined)
      )
      if (!loaded.ok) throw new Error(`bench: the packet's folder does not load: ${loaded.failures[0]?.message}`)
      model = packetModelOf(loaded.records, packet)
    }
    await writePacketOnThreads({
      renderer: createReportRenderer(fonts, NATIVE_DEFLATE),
      model,
      sink,
      workerFile,
      workers: options.workers
    })
  }
  return { generate, workers: workerFile === null ? 0 : pieceThreadCount(options.workers) }
}
