import { BUILTIN_BANKS } from '@shared/bank/bank-registry'
import { EngagementFileSchema, recordsOf, type EngagementRecord, type ExchangeFile } from '@shared/exchange/exchange-schemas'
import { parseUntrustedJson } from '@shared/exchange/safe-json'
import { readExchangeFile } from '@shared/exchange/validate-exchange'
import { fingerprintAssessment } from '@shared/integrity/fingerprint'
import { readReportFingerprint } from '@shared/report/read-fingerprint'
import type { Assessment } from '@shared/schemas/assessment'
import { EXIT, UsageError, type CliIo, type Command } from '../cli-types'
import { describeIoError, reportProblems } from '../load-input'
import { requirePositionals } from '../parse-args'
import { findPrintedFingerprint } from '../pdf-text-fingerprint'
import { latestCreated, namedAssessment } from '../pick-assessment'

export const verifyCommand: Command = {
  name: 'verify',
  usage: 'verify <report.pdf> <assessment.json> [--assessment <id>]',
  summary: 'does the report\'s fingerprint match this data? exit 0 on a match, 1 on a mismatch',
  run: async (args, io) => {
    const [pdfPath, jsonPath] = requirePositionals(args, ['report.pdf', 'assessment.json']) as [string, string]
    let pdf: Uint8Array
    try {
      pdf = await io.readBytes(pdfPath)
    } catch (error) {
      io.err(`Cannot read ${pdfPath}: ${describeIoError(error)}`)
      return EXIT.invalid
    }
    const printed = readReportFingerprint(pdf) ?? findPrintedFingerprint(pdf)
    if (!printed) {
      io.err(`${pdfPath}: no Arm's Length fingerprint found in this PDF`)
      return EXIT.invalid
    }
    const record = await loadRecord(io, jsonPath)
    if (!record) return EXIT.invalid
    const assessment = chooseAssessment(record, args.flags.get('--assessment'), printed)
    const computed = fingerprintAssessment(assessment)
    if (computed === printed) {
      io.out(`Match: ${pdfPath} was generated from assessment ${assessment.id} ("${assessment.title}") in ${jsonPath}`)
      io.out(`  fingerprint ${computed}`)
      return EXIT.ok
    }
    io.err(`Mismatch: ${pdfPath} does not match assessment ${assessment.id} ("${assessment.title}") in ${jsonPath}`)
    io.err(`  report fingerprint: ${printed}`)
    io.err(`  data fingerprint:   ${computed}`)
    if (assessment.signOff && assessment.signOff.fingerprint !== computed) {
      io.err(`  the assessment's own sign-off says ${assessment.signOff.fingerprint}: it was changed after it was finalized`)
    }
    return EXIT.invalid
  }
}

/**
 * The named assessment; else the one whose fingerprint the report names; else the latest. A wrong
 * match is then reported as a mismatch with both values, which is the useful answer.
 */
function chooseAssessment(record: EngagementRecord, wanted: string | true | undefined, printed: string): Assessment {
  if (typeof wanted === 'string') return namedAssessment(record, wanted)
  const chosen = record.assessments.find((a) => fingerprintAssessment(a) === printed) ?? latestCreated(record.assessments)
  if (!chosen) throw new UsageError('The file has no assessment to verify')
  return chosen
}

/**
 * Loads the engagement file. A final assessment edited after sign-off fails normal validation
 * (its stored fingerprint no longer matches), yet that is exactly the case verify must explain,
 * so when those are the only problems the file is read on its schema alone.
 */
async function loadRecord(io: CliIo, path: string): Promise<EngagementRecord | null> {
  let text: string
  try {
    text = await io.readText(path)
  } catch (error) {
    io.err(`Cannot read ${path}: ${describeIoError(error)}`)
    return null
  }
  const file = readLeniently(io, path, text)
  if (!file) return null
  const records = recordsOf(file)
  if (records.length !== 1) throw new UsageError('verify takes a file with one engagement')
  return records[0] as EngagementRecord
}

function readLeniently(io: CliIo, path: string, text: string): ExchangeFile | null {
  const read = readExchangeFile(text, BUILTIN_BANKS)
  if (read.ok) return read.value
  const problems = read.error.problems ?? []
  const onlySignOff = problems.length > 0 && problems.every((p) => p.path.endsWith('.signOff.fingerprint'))
  const json = onlySignOff ? parseUntrustedJson(text) : null
  const parsed = json?.ok ? EngagementFileSchema.safeParse(json.value) : null
  if (parsed?.success) return { kind: 'engagement', file: parsed.data }
  reportProblems(io, { ok: false, message: `${path}: ${read.error.message}`, problems })
  return null
}
