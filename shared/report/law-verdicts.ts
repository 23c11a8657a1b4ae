import type { RiskBand } from '../bank/vocabulary'
import type { Assessment } from '../schemas/assessment'
import type { NaContradiction, ProfileVerdict, RebuttedRule, Sufficiency, SufficiencyStatus } from '../scoring/score-types'
import { withArticle } from '../scoring/law-names'
import { bandStillProvisional } from '../scoring/band-provisional'
import { lawCapLine, resultLabel } from './explanation-model'
import { BAND_LABELS, formatDate, formatScore } from './labels'
import type { LawVerdictView } from './report-types'

/**
 * The words of "Under each law applied", shared by the Results screen and the report's executive summary
 * so counsel reads the same verdict, date and warning in both (issue 11, item 7; DECISIONS 100).
 */

/**
 * A verdict reached on too little information is marked provisional, unless its own words already say
 * there is not enough for one (scoring/verdicts.ts words the not-assessed and insufficient cases itself);
 * so is one a question still open under that law could change, as its band is (a Critical cannot rise).
 * Counsel review: "No implied contract of employment with you is necessary to explain these facts" was
 * printed as settled beside six open questions any of which could decide it.
 */
export function provisionalVerdict(status: SufficiencyStatus, verdict: string, band: RiskBand, openDecisive: boolean): boolean {
  if (status === 'insufficient') return !verdict.startsWith('Insufficient information')
  return bandStillProvisional(status, band, openDecisive)
}

/** The verdict as printed: "Provisional: …" where it rests on too little information or a question open could change it. */
export function verdictText(status: SufficiencyStatus, verdict: string, band: RiskBand, openDecisive: boolean): string {
  return provisionalVerdict(status, verdict, band, openDecisive) ? `Provisional: ${verdict}` : verdict
}

/**
 * "High, 71.2"; "High, 71.2, provisional" while a question still open could decide the result (as the
 * gauge says; a Critical cannot rise and stays as it is); "Insufficient information (provisional: High,
 * 42.0)"; "Not assessed" (no band, no score).
 */
export function lawResultText(status: SufficiencyStatus, band: RiskBand, rounded: number, openDecisive = false): string {
  if (status === 'not-assessed') return resultLabel(status, band)
  const text = resultLabel(status, band, formatScore(rounded))
  return bandStillProvisional(status, band, openDecisive) ? `${text}, provisional` : text
}

/**
 * The date a result stands at, for judging how old the law it applies is: a signed-off assessment's
 * verdict was given at sign-off (a report printed later still speaks as at then); anything else is
 * read now, so its verdict is as at `now` (the report's generation time, the screen's clock).
 * Returns an ISO date (YYYY-MM-DD).
 */
export function verdictAsOf(assessment: Pick<Assessment, 'status' | 'signOff'>, now: string): VerdictDate {
  const signed = assessment.status === 'final' ? assessment.signOff?.finalizedAt : undefined
  return { date: (signed ?? now).slice(0, 10), signedOff: signed !== undefined, readOn: now.slice(0, 10) }
}

/**
 * The date a result stands at, whether that is its sign-off (else the day it is read or printed), and the day it
 * is read or printed (ISO dates).
 */
export type VerdictDate = { date: string; signedOff: boolean; readOn: string }
/**
 * More than twelve calendar months lie between the date a profile states its law as at and `asOf`
 * (both ISO dates): 30 November 2025 is stale from 1 December 2026, not on 30 November 2026. Compared
 * as text, so 29 February rolls to 1 March of the next year.
 */
export function lawOlderThanAYear(lawAsAt: string, asOf: string): boolean {
  const year = Number(lawAsAt.slice(0, 4))
  if (!Number.isInteger(year)) return false
  return asOf.slice(0, 10) > `${String(year + 1).padStart(4, '0')}${lawAsAt.slice(4, 10)}`
}

export type LawAsAtNote = { text: string; stale: boolean }

/**
 * "Law as at 30 November 2025", and where that is more than a year before the assessment's date,
 * said plainly beside it: the law may have changed since, and nobody should have to work that out.
 */
export function lawAsAtNote(lawAsAt: string, asOf: VerdictDate): LawAsAtNote {
  const date = formatDate(lawAsAt)
  // the date compared with is named: a draft's answers may be recent while it is read or printed a year on
  const against = asOf.signedOff ? `its sign-off on ${formatDate(asOf.date)}` : formatDate(asOf.date)
  // a law stated as at a date after the sign-off cannot have been what the sign-off relied on (counsel review: the
  // example finals, pinned to a later bank, read "current at its sign-off")
  if (asOf.signedOff && lawAsAt.slice(0, 10) > asOf.date.slice(0, 10))
    return {
      text: `Law as at ${date}, after ${against}: this statement of the law is later than the sign-off, so it is not what the sign-off relied on.`,
      stale: true
    }
  if (lawOlderThanAYear(lawAsAt, asOf.date))
    return { text: `Law as at ${date}, more than a year before ${against}: check for changes since.`, stale: true }
  // a final signed while the law was current, read or printed more than a year after the law's date: the
  // verdict stood at sign-off, but whoever relies on it today must know the law may have moved (counsel review)
  if (asOf.signedOff && lawOlderThanAYear(lawAsAt, asOf.readOn))
    return {
      // "under a year old", not "current": the app compares dates, it does not check the law (counsel review)
      text: `Law as at ${date}: under a year old at ${against}, but more than a year before ${formatDate(asOf.readOn)}: check for changes since.`,
      stale: true
    }
  return { text: `Law as at ${date}`, stale: false }
}

