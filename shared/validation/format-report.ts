import type { Agreement } from './measure'
import type { CaseRun, ValidationReport } from './run-cases'

const pct = (a: Agreement) => (a.ratio === null ? '—' : `${(a.ratio * 100).toFixed(1)} % (${a.agreed}/${a.total})`)
const auc = (v: number | null) => (v === null ? '—' : v.toFixed(3))
const BAND: Record<CaseRun['band'], string> = { low: 'Low', moderate: 'Moderate', high: 'High', critical: 'Critical' }
const SUFFICIENCY: Record<CaseRun['sufficiency'], string> = {
  'not-assessed': 'Not assessed',
  insufficient: 'Insufficient information',
  sufficient: 'Sufficient'
}
const OUTCOME = (r: CaseRun) => (r.case.outcome === 'relationship-found' ? 'found' : 'not found')

/** What `npm run validate:cases` prints. */
export function formatReportText(report: ValidationReport): string {
  const lines: string[] = []
  lines.push(`Decided-case validation — bank ${report.bank.id} ${report.bank.version}`)
  const c = report.counts
  lines.push(`${c.cases} cases: ${c.found} relationship found, ${c.notFound} not found, ${c.jurisdictions} jurisdictions`)
  lines.push('')
  lines.push(`Band agreement (High/Critical = found, Low/Moderate = not found): ${pct(report.agreement)}`)
  lines.push(`AUC of the score against the outcome: ${auc(report.auc)}`)
  lines.push(`Cases below the coverage threshold (computed band used): ${c.insufficient} of ${c.cases}`)
  lines.push(`Agreement counting "Insufficient information" as a miss: ${pct(report.strictAgreement)}`)
  lines.push(`Cases reaching Critical: ${c.critical}`)
  lines.push('')
  lines.push('By jurisdiction:')
  for (const j of report.byJurisdiction) lines.push(`  ${j.jurisdiction.padEnd(16)} ${pct(j.agreement).padEnd(20)} AUC ${auc(j.auc)}`)
  lines.push('')
  lines.push('Every case:')
  for (const r of report.runs) {
    lines.push(
      `  ${r.agree ? 'agree' : 'MISS '}  ${r.rounded.toFixed(1).padStart(5)}  ${BAND[r.band].padEnd(8)}  court: ${OUTCOME(r).padEnd(9)}  ${r.case.id}`
    )
  }
  const misses = report.runs.filter((r) => !r.agree)
  lines.push('')
  lines.push(misses.length === 0 ? 'No misses.' : `Misses (${misses.length}):`)
  for (const r of misses) {
    lines.push(`  ${r.case.name} (${r.case.citation}) — court: relationship ${OUTCOME(r)}; engine: ${BAND[r.band]} ${r.rounded.toFixed(1)}`)
    lines.push(`    ${r.reason}`)
  }
  if (report.invalid.length > 0) {
    lines.push('')
    lines.push(`Invalid case files (${report.invalid.length}):`)
    for (const i of report.invalid) for (const p of i.problems) lines.push(`  ${i.path}: ${p}`)
  }
  return lines.join('\n') + '\n'
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ')

/** The table docs/validation.md publishes, misses included. */
export function formatReportMarkdown(report: ValidationReport, measuredOn: string): string {
  const c = report.counts
  const out: string[] = []
  out.push(`Measured on ${measuredOn} with bank \`${report.bank.id}\` ${report.bank.version} and the engine as committed then.`)
  out.push('')
  out.push('| measure | result |')
  out.push('|---|---|')
  out.push(`| cases | ${c.cases} (${c.found} relationship found, ${c.notFound} not found; ${c.jurisdictions} jurisdictions) |`)
  out.push(`| band agreement | ${pct(report.agreement)} |`)
  out.push(`| AUC | ${auc(report.auc)} |`)
  out.push(`| below the coverage threshold | ${c.insufficient} of ${c.cases} |`)
  out.push(`| agreement, "Insufficient information" counted as a miss | ${pct(report.strictAgreement)} |`)
  out.push(`| cases reaching Critical | ${c.critical} |`)
  out.push('')
  out.push('| jurisdiction | agreement | AUC |')
  out.push('|---|---|---|')
  for (const j of report.byJurisdiction) out.push(`| ${j.jurisdiction} | ${pct(j.agreement)} | ${auc(j.auc)} |`)
  out.push('')
  out.push('| case | jurisdiction | citation | court found a relationship? | score | band | sufficiency | agree? |')
  out.push('|---|---|---|---|---|---|---|---|')
  for (const r of report.runs) {
    out.push(
      `| [${cell(r.case.name)}](${r.case.url}) | ${r.case.jurisdiction} | ${cell(r.case.citation)} | ${r.case.outcome === 'relationship-found' ? 'yes' : 'no'} | ` +
        `${r.rounded.toFixed(1)} | ${BAND[r.band]} | ${SUFFICIENCY[r.sufficiency]} | ${r.agree ? 'yes' : '**miss**'} |`
    )
  }
  const misses = report.runs.filter((r) => !r.agree)
  out.push('')
  out.push(`Misses (${misses.length}), with what the engine saw:`)
  out.push('')
  for (const r of misses) out.push(`- **${cell(r.case.name)}** (${r.case.jurisdiction}): court — relationship ${OUTCOME(r)}; engine — ${BAND[r.band]} ${r.rounded.toFixed(1)}. ${cell(r.reason)}.`)
  return out.join('\n') + '\n'
}
