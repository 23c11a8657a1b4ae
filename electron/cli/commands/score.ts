import { EXIT, type CliIo, type Command } from '../cli-types'
import { requirePositionals } from '../parse-args'
import { loadExchangeFile, reportProblems } from '../load-input'
import { pickAssessment } from '../pick-assessment'
import { scoreJson, type ScoreJson } from '../score-output'
import { builtinBanks } from '../builtin-banks'
import { scoreStoredAssessment } from '@shared/workflow/score-stored'
import { printJson } from '../print-lines'
import {
  lawAsAtNote,
  lawResultText,
  naContradictionText,
  openExposuresLine,
  rebuttedLine,
  verdictAsOf,
  type VerdictDate
} from '@shared/report/law-verdicts'
import type { NaContradiction } from '@shared/scoring/score-types'
import { assertNever } from '@shared/util/result'
import { bandStillProvisional, bandWithheld } from '@shared/scoring/band-provisional'

const BAND_LABEL = { low: 'Low', moderate: 'Moderate', high: 'High', critical: 'Critical' } as const

export const scoreCommand: Command = {
  name: 'score',
  usage: 'score <assessment.json> [--json] [--assessment <id>]',
  summary: 'score one assessment file',
  options: ['--json', '--assessment'],
  run: async (args, io) => {
    const [path] = requirePositionals(args, ['assessment.json'])
    const loaded = await loadExchangeFile(io, path as string)
    if (!loaded.ok) {
      reportProblems(io, loaded)
      return EXIT.invalid
    }
    const { record, assessment } = pickAssessment(loaded.file, args, path)
    const scored = scoreStoredAssessment(assessment, await builtinBanks())
    if (!scored.ok) {
      io.err(`${path}: ${scored.error.message}`)
      return EXIT.invalid
    }
    const { result } = scored.value
    const doc = scoreJson(record.engagement, assessment, scored.value.bank, result)
    if (args.flags.has('--json')) printJson(io.out, doc)
    else
      printText(io, doc, {
        asOf: verdictAsOf(assessment, io.now().toISOString()),
        contradicted: result.sufficiency.naContradicted,
        topDrivers: result.topDrivers
      })
    return EXIT.ok
  }
}

/**
 * The text form says what the Results screen and the report say beside the numbers: a band an open decisive
 * question could still change is provisional, a law stated more than a year before the assessment is said
 * to be, and an N/A a law's own finding contradicts is named (shared wording, shared/report/law-verdicts).
 */
