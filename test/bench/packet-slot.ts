import type { EngagementRecord } from '@shared/exchange/exchange-schemas'
import type { ReportFonts } from '@shared/report/render/pdf-fonts'

/**
 * THE PACKET SLOT — the one function to fill in when the audit packet exists (shared/report/packet).
 *
 * Given 100 engagement records (each: the engagement, three prior final cycles and the current final
 * assessment, every question answered with notes and evidence) and the report fonts, return the packet's
 * PDF bytes, the way `armslength packet <bundle.json>` would make them. Import the packet code
 * dynamically here (`await import('@shared/report/packet/…')`) so the bench times it like any other.
 */
export type PacketGenerator = (input: {
  records: EngagementRecord[]
  fonts: ReportFonts
  generatedAt: string
}) => Uint8Array | Promise<Uint8Array>

export async function packetGenerator(): Promise<PacketGenerator | null> {
  const [{ createReportRenderer }, { buildPacketModel }, { BUILTIN_BANKS }, { DEFAULT_SETTINGS }] = await Promise.all([
    import('@shared/report/render/render-report'),
    import('@shared/report/packet/packet-model'),
    import('@shared/bank/bank-registry'),
    import('@shared/store/store-schema')
  ])
  return ({ records, fonts, generatedAt }) =>
    createReportRenderer(fonts).renderPacket(
      buildPacketModel({
        records,
        banks: BUILTIN_BANKS,
        settings: { confidentialityMarking: DEFAULT_SETTINGS.confidentialityMarking },
        generatedAt
      })
    )
}
