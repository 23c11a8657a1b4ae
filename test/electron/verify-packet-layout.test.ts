import { beforeAll, describe, expect, it } from 'vitest'
import { BUILTIN_BANKS } from '../fixtures/builtin-banks'
import { bundleOf } from '@shared/exchange/build-exchange'
import type { EngagementRecord } from '@shared/exchange/exchange-schemas'
import { buildPacketModel } from '@shared/report/packet/packet-model'
import type { PacketModel } from '@shared/report/packet/packet-types'
import { MANIFEST_NAMES_LAYOUT, manifestHash, manifestLineWithoutNames, packetIdFor } from '@shared/report/packet/packet-manifest'
import { createReportRenderer, type ReportRenderer } from '@shared/report/render/render-report'
import { REPORT_LAYOUT } from '@shared/report/report-layout'
import { loadReportFonts } from '../../electron/cli/fonts'
import { runCli } from '../../electron/cli/run-cli'
import { memoryIo } from '../fixtures/examples/cli-io'
import { GENERATED_AT, makeReportFixture } from '../fixtures/report-fixtures'

/* A genuine packet made by a version that worded packets differently is "not proven", not a "mismatch". */

const fixture = makeReportFixture({ status: 'final' })
const records: EngagementRecord[] = [{ engagement: fixture.file.engagement, assessments: fixture.file.assessments.slice(0, 2) }]
let renderer: ReportRenderer
let model: PacketModel

async function verify(pdf: Uint8Array) {
  const m = memoryIo({ files: { 'bundle.json': JSON.stringify(bundleOf(records, GENERATED_AT), null, 2) } })
  const io = m.io as typeof m.io & { readBytes: (p: string) => Promise<Uint8Array> }
  const readBytes = io.readBytes
  io.readBytes = async (p) => (p === 'packet.pdf' ? pdf : readBytes(p))
  const code = await runCli(['verify', 'packet.pdf', 'bundle.json'], m.io)
  return { code, out: m.stdout(), err: m.stderr() }
}

function olderWording(layout: number | null): Uint8Array {
  // before layout 7 the manifest lines carried no names, so the hash (and the packet id) were over the ids alone
  const older = layout === null || layout < MANIFEST_NAMES_LAYOUT
  const manifestLines = older ? model.entries.map(manifestLineWithoutNames) : model.manifestLines
  const hash = manifestHash(manifestLines)
  const keywords = model.properties.keywords
    .replace(/; layout:\d+$/, layout === null ? '' : `; layout:${layout}`)
    .replace(/manifest-sha256:[0-9a-f]{64}/, `manifest-sha256:${hash}`)
  return renderer.renderPacket({
    ...model,
    manifestLines,
    manifestHash: hash,
    packetId: packetIdFor(hash),
    disclaimer: `${model.disclaimer} (earlier wording)`,
    properties: { ...model.properties, keywords }
  })
}

beforeAll(async () => {
  renderer = createReportRenderer(await loadReportFonts())
  model = buildPacketModel({ records, banks: BUILTIN_BANKS, generatedAt: GENERATED_AT })
}, 60_000)

describe('verify <packet.pdf> and the layout it records', () => {
  it('a packet made under an earlier layout reads "Not proven", with a short account of the property difference', async () => {
    const r = await verify(olderWording(null))
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/^Not proven: packet\.pdf was made by another version of Arm's Length \(it records no report layout/)
    const properties = r.err.split('\n').find((l) => l.includes('document properties'))
    expect(properties).toBeDefined()
    expect(properties!.length).toBeLessThan(400)
  }, 120_000)

  it('a layout-6 packet, hashed over lines without names, is rebuilt that way: "Not proven", not a manifest mismatch', async () => {
    const r = await verify(olderWording(MANIFEST_NAMES_LAYOUT - 1))
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/^Not proven: packet\.pdf was made by another version of Arm's Length \(report layout 6/)
    expect(r.err).toContain(`its manifest SHA-256 ${manifestHash(model.entries.map(manifestLineWithoutNames))} matches`)
    expect(r.err).not.toMatch(/manifest: the packet names/)
  }, 120_000)

  it('the same difference under the current layout is a mismatch', async () => {
    const r = await verify(olderWording(REPORT_LAYOUT))
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/^Mismatch: /)
  }, 120_000)
})
