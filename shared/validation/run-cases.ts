import type { QuestionBank } from '../bank/bank-schema'
import { profilesFor } from '../bank/profiles-for'
import type { RiskBand } from '../bank/vocabulary'
import { scoreAssessment } from '../scoring/score'
import type { ScoreResult, SufficiencyStatus } from '../scoring/score-types'
import { migrationPath, type OptionMap, type QuestionMove } from '../workflow/carry-forward-map'
import { CASE_JURISDICTIONS, ValidationCaseSchema, type CaseJurisdiction, type CaseOutcome, type ValidationCase } from './case-schema'
import { agreementOf, agrees, aucOf, type Agreement } from './measure'

export type CaseFile = { path: string; text: string }

/** A case file that could not be measured, with every problem as "path: reason". */
export type InvalidCase = { path: string; problems: string[] }

export type CaseRun = {
  path: string
  case: ValidationCase
  profiles: string[]
  score: number
  rounded: number
  band: RiskBand
  sufficiency: SufficiencyStatus
  coverageRatio: number
  answered: number
  agree: boolean
  /** Why the engine scored it so: red flags, the questions carrying most points. */
  reason: string
}

export type ValidationReport = {
  bank: { id: string; version: string }
  runs: CaseRun[]
  invalid: InvalidCase[]
  agreement: Agreement
  /** Agreement counting "Insufficient information" and "Not assessed" as misses. */
  strictAgreement: Agreement
  auc: number | null
  byJurisdiction: { jurisdiction: CaseJurisdiction; agreement: Agreement; auc: number | null }[]
  counts: { cases: number; found: number; notFound: number; jurisdictions: number; insufficient: number; critical: number }
}

/** The shipped bank's profile that must be switched on for a case from each jurisdiction. */
const PROFILE_OF: Record<CaseJurisdiction, string> = {
  'us-federal': 'us-federal',
  'us-california': 'us-california',
  philippines: 'philippines',
  india: 'india',
  germany: 'germany',
  'united-kingdom': 'united-kingdom',
  mexico: 'mexico',
  brazil: 'brazil',
  colombia: 'colombia'
}

/**
 * The case's answers mean the same under the shipped bank: it was encoded under it, or under an earlier release
 * from which no release since moved a question or option the case answers (carry-forward-map.ts), so each answer
 * keeps its question and option as the encoder chose them. A release that changes only what the law makes of answers
 * (2026.5's verdicts and cap) then needs no re-stamping of case files, which stay as encoded; the answers are still
 * checked below. Since 2026.7 a move is read answer by answer: its PAY-04 split (an option no case chose) leaves every
 * other answer as it was, while a case that chose the split option would still be refused, to be encoded again.
 */
function answersMeanTheSame(c: Pick<ValidationCase, 'bank' | 'answers'>, bank: QuestionBank): boolean {
  const encoded = c.bank
  if (encoded.id === bank.id && encoded.version === bank.version) return true
  const path = migrationPath(encoded, { id: bank.id, version: bank.version })
  return path !== null && path.every((m) => Object.entries(m.moves).every(([id, moves]) => keepsMeaning(c.answers[id], id, moves)))
}

/** An answer a move leaves as it was: not given, or moved only onto its own question with neither chosen option remapped. */
function keepsMeaning(answer: ValidationCase['answers'][string] | undefined, id: string, moves: readonly QuestionMove[]): boolean {
  if (answer === undefined) return true
  const [move, ...more] = moves
  if (!move || more.length > 0 || move.to !== id) return false
  const remapped = (choice: string | undefined, map: OptionMap | undefined): boolean => choice !== undefined && map !== undefined && Object.hasOwn(map, choice)
  return !remapped(answer.choice, move.options) && !remapped(answer.contractChoice, move.contractOptions)
}

