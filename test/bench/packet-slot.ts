import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { EngagementRecord } from '@shared/exchange/exchange-schemas'
import type { ReportFonts } from '@shared/report/render/pdf-fonts'

/**
 * THE PACKET SLOT — how the bench makes an audit packet: the way `armslength packet <bundle.json>`
 * makes it, its pieces drawn by this thread and a worker thread per other core (out/bench/pdf-worker.js, built beside
 * this measure), the PDF handed to `sink` as it is written.
 *
 * Given the engagement records (each: the engagement, three prior final cycles and the current final
 * assessment, every question answered with notes and evidence) and the report fonts. The packet code
 * is imported dynamically here so the bench times it like any other.
 */
export type PacketGenerator = (input: {
  records: EngagementRecord[]
  fonts: ReportFonts
  generatedAt: string
  sink: (bytes: Uint8Array) => void | Promise<void>
}) => Promise<void>

/** The generator, and how many threads draw its pieces (this one and the rest worker threads; 0: the worker is not built, every piece is drawn on this thread). */
export async function packetGenerator(options: { workers?: number } = {}): Promise<{ generate: PacketGenerator; workers: number } | null> {
  const [
    { createReportRenderer },
    { packetBuild },
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
  const generate: PacketGenerator = async ({ records, fonts, generatedAt, sink }) => {
    // as the CLI does: the model built while the first pieces are drawn
    const model = packetBuild({
      records,
      banks: BUILTIN_BANKS,
      settings: { confidentialityMarking: DEFAULT_SETTINGS.confidentialityMarking },
      generatedAt
    })
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
