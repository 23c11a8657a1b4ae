import type { QuestionBank } from '../bank/bank-schema'
import { RISK_BANDS } from '../bank/vocabulary'
import type { Assessment } from '../schemas/assessment'
import { DELIVERY_LOCATIONS, SERVICES, STAFFING_MODELS, type Engagement } from '../schemas/engagement'
import { countryName, US_STATES } from '../schemas/geo'
import { topOfBand } from '../scoring/bands'
import { withArticle } from '../scoring/law-names'
import type { ScoreResult } from '../scoring/score-types'
import { knockOutReading } from './knock-out-reading'
import { lawAsAtNote, type VerdictDate } from './law-verdicts'
import { BAND_LABELS, formatDate, formatPercent, formatScore, KIND_LABELS } from './labels'
import type { ModelContext } from './model-context'
import type { JurisdictionView, KeyValue, ReportModel } from './report-types'

export function periodText(a: Assessment): string {
  if (a.periodStart && a.periodEnd) return `${formatDate(a.periodStart)} – ${formatDate(a.periodEnd)}`
  if (a.periodEnd) return `Until ${formatDate(a.periodEnd)}`
  if (a.periodStart) return `From ${formatDate(a.periodStart)}`
  return 'No review period recorded'
}

export function countriesText(e: Engagement): string {
  return e.deliveryCountries.map((c) => countryName(c)).join(', ')
}

export function engagementFacts(e: Engagement): KeyValue[] {
  const rows: KeyValue[] = [
    { label: 'Engagement', value: e.name },
    { label: 'Vendor', value: e.vendorName },
    { label: 'Services', value: e.services.map((s) => SERVICES[s]).join(', ') },
    { label: 'Delivery countries', value: countriesText(e) },
    {
      label: 'Sites',
      value: e.sites.length > 0 ? e.sites.map((s) => `${s.site} (${countryName(s.country)})`).join('\n') : 'None recorded'
    },
    { label: 'Where agents work', value: DELIVERY_LOCATIONS[e.deliveryLocation] },
    { label: 'Staffing model', value: STAFFING_MODELS[e.staffing] },
    { label: 'Headcount', value: String(e.headcount) }
  ]
  if (e.clientUsStates.length > 0) rows.push({ label: 'Client US states', value: e.clientUsStates.map((s) => US_STATES[s]).join(', ') })
  // the reference a person typed gets a row of its own, as on the engagement screen: joined into one line with
  // the dates, a right-to-left reference made the whole line right-to-left and printed its digits and the dates in
  // another order than the screen shows them (attacker review)
  if (e.contractReference.trim()) rows.push({ label: 'Contract reference', value: e.contractReference })
  const contract = [
    e.contractStart ? `from ${formatDate(e.contractStart)}` : null,
    e.contractEnd ? `to ${formatDate(e.contractEnd)}` : null,
    e.renewalDate ? `renewal ${formatDate(e.renewalDate)}` : null
  ].filter((x) => x !== null)
  rows.push({ label: 'Contract', value: contract.length > 0 ? contract.join(', ') : 'Dates not recorded' })
  if (e.owner.trim()) rows.push({ label: 'Engagement owner', value: e.owner })
  if (e.notes.trim()) rows.push({ label: 'Notes', value: e.notes })
  return rows
}

/** The profiles applied; `asOf` is the date the result stands at (verdictAsOf), to say when a profile's law is over a year older. */
export function jurisdictionsOf(ctx: ModelContext, assessment: Assessment, asOf: VerdictDate): JurisdictionView[] {
  return assessment.profiles.flatMap((id) => {
    const p = ctx.bank.profiles.find((x) => x.id === id)
    if (!p) return []
    const sources = ctx.citeAll(p.sources)
    const note = p.lawAsAt ? lawAsAtNote(p.lawAsAt, asOf) : null
    const { name, summary, structuralChecks, localAdvice } = p
    return [{ id, name, summary, structuralChecks, localAdvice, lawAsAt: note?.text ?? null, lawAsAtStale: note?.stale ?? false, sources }]
  })
}

export function bandsOf(bank: QuestionBank): ReportModel['bands'] {
  const ordered = RISK_BANDS.map((band) => ({ band, min: bank.scoring.bands.find((b) => b.band === band)?.min ?? 0 }))
  return ordered.map((b, i) => {
    const next = ordered[i + 1]
    const range = next ? `${b.min} to under ${next.min}` : `${b.min} to 100`
    return { band: b.band, label: BAND_LABELS[b.band], range, min: b.min }
  })
}

