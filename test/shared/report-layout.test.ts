import { describe, expect, it } from 'vitest'
import { sha256Hex } from '@shared/integrity/sha256'
import { REPORT_LAYOUT } from '@shared/report/report-layout'
import { buildReportModel } from '@shared/report/report-model'
import { makeReportFixture } from '../fixtures/report-fixtures'

/**
 * verify re-renders a report from its data; a PDF made by a version that worded reports differently is
 * told apart by the REPORT_LAYOUT it records. This pins what the report says for a fixed input, so a
 * change to the report's words cannot ship without a decision about the layout number.
 *
 * When this fails: if the words a report prints changed, bump REPORT_LAYOUT (shared/report/report-layout.ts)
 * and pin the new digest with the new number; if only the fixture's data changed, pin the new digest alone.
 */
// Layout 3: the notes' colon cut (help-in-scope.ts), the sources' kind and lapse in appendix B, and bank 2026.3 in the fixture.
const PINNED = { layout: 3, digest: '6c9f7cedeb5bbae4bd92f5e22d11add11e0d6e284336bb4e902d91495b35acc8' }

describe('report layout version', () => {
  it('the report model for a fixed input is the one pinned with the current REPORT_LAYOUT', () => {
    const draft = buildReportModel(makeReportFixture({ status: 'draft' }).input)
    const final = buildReportModel(makeReportFixture().input)
    const digest = sha256Hex(JSON.stringify([draft, final]))
    expect({ layout: REPORT_LAYOUT, digest }).toEqual(PINNED)
  })

  it('the report records its layout in the Keywords, after the generation time', () => {
    const model = buildReportModel(makeReportFixture().input)
    expect(model.properties.keywords).toMatch(new RegExp(`generated:[0-9TZ:.-]+; layout:${REPORT_LAYOUT}$`))
  })
})