/**
 * The findings fired under a law, by title and the answers that fired them: "Fired: Person-related
 * instructions and integration (SUP-02, INT-06)". The headline verdict already gives the gravest one's
 * words, and the findings section gives each in full.
 */
export function firedLine(findings: ProfileVerdict['findings']): string | null {
  if (findings.length === 0) return null
  // an exposure (shared liability, a registration) is not a finding that you employ anyone: said so beside it
  const tag = (f: ProfileVerdict['findings'][number]) => (f.nature === 'exposure' ? ', an exposure, not employment' : '')
  return `Fired: ${findings.map((f) => `${f.title} (${f.questionIds.join(', ')}${tag(f)})`).join('; ')}`
}

/**
 * An N/A that the law's own finding contradicts, said beside that law's verdict: "DE-03 is answered not
 * applicable, but “Person-related instructions and integration” fired under the law of Germany, so the arrangement
 * is of the kind DE-03 asks about. Answered, it could fire “An individual leased to you beyond the maximum
 * period” (Critical): answer it rather than rely on the N/A."
 */
export function naContradictionText(c: NaContradiction): string {
  return `${c.questionId} is answered not applicable, but “${c.firedTitle}” fired under the law of ${withArticle(c.law)}, so the arrangement is of the kind ${c.questionId} asks about. Answered, it could fire “${c.untestedTitle}” (${BAND_LABELS[c.untestedBand]}): answer it rather than rely on the N/A.`
}

/**
 * The questions still open that could add an exposure under a law, said apart from what could raise its
 * result (they cannot): "Still open: could add a liability of its own, weighed apart from whether you employ the agents now: UK-01, UK-02".
 */
/**
 * A rule the answers rebut, as a record rather than a finding (counsel review): the answers hold the rebuttal, a
 * tribunal decides it, and whoever asserts it bears the burden of proving it.
 */
export function rebuttedLine(r: RebuttedRule): string {
  return `Rebuttal on record, still to be proven if challenged: ${r.title}, answered by ${r.questionIds.join(', ')}; it does not raise the result on these answers; ${rebuttalEvidenceText(r)}`
}

/**
 * Whether the answers a rebuttal rests on list evidence (since bank 2026.7, counsel review): the rebuttal accepts the
 * answers as given, but whoever asserts it must prove it (Alilin), so the line says which list no document, and which
 * of those hold only a note (a statement, not proof). "no evidence is attached to PH-05, SUP-01 (only a note: PH-02)".
 */
export function rebuttalEvidenceText(r: Pick<RebuttedRule, 'questionIds' | 'withoutEvidence' | 'noteOnly'>): string {
  if (r.withoutEvidence.length === 0) return 'evidence is listed for each of these answers'
  const notes = r.noteOnly.length > 0 ? ` (only a note: ${r.noteOnly.join(', ')})` : ''
  if (r.withoutEvidence.length === r.questionIds.length) return `no evidence is attached to any of these answers${notes}`
  return `no evidence is attached to ${r.withoutEvidence.join(', ')}${notes}`
}

export function openExposuresLine(ids: readonly string[]): string | null {
  // not "though not employment by you": the UK's TUPE questions are among them, and staff transferring to you when
  // the work comes back in house become your employees (counsel review)
  return ids.length > 0
    ? `Still open: could add a liability of its own, weighed apart from whether you employ the agents now: ${ids.join(', ')}`
    : null
}

/** The report's rows of "Under each law applied", one per verdict, in the order scoring gives them (bank order). */
export function lawVerdictViews(
  verdicts: readonly ProfileVerdict[],
  sufficiency: Pick<Sufficiency, 'status'>,
  asOf: VerdictDate,
  answersScore: number
): LawVerdictView[] {
  const { status } = sufficiency
  return verdicts.map((v) => {
    const note = v.lawAsAt ? lawAsAtNote(v.lawAsAt, asOf) : null
    return {
      name: v.name,
      lawAsAt: note?.text ?? null,
      lawAsAtStale: note?.stale ?? false,
      // provisional only where a question open under this law could raise it (not one another law turns on)
      result: lawResultText(status, v.band, v.rounded, v.openDecisive.length > 0),
      band: status === 'sufficient' ? v.band : null,
      verdict: verdictText(status, v.verdict, v.band, v.openDecisive.length > 0),
      fired: firedLine(v.findings),
      naContradicted: v.naContradicted.map(naContradictionText),
      openExposures: openExposuresLine(v.openExposures),
      rebutted: v.rebutted.map(rebuttedLine),
      capLine: v.answersCapped ? lawCapLine(answersScore, v.score, BAND_LABELS[v.band]) : null
    }
  })
}