function printText(
  io: CliIo,
  doc: ScoreJson,
  context: {
    asOf: VerdictDate
    contradicted: readonly NaContradiction[]
    /** Unrounded, as the report rounds them once: the JSON's three decimals rounded again gave 13 % where the PDF said 12 %. */
    topDrivers: readonly { questionId: string; points: number; share: number }[]
  }
): void {
  const percent = (n: number): string => `${Math.round(n * 100)}%`
  io.out(`${doc.engagement.vendorName} — ${doc.engagement.name}`)
  io.out(
    `Assessment: ${doc.assessment.title || doc.assessment.id} (${doc.assessment.kind}, ${doc.assessment.status}); profiles: ${doc.assessment.profiles.join(', ') || 'none'}`
  )
  // Missing information is never shown as a band: "Not assessed" / "Insufficient information" first (issue 11).
  if (doc.sufficiency.status === 'not-assessed') io.out('Overall: Not assessed (nothing answered)')
  else if (doc.sufficiency.status === 'insufficient')
    // a Low on too little information is not named (what is unanswered scores nothing yet), as the report and screens say
    io.out(
      `Overall: Insufficient information (${bandWithheld(doc.sufficiency.status, doc.overall.band) ? `no band yet: ${doc.overall.score.toFixed(1)} / 100 so far` : `provisional ${doc.overall.score.toFixed(1)} / 100, ${BAND_LABEL[doc.overall.band]}`})`
    )
  else io.out(`Overall: ${doc.overall.score.toFixed(1)} / 100  ${BAND_LABEL[doc.overall.band]}`)
  const open = doc.sufficiency.decisiveUnanswered
  if (bandStillProvisional(doc.sufficiency.status, doc.overall.band, open.length > 0))
    io.out(`  provisional: it could still rise; open questions that could decide the result: ${open.join(', ')}`)
  const factors = doc.overall.decisiveFactors
  if (factors > 0)
    io.out(
      `  ${factors === 1 ? '1 decisive factor lifts' : `${factors} decisive factors lift`} it from ${doc.overall.answersScore.toFixed(1)} (the answers alone)`
    )
  if (doc.overall.answersCapped)
    io.out(
      `  held at the top of its band: the answers alone score ${doc.overall.answersScore.toFixed(1)}, but do not meet the deciding law's own test`
    )
  for (const v of doc.verdicts) {
    io.out(`  ${v.name}${v.lawAsAt ? ` (law as at ${v.lawAsAt})` : ''}: ${v.verdict}`)
    // the law's own result, as the report's table words it: provisional only for questions open under this law
    const result = lawResultText(doc.sufficiency.status, v.band, v.score, v.openDecisive.length > 0)
    io.out(`    result under this law: ${result}${v.openDecisive.length > 0 ? ` (open under this law: ${v.openDecisive.join(', ')})` : ''}`)
    const lawNote = v.lawAsAt ? lawAsAtNote(v.lawAsAt, context.asOf) : null
    if (lawNote?.stale) io.out(`    ${lawNote.text}`)
    for (const c of context.contradicted.filter((n) => n.profileId === v.profile)) io.out(`    ${naContradictionText(c)}`)
    for (const r of v.rebutted)
      io.out(
        `    ${rebuttedLine({ ruleId: r.rule, title: r.title, questionIds: r.questions, withoutEvidence: r.withoutEvidence, noteOnly: r.noteOnly })}`
      )
    const exposures = openExposuresLine(v.openExposures)
    if (exposures) io.out(`    ${exposures}`)
  }
  if (doc.amplification.total > 0) {
    io.out(
      `  amplification ${percent(doc.amplification.total)} of the distance to 100, in proportion to the control points${doc.amplification.capped ? ` (capped; ${percent(doc.amplification.uncapped)} before the cap)` : ''}: ` +
        doc.amplification.contributors.map((c) => `${c.questionId} ${c.optionId}`).join(', ')
    )
  }
  io.out(
    `Coverage: ${percent(doc.coverage.ratio)} (${doc.coverage.covered} of ${doc.coverage.visible} questions; ${doc.coverage.unanswered} unanswered, ${doc.coverage.unsure} unsure${doc.coverage.carriedUnconfirmed > 0 ? `, ${doc.coverage.carriedUnconfirmed} carried forward and not confirmed` : ''})`
  )
  io.out('')
  io.out('Sections:')
  // a section with nothing answered has no result, and one on too little has only a provisional band (as on screen)
  for (const s of doc.sections) io.out(`  ${s.title.padEnd(36)} ${sectionResult(s)}`)
  if (doc.redFlags.length > 0) {
    io.out('')
    io.out('Red flags:')
    for (const f of doc.redFlags) io.out(`  ${f.questionId} (${f.side}): ${f.label}`)
  }
  if (doc.gaps.length > 0) {
    io.out('')
    io.out('Contract vs practice gaps:')
    for (const g of doc.gaps) io.out(`  ${g.questionId}: contract "${g.contractLabel}" — practice "${g.practiceLabel}"`)
  }
  if (context.topDrivers.length > 0) {
    io.out('')
    io.out('Top drivers:')
    for (const d of context.topDrivers) io.out(`  ${d.questionId}  ${d.points.toFixed(1)} points (${percent(d.share)})`)
  }
}

/** "  84.4  Critical"; "  14.7  Low, provisional (open: PAY-04)"; "Not assessed"; "Insufficient information (provisional: High)" or "(no band yet)". */
function sectionResult(s: ScoreJson['sections'][number]): string {
  switch (s.sufficiency) {
    case 'not-assessed':
      return '   —   Not assessed'
    case 'insufficient':
      return `${s.score.toFixed(1).padStart(5)}  Insufficient information (${bandWithheld(s.sufficiency, s.band) ? 'no band yet' : `provisional: ${BAND_LABEL[s.band]}`})`
    case 'sufficient':
      // a question still open in the section could raise it, as on every other surface (a Critical cannot rise)
      return bandStillProvisional(s.sufficiency, s.band, s.openDecisive.length > 0)
        ? `${s.score.toFixed(1).padStart(5)}  ${BAND_LABEL[s.band]}, provisional (open: ${s.openDecisive.join(', ')})`
        : `${s.score.toFixed(1).padStart(5)}  ${BAND_LABEL[s.band]}`
    default:
      return assertNever(s.sufficiency)
  }
}
