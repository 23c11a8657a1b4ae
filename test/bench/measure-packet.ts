import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { EngagementRecord } from '@shared/exchange/exchange-schemas'
import { GENERATED_AT, makeAssessment, makeEngagement } from '../fixtures/report-fixtures'
import { benchRoot, emitResult, pdfPageCount, readReportFonts } from './bench-util'
import { packetGenerator } from './packet-slot'

/**
 * Budget: audit packet of 100 engagements (~1,200 pages) ≤ 4 s (stretch 2.5), ≤ 400 MB peak memory.
 * One packet per fresh process, as the app makes each packet in a worker it then releases; the peak is
 * this process's maximum resident set (getrusage), Node's own ~45 MiB included.
 */
const ENGAGEMENTS = 100

function packetRecords(): EngagementRecord[] {
  return Array.from({ length: ENGAGEMENTS }, (_, i) => {
    const engagement = { ...makeEngagement(`Łódź Services ${i + 1} Sp. z o.o.`), id: `eng-${String(i + 1).padStart(3, '0')}` }
    // the fixture's ids are per engagement; renumbered here so the 100 records can sit in one bundle
    // (ids are outside the sign-off fingerprint, so the finals stay correctly signed)
    const assessments = [1, 2, 3, 4].map((cycle) => {
      const a = makeAssessment({ cycle, status: 'final', engagement })
      return { ...a, id: `${engagement.id}-${a.id}` }
    })
    return { engagement, assessments }
  })
}

const generate = await packetGenerator()
if (generate === null) {
  emitResult({ status: 'not built yet', packetSourcesExist: existsSync(join(benchRoot(), 'shared', 'report', 'packet')) })
} else {
  const records = packetRecords()
  const fonts = await readReportFonts()
  const start = performance.now()
  const bytes = await generate({ records, fonts, generatedAt: GENERATED_AT })
  const totalMs = performance.now() - start
  emitResult({ status: 'measured', totalMs, pages: pdfPageCount(bytes), bytes: bytes.byteLength, engagements: records.length })
}