/** What a red flag is, as the laws applied read it (knock-outs decide under most laws, not under all). */
function redFlagsInMethod(result: ScoreResult): string {
  const { decisiveSomewhere, evidenceOnlyLaws } = knockOutReading(result)
  const strong =
    "Some answers are red flags (knock-outs): on their own they are strong evidence that you are the agents' employer or joint employer"
  if (evidenceOnlyLaws === null) return `${strong}.`
  return decisiveSomewhere
    ? `${strong}, except under ${evidenceOnlyLaws}, which weighs them as evidence in the points but does not let one decide on its own.`
    : `Some answers are red flags (knock-outs). Under ${evidenceOnlyLaws} they are weighed as evidence in the points but do not decide on their own: only the law's own decisive facts do.`
}

/**
 * The cap (answersCap, bank 2026.5) in the method, where a law applied here has one: without it "every decisive factor
 * lifts the score above the answers alone" was false of a capped result (counsel review).
 */
function capInMethod(bank: QuestionBank, result: ScoreResult): string {
  const capped = result.verdicts.filter((v) => bank.profiles.some((p) => p.id === v.profileId && p.answersCap !== undefined))
  if (capped.length === 0) return ''
  const names = capped.map((v) => withArticle(v.name)).join(' and the law of ')
  const one = capped.length === 1
  return ` The law of ${names} ${one ? 'finds' : 'find'} employment only on ${one ? 'its' : 'their'} own test: until one of ${one ? 'its' : 'their'} employment tests is met, the score under ${one ? 'it' : 'each'} is held at the top of the High band (${formatScore(topOfBand('high', bank.scoring))}), however much the answers alone score; an exposure, or a finding that supports employment without meeting that test (a missing contractor licence in India), does not lift it past that.`
}

/** The method in plain words, with this bank's own numbers. */
export function methodText(bank: QuestionBank, result: ScoreResult): ReportModel['method'] {
  const s = bank.scoring
  const applied = result.amplification.total
  return [
    {
      heading: 'What is scored',
      paragraphs: [
        "Each question asks about one control the client may exercise over the vendor's workers, and names the legal factors it evidences. Each possible answer carries a risk from 0 (none) to 4 (severe); each question carries a weight from 1 to 5, highest for control actually exercised over individual workers (directing, removing, scheduling and paying them). A question's points are its risk times its weight, multiplied where a jurisdiction applied here weighs that kind of control more heavily. The score is 100 × points ÷ the maximum points of the questions that apply, from 0 to 100."
      ]
    },
    {
      heading: 'Practice over paper',
      paragraphs: [
        `What happens day to day weighs more than what the contract says. Where a question asks both, the contract answer counts at ${formatPercent(s.contractWeight)} of its risk and the question takes the higher of the practice risk and that discounted contract risk: a risky clause still counts, and a clean contract never offsets a risky practice. Where practice is riskier than the contract by ${s.gapThreshold} or more risk steps, the report lists a contract-vs-practice gap.`
      ]
    },
    {
      heading: 'Amplifiers and red flags',
      paragraphs: [
        `Some facts make every other form of control weigh more (long tenure on the account, exclusivity, working inside the client's teams). These amplifier questions add no points of their own. Their amplification (at most ${formatPercent(s.maxAmplification)} in total; in this assessment ${formatPercent(applied)}${result.amplification.capped ? ', capped' : ''}) closes part of the distance between the score and 100: that distance, times the amplification, times the share of the maximum points that the control points found make up. So amplifiers lift only control found elsewhere (with no control points they add nothing, and structural points are never amplified), and the score reaches 100 only when every point is at its maximum.`,
        `${redFlagsInMethod(result)} Each law applied here also names decisive facts of its own. The score is worked out under each law applied; under each, the decisive factors that fired lift the score from what the answers alone give towards 100, so a further decisive factor never lowers it.${capInMethod(bank, result)} The law giving the highest score decides the overall score, and the executive summary says how much the answers alone score and how much the decisive factors add.`
      ]
    },
    {
      heading: 'Coverage and provisional results',
      paragraphs: [
        `A question is settled when it is fully answered, or marked not applicable with a justification. Unsure and one-sided answers are still scored on what was chosen, but are not settled. Below ${formatPercent(s.coverageThreshold)} settled questions the result is marked provisional, because what is unanswered may hide risk; so is a band that a question still open could raise on its own, whatever the coverage. An answer that says the fact is not known ("We have not verified it") is unsure. ${
          s.carriedNeedConfirming === true
            ? 'An answer carried forward from the previous cycle and not yet confirmed for this one is scored as chosen but, like an unsure one, is not settled: last cycle’s facts are no proof of this one’s.'
            : 'Answers carried forward from the previous cycle and not yet re-confirmed are counted separately.'
        }`
      ]
    },
    {
      heading: 'Limitations',
      paragraphs: [
        'The answers are the assessor’s and are not verified: an evidence reference is recorded as given, and the app does not check it. Scores rank and explain risk signals; they do not predict how a court or agency would rule. Several of the legal tests cited are changing; counsel should confirm which test applies before relying on any result.',
        // counsel review: a report that says only what it weighs can be read as having weighed everything
        'What this assessment does not weigh, for counsel to consider apart: whether staff pass to you or to a new vendor when the work changes hands, outside the United Kingdom’s TUPE question (in the EU, the Acquired Rights Directive 2001/23/EC as each country enacts it, such as § 613a BGB in Germany); the consultation or consent of works councils and trade unions, and duties to bargain collectively; duties you may owe the agents directly whoever employs them (for example against discrimination and harassment, or for health and safety where they work at your premises); liability already incurred before the review period; social-security, payroll-tax and immigration liabilities (beyond the questions some profiles ask on whether the vendor meets them); data protection; and the law of any delivery country that no profile covers (listed under Scope).'
      ]
    }
  ]
}