/** Parses a case file and checks it against the bank; the score comes back with it when valid. */
export function readCase(file: CaseFile, bank: QuestionBank): { ok: true; run: CaseRun } | { ok: false; invalid: InvalidCase } {
  const invalid = (problems: string[]) => ({ ok: false as const, invalid: { path: file.path, problems } })
  let raw: unknown
  try {
    raw = JSON.parse(file.text)
  } catch (error) {
    return invalid([`(file): not JSON — ${error instanceof Error ? error.message : String(error)}`])
  }
  const parsed = ValidationCaseSchema.safeParse(raw)
  if (!parsed.success) return invalid(parsed.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`))
  const c = parsed.data
  const problems: string[] = []
  if (!answersMeanTheSame(c, bank)) {
    problems.push(`bank: encoded under ${c.bank.id} ${c.bank.version}, but the shipped bank is ${bank.id} ${bank.version}, and a release since then moved questions`)
  }
  const profiles = profilesFor(bank, { deliveryCountries: c.engagement.deliveryCountries, clientUsStates: c.engagement.clientUsStates })
  const needed = PROFILE_OF[c.jurisdiction]
  if (!profiles.includes(needed)) problems.push(`engagement: does not switch on the ${needed} profile`)
  for (const [id, answer] of Object.entries(c.answers)) {
    const q = bank.questions.find((x) => x.id === id)
    if (!q) {
      problems.push(`answers.${id}: unknown question in bank ${bank.id} ${bank.version}`)
      continue
    }
    if (answer.choice !== undefined && !q.options.some((o) => o.id === answer.choice)) problems.push(`answers.${id}.choice: unknown option "${answer.choice}"`)
    if (answer.contractChoice !== undefined && !(q.contract?.options ?? []).some((o) => o.id === answer.contractChoice)) {
      problems.push(`answers.${id}.contractChoice: unknown option "${answer.contractChoice}"`)
    }
    if (answer.na && !q.naAllowed) problems.push(`answers.${id}.na: this question does not allow N/A`)
  }
  if (problems.length > 0) return invalid(problems)
  const result = scoreAssessment({ bank, profiles, kind: 'adhoc', answers: c.answers })
  const asked = new Set(result.lines.map((l) => l.questionId))
  const hidden = Object.keys(c.answers).filter((id) => !asked.has(id))
  if (hidden.length > 0) return invalid(hidden.map((id) => `answers.${id}: not asked for this case (a follow-up whose parent answer hides it, or another profile's question)`))
  const band = result.overall.band
  return {
    ok: true,
    run: {
      path: file.path,
      case: c,
      profiles,
      score: result.overall.score,
      rounded: result.overall.rounded,
      band,
      sufficiency: result.sufficiency.status,
      coverageRatio: result.sufficiency.coverageRatio,
      answered: result.coverage.answered + result.coverage.partial + result.coverage.unsure + result.coverage.na,
      agree: agrees(band, c.outcome),
      reason: reasonFor(result, needed)
    }
  }
}

function reasonFor(result: ScoreResult, profileId: string): string {
  const verdict = result.verdicts.find((v) => v.profileId === profileId)
  const decisive = result.decisive.filter((d) => d.nature === 'employment').map((d) => d.ruleId)
  const flags = result.redFlags.map((f) => `${f.questionId}/${f.optionId}`)
  const drivers = result.topDrivers.slice(0, 3).map((d) => `${d.questionId} ${d.points.toFixed(1)} pts`)
  const parts = [
    verdict ? `${verdict.name}: "${verdict.verdict}"${verdict.knockOutsDecisive ? '' : ' (knock-out answers are evidence only under this law)'}` : null,
    decisive.length > 0 ? `decisive: ${decisive.join(', ')}` : 'no decisive factor fired',
    flags.length > 0 ? `knock-out answers: ${flags.join(', ')}` : null,
    drivers.length > 0 ? `most points: ${drivers.join(', ')}` : 'no points',
    `${Math.round(result.sufficiency.coverageRatio * 100)} % of the questions asked are answered in full`
  ]
  return parts.filter((p) => p !== null).join('; ')
}

export function runValidation(files: readonly CaseFile[], bank: QuestionBank): ValidationReport {
  const runs: CaseRun[] = []
  const invalid: InvalidCase[] = []
  for (const file of files) {
    const read = readCase(file, bank)
    if (read.ok) runs.push(read.run)
    else invalid.push(read.invalid)
  }
  const seen = new Map<string, string>()
  for (const r of runs) {
    const other = seen.get(r.case.id)
    if (other) invalid.push({ path: r.path, problems: [`id: "${r.case.id}" is also used by ${other}`] })
    else seen.set(r.case.id, r.path)
  }
  const scored = (list: readonly CaseRun[]) => list.map((r) => ({ score: r.score, outcome: r.case.outcome }))
  const byJurisdiction = CASE_JURISDICTIONS.map((jurisdiction) => {
    const list = runs.filter((r) => r.case.jurisdiction === jurisdiction)
    return { jurisdiction, agreement: agreementOf(list), auc: aucOf(scored(list)) }
  }).filter((j) => j.agreement.total > 0)
  const count = (outcome: CaseOutcome) => runs.filter((r) => r.case.outcome === outcome).length
  return {
    bank: { id: bank.id, version: bank.version },
    runs,
    invalid,
    agreement: agreementOf(runs),
    strictAgreement: agreementOf(runs.map((r) => ({ agree: r.agree && r.sufficiency === 'sufficient' }))),
    auc: aucOf(scored(runs)),
    byJurisdiction,
    counts: {
      cases: runs.length,
      found: count('relationship-found'),
      notFound: count('relationship-not-found'),
      jurisdictions: byJurisdiction.length,
      insufficient: runs.filter((r) => r.sufficiency !== 'sufficient').length,
      critical: runs.filter((r) => r.band === 'critical').length
    }
  }
}
