import { expect, it } from 'vitest'
import { BUILTIN_BANKS } from '../fixtures/builtin-banks'
import { createReportRenderer } from '@shared/report/render/render-report'
import { reportInputFor } from '@shared/report/report-input'
import { buildReportModel } from '@shared/report/report-model'
import { runCli } from '../../electron/cli/run-cli'
import { memoryIo } from '../fixtures/examples/cli-io'
import { GENERATED_AT, makeReportFixture, reportFonts } from '../fixtures/report-fixtures'

it('verify of the report of an earlier final that was changed after sign-off names that assessment and the change, not the latest', async () => {
  const { file } = makeReportFixture({ status: 'final' })
  const earlier = file.assessments[1]!
  const input = reportInputFor({
    engagement: file.engagement,
    assessments: file.assessments,
    assessmentId: earlier.id,
    banks: BUILTIN_BANKS,
    generatedAt: GENERATED_AT
  })
  if (!input.ok) throw new Error(input.error.message)
  const pdf = createReportRenderer(reportFonts()).render(buildReportModel(input.value))
  const changed = structuredClone(file)
  changed.assessments[1]!.title = 'Annual review, quietly edited'
  const m = memoryIo({ files: { 'data.json': JSON.stringify(changed) } })
  const readBytes = m.io.readBytes
  m.io.readBytes = async (p) => (p === 'report.pdf' ? pdf : readBytes(p))
  expect(await runCli(['verify', 'report.pdf', 'data.json'], m.io)).toBe(1)
  const err = m.stderr()
  expect(err).toContain(`does not match assessment ${earlier.id} ("Annual review, quietly edited")`)
  expect(err).toContain('sign-off: The assessment was changed after it was signed off')
  expect(err).not.toContain(file.assessments.at(-1)!.id)
}, 30_000)