export function coverageOf(bank: QuestionBank, result: ScoreResult, assessment: Assessment): ReportModel['coverage'] {
  const c = result.coverage
  // settled and confirmed: answered or justified N/A, not unsure, and not a carried-forward answer nobody re-confirmed
  const confirmed = result.lines.filter(
    (l) => (l.status === 'answered' || l.status === 'na') && assessment.answers[l.questionId]?.carried !== true
  ).length
  const unconfirmed = result.lines.filter((l) => l.status === 'unsure' || assessment.answers[l.questionId]?.carried === true).length
  const confirmedRatio = c.visible > 0 ? confirmed / c.visible : 0
  // an N/A a law's own finding contradicts counts as settled, but is not to be relied on: said beside the figure
  const contradicted = [...new Set(result.sufficiency.naContradicted.map((n) => n.questionId))]
  const caveat = contradicted.length > 0 ? `; ${contradicted.length} N/A contradicted by a finding (${contradicted.join(', ')})` : ''
  const rows: KeyValue[] = [
    { label: 'Questions that apply', value: String(c.visible) },
    { label: 'Settled and confirmed', value: `${confirmed} (${formatPercent(confirmedRatio)})` },
    {
      label: 'Unconfirmed (carried forward, or unsure)',
      value: `${unconfirmed}${unconfirmed > 0 ? ', listed in the sign-off section' : ''}`
    },
    // a bank that counts only confirmed answers as settled (2026.8 on) makes this row the one above: left out
    ...(bank.scoring.carriedNeedConfirming === true
      ? []
      : [{ label: 'Settled, counting carried-forward answers', value: `${c.covered} (${formatPercent(c.ratio)})` }]),
    { label: 'Answered', value: String(c.answered) },
    { label: 'Not applicable, with justification', value: `${c.na}${caveat}` },
    { label: 'Unsure', value: String(c.unsure) },
    { label: 'One side only (contract or practice)', value: String(c.partial) },
    { label: 'Not answered', value: String(c.unanswered) },
    { label: 'Carried forward, not re-confirmed', value: String(c.carriedUnconfirmed) }
  ]
  return {
    rows,
    percent: formatPercent(c.ratio),
    provisional: result.provisional,
    threshold: formatPercent(bank.scoring.coverageThreshold),
    summary: `${formatPercent(confirmedRatio)} settled and confirmed${unconfirmed > 0 ? `; ${unconfirmed} unconfirmed` : ''}${caveat}${result.provisional ? ' (provisional)' : ''}`,
    openDecisive: result.sufficiency.decisiveUnanswered
  }
}

export function kindLabel(a: Assessment): string {
  return KIND_LABELS[a.kind]
}
