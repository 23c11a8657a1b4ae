import { reportFingerprint } from '../integrity/fingerprint'
import type { Assessment } from '../schemas/assessment'
import type { Engagement } from '../schemas/engagement'
import type { QuestionBank } from '../bank/bank-schema'
import { buildAppendix } from './appendix-model'
import { ACTION_PLAN_INTRO, keyConcerns, resultLabel, scoreExplanation } from './explanation-model'
import { lawVerdictViews, verdictAsOf } from './law-verdicts'
import { bandStillProvisional } from '../scoring/band-provisional'
import { markingFor } from './marking'
import { buildSignOff } from './signoff-model'
import { buildActions, buildDrivers, buildFindings } from './findings-model'
import { formatDate, formatPercent, formatScore, formatTimestamp, hashId, STATUS_LABELS } from './labels'
import { countriesNotAssessed, notAssessedUnderLocalLaw } from '../bank/profiles-for'
import { countryName } from '../schemas/geo'
import { bandsOf, countriesText, coverageOf, engagementFacts, jurisdictionsOf, kindLabel, methodText, periodText } from './method-model'
import { createContext, sectionTitle } from './model-context'
import { recommend, withUnassessedCountries } from './recommendation'
import { REPORT_LAYOUT } from './report-layout'
import type { KeyValue, ReportInput, ReportModel } from './report-types'
import { previousEntry, redFlagView, scoreView, trendOf, whatChanged } from './what-changed'
import { comparedAsSignedView } from './compared-as-signed'
import { relatedFinalText, type RevisionRelation } from './revision-relation'

export const REPORT_TITLE = 'Co-employment risk review'

/** The title of a revision's report: the cover and every page's header say it is one. */
export const REVISION_TITLE = `${REPORT_TITLE} (revision)`

export const DISCLAIMER =
  "Not legal advice. Arm's Length is a structured self-assessment. Its scores rank and explain risk signals from the answers people give; they are not a legal opinion, a prediction of how a court or agency will rule, or a substitute for review by qualified employment counsel in each jurisdiction concerned. Counsel must review every result before anyone relies on it."

/**
 * On the cover beside "signed off": findings the sign-off left unreviewed, so a reader of page 1 alone does not
 * take "Reviewer … Final, signed off" for a review that did not happen (attacker review: it was first said on page 3).
 */
/** The cover's status box: as short as the box, and never "signed off" alone when findings went unreviewed. */
function coverStatusOf(
  assessment: Assessment,
  statusLabel: string,
  finalizedAt: string | null,
  unreviewed: number,
  findingCount: number
): string {
  if (assessment.status !== 'final') return `${statusLabel}: not signed off; findings and scores may still change`
  // the box is short: the Status row says where to read more
  return `Final: signed off ${finalizedAt ?? ''}${unreviewedNote(unreviewed, findingCount, { all: ', no finding reviewed', more: '' })}`
}

/**
 * `unreviewed` counts the findings signed off without a verdict, as the sign-off section does, not the list the
 * sign-off names as not reviewed: a final whose list is missing (an old or an edited file) must not read as reviewed.
 */
function unreviewedAtSignOff(assessment: Assessment, unreviewed: number, findingCount: number): string {
  if (assessment.status !== 'final') return ''
  const more = ' (see the sign-off section)'
  return unreviewedNote(unreviewed, findingCount, { all: `, without a review of any finding${more}`, more })
}

/** The one rule for both: nothing when all were reviewed, `all` when none was, else the count with its denominator. */
function unreviewedNote(unreviewed: number, findingCount: number, words: { all: string; more: string }): string {
  if (unreviewed === 0) return ''
  if (unreviewed >= findingCount) return words.all
  // with its denominator, so page 1 alone says how much of the review is missing (counsel review)
  return `; ${unreviewed} of ${findingCount} findings not reviewed${words.more}`
}

/**
 * Who answered and who reviewed, claiming no more than happened: only a final assessment was reviewed;
 * before sign-off a named reviewer is named as such, and findings left unreviewed at sign-off are said to be.
 */
function whoAnsweredAndReviewed(assessment: Assessment, assessorName: string, unreviewed: number, findingCount: number): string {
  const reviewer = (assessment.signOff?.reviewerName ?? assessment.reviewerName).trim()
  if (assessment.status === 'final' && reviewer) {
    // "reviewed by X (except 4 findings)" when there were 4 findings would claim a review that did not happen
    if (unreviewed > 0 && unreviewed >= findingCount)
      return `It was answered by ${assessorName} and signed off by ${reviewer} without a review of any finding (the sign-off section lists them as not reviewed, with the reason given)`
    // "reviewed by X (except 7 findings …)" of 9 read as a review; the count reviewed comes first (counsel review)
    if (unreviewed > 0)
      return `It was answered by ${assessorName} and signed off by ${reviewer}, who reviewed ${findingCount - unreviewed} of its ${findingCount} findings (the sign-off section lists the others as not reviewed, with the reason given)`
    return `It was answered by ${assessorName} and reviewed by ${reviewer}`
  }
  if (reviewer) return `It was answered by ${assessorName}; ${reviewer} is named as reviewer and has not signed it off`
  return `It was answered by ${assessorName}; no reviewer has signed it off`
}

/** The profiles applied, and each delivery country no profile covers (issue 11, item 7). */
function jurisdictionsApplied(applied: readonly string[], unprofiled: readonly string[]): string {
  const base = applied.length > 0 ? applied.join('; ') : 'None (control factors only)'
  return unprofiled.length > 0 ? `${base}. Not assessed under local law: ${unprofiled.join(', ')}` : base
}

/** "AL-3F2A-9C1B-77D0": from the fingerprint (packets use "AP-"). */
export function documentIdFor(fingerprint: string): string {
  return hashId('AL', fingerprint)
}

/**
 * The legal review report as plain data: every string the PDF prints, already worded, so the
 * renderer only lays it out (and an audit packet or a test can read the same content). Pure: the
 * same input always gives a deep-equal model.
 */
export function buildReportModel(input: ReportInput): ReportModel {
  const { assessment, bank, result } = input
  const engagement = reportedEngagement(input.engagement, assessment)
  const ctx = createContext(bank, assessment.kind, assessment.profiles)
  const fingerprint = input.fingerprint ?? reportFingerprint(assessment, input.engagement, bank)
  const documentId = documentIdFor(fingerprint)
  const findings = buildFindings(ctx, assessment, result)
  // the date this result stands at: a final's sign-off, else now (the generation time, passed in)
  const asOf = verdictAsOf(assessment, input.generatedAt)
  const jurisdictions = jurisdictionsOf(ctx, assessment, asOf)
  // against the profiles this assessment applied (chosen when it was created), not every profile of the bank:
  // a country added to the engagement later may have a profile whose law this assessment never applied
  const notAssessed = countriesNotAssessed(bank, assessment.profiles, engagement)
  const unprofiled = notAssessed.map((c) => countryName(c.country))
  const current = { assessment, result }
  const changes = whatChanged(ctx, current, previousEntry(assessment, input.history))
  const comparedAsSigned = comparedAsSignedView(input, changes)
  const draft = assessment.status !== 'final'
  const statusLabel = STATUS_LABELS[assessment.status]
  const signOff = buildSignOff(ctx, assessment, result, findings)
  const assessorName = assessment.signOff?.assessorName ?? assessment.assessorName.trim()
  const label = assessmentLabel(assessment.title, kindLabel(assessment))
  const period = periodText(assessment)
  const revision = revisionWords(assessment, input.revision)
  const title = input.revision?.revisionOf ? REVISION_TITLE : REPORT_TITLE
  const documentControl: KeyValue[] = [
    { label: 'Engagement', value: engagement.name },
    { label: 'Vendor', value: engagement.vendorName },
    { label: 'Delivery countries', value: countriesText(engagement) },
    { label: 'Engagement facts', value: factsSource(assessment) },
    { label: 'Assessment', value: label },
    { label: 'Review period', value: period },
    { label: 'Question bank', value: `${bank.title}, ${bank.id} version ${bank.version}` },
    {
      label: 'Jurisdictions applied',
      value: jurisdictionsApplied(
        jurisdictions.map((j) => j.name),
        unprofiled
      )
    },
    { label: 'Assessor', value: signOff.assessorName },
    { label: 'Reviewer', value: signOff.reviewerName },
    {
      label: 'Status',
      value: signOff.finalizedAt
        ? `${statusLabel}, signed off ${signOff.finalizedAt}${unreviewedAtSignOff(assessment, signOff.unreviewedFindings, findings.length)}`
        : `${statusLabel}, not signed off`
    },
    ...(revision?.rows ?? []),
    { label: 'Marking', value: markingFor(assessment) },
    { label: 'Document id', value: documentId },
    { label: 'Generated', value: formatTimestamp(input.generatedAt) },
    { label: 'Fingerprint (SHA-256)', value: fingerprint }
  ]
  return {
    title,
    documentId,
    fingerprint,
    generatedAt: input.generatedAt,
    generatedOn: formatTimestamp(input.generatedAt),
    marking: markingFor(assessment),
    status: assessment.status,
    statusLabel,
    coverStatus: coverStatusOf(assessment, statusLabel, signOff.finalizedAt, signOff.unreviewedFindings, findings.length),
    draft,
    engagement: { name: engagement.name, vendorName: engagement.vendorName, facts: engagementFacts(engagement) },
    assessment: {
      id: assessment.id,
      title: assessment.title,
      kindLabel: kindLabel(assessment),
      period,
      assessorName: signOff.assessorName,
      reviewerName: signOff.reviewerName,
      scopeSentence: `This report reviews the ${scopeLabel(assessment.title, label)} of the engagement below, ${assessment.periodStart || assessment.periodEnd ? `for the review period ${period}` : 'for which no review period was recorded'}. ${whoAnsweredAndReviewed(assessment, signOff.assessorName, signOff.unreviewedFindings, findings.length)}. Its questions are those of ${bank.title} (${bank.id} version ${bank.version}, ${bankDate(bank, assessment)}).`
    },
    documentControl,
    bank: { id: bank.id, version: bank.version, title: bank.title },
    jurisdictions,
    notAssessedCountries: notAssessed.map((c) => notAssessedUnderLocalLaw(countryName(c.country), c.profileName)),
    lawVerdicts: lawVerdictViews(result.verdicts, result.sufficiency, asOf, result.overall.answersScore),
    overall: {
      ...scoreView(result.overall),
      rawScoreText: formatScore(result.overall.rawScore),
      redFlagFloorApplied: result.overall.redFlagFloorApplied,
      amplification: formatPercent(result.amplification.total),
      explanation: scoreExplanation(result),
      resultLabel: resultLabel(result.sufficiency.status, result.overall.band),
      sufficient: result.sufficiency.status === 'sufficient'
    },
    keyConcerns: keyConcerns(findings),
    actionPlanIntro: ACTION_PLAN_INTRO,
    bands: bandsOf(bank),
    method: methodText(bank, result),
    coverage: coverageOf(bank, result, assessment),
    topDrivers: buildDrivers(ctx, result),
    redFlags: result.redFlags.map((f) => redFlagView(ctx, f)),
    gapCount: result.gaps.length,
    changes,
    // only a scheme 3 or 4 final's: any other report's model (and words) stay as they were
    ...(comparedAsSigned ? { comparedAsSigned } : {}),
    ...(revision ? { revision: revision.cover } : {}),
    recommendation: withUnassessedCountries(recommend(result, bank), notAssessed),
    sections: result.sections.map((s) => ({
      id: s.sectionId,
      title: sectionTitle(ctx, s.sectionId),
      ...scoreView(s),
      applicable: s.visibleCount > 0,
      sufficient: s.sufficiency === 'sufficient',
      notAssessed: s.sufficiency === 'not-assessed',
      provisionalBand: bandStillProvisional(s.sufficiency, s.band, s.openDecisive.length > 0),
      redFlags: s.redFlagCount,
      questions: s.visibleCount
    })),
    trend: trendOf(current, input.history),
    findings,
    actions: buildActions(ctx, assessment, result, findings),
    signOff,
    appendix: buildAppendix(ctx, assessment, result),
    // after findings and jurisdictions, so every cited source has its number
    sources: ctx.cited(),
    disclaimer: DISCLAIMER,
    properties: {
      title: `${title}: ${engagement.name} (${engagement.vendorName})`,
      subject: `${label}, ${statusLabel.toLowerCase()}, document ${documentId}${revision?.subject ?? ''}`,
      author: assessorName || "Arm's Length",
      // ASCII only, so the fingerprint and the exact generation time (which verify re-renders from)
      // stay plain text in the PDF's Info dictionary
      keywords: `co-employment; joint employment; legal review; document:${documentId}; fingerprint:${fingerprint}; generated:${input.generatedAt}; layout:${REPORT_LAYOUT}`,
      creator: "Arm's Length"
    }
  }
}

/**
 * What a report says of its revision links (DECISIONS 228): on the cover under the status, in document control beside
 * the Status row (with the other final's document id, and whether a scheme 4 sign-off records the link or only the data
 * does: no fingerprint covers it then),
 * and in the subject. Undefined without a link to print.
 */
function revisionWords(
  assessment: Assessment,
  relation: RevisionRelation | undefined
): { cover: NonNullable<ReportModel['revision']>; rows: KeyValue[]; subject: string } | undefined {
  const of = relation?.revisionOf ?? null
  const replacedBy = relation?.replacedBy ?? []
  if (!of && replacedBy.length === 0) return undefined
  const signed = assessment.status === 'final'
  const rows: KeyValue[] = []
  let subject = ''
  // the cover names the other final in full just above: the row gives its id and says which fingerprint covers the link, if any
  // (one line, so a full cover keeps its notice)
  if (of) {
    // by its document id, as the cover names it (vendor-manager review: the record id read as a raw UUID)
    rows.push({
      label: 'Revision of',
      value: `document ${documentIdFor(of.fingerprint)}, named above; ${relation?.revisionOfBound ? "this document's fingerprint covers this link" : 'no fingerprint covers this link'}`
    })
    subject += `, revision of document ${documentIdFor(of.fingerprint)}`
  }
  const last = replacedBy.at(-1)
  if (last) {
    rows.push({
      label: 'Replaced by',
      value: `${replacedBy.map((r) => `document ${documentIdFor(r.fingerprint)}`).join(', ')}, named above; ${relation?.replacedByBound ? `${replacedBy.length === 1 ? "the revision's fingerprint covers" : "the revisions' fingerprints cover"} this link, not this document's` : 'no fingerprint covers this link'}`
    })
    subject += `, replaced by document ${documentIdFor(last.fingerprint)}`
  }
  const cover = {
    of: of
      ? signed
        ? `Revision of ${relatedFinalText(of)}: it corrects that final and stands for the same cycle in its place.`
        : `Revision of ${relatedFinalText(of)}, not signed off yet: until it is, that final stands.`
      : null,
    replacedBy: last
      ? `Replaced by its signed revision ${relatedFinalText(last)}: that revision stands for this cycle now${replacedBy.length > 1 ? ` (${replacedBy.length} signed revisions in all, listed in document control)` : ''}.`
      : null
  }
  return { cover, rows, subject }
}

/**
 * The engagement as the report prints it: for a final assessment signed under scheme 2, the facts as
 * they stood at sign-off (today's record may have changed since); otherwise today's record.
 */
export function reportedEngagement(engagement: Engagement, assessment: Assessment): Engagement {
  const snapshot = assessment.status === 'final' ? assessment.signOff?.engagement : undefined
  if (!snapshot) return engagement
  const { contractStart: _s, contractEnd: _e, renewalDate: _r, ...rest } = engagement
  return { ...rest, ...snapshot }
}

function factsSource(assessment: Assessment): string {
  if (assessment.status !== 'final') return 'As recorded when this report was generated'
  return assessment.signOff?.engagement
    ? 'As recorded at sign-off (covered by the fingerprint)'
    : 'As recorded when this report was generated (this sign-off predates recorded facts)'
}

/** "Annual review 2026" stays as it is; "FY26 check" becomes "FY26 check (Annual review)". */
/**
 * The label inside a sentence: an untitled assessment's kind reads in lower case ("the annual review"),
 * but a title is a name people typed and is printed as typed ("the India annual 2026", not "the india …").
 */
function scopeLabel(title: string, label: string): string {
  return title.trim() === '' ? `${label.charAt(0).toLowerCase()}${label.slice(1)}` : label
}

function assessmentLabel(title: string, kind: string): string {
  // an untitled assessment is named by its kind
  if (title.trim() === '') return kind
  return title.toLowerCase().includes(kind.toLowerCase()) ? title : `${title} (${kind})`
}

/**
 * The day the bank was published; a final signed before that day says so (counsel review: the example finals named a
 * bank published after their sign-off). A sign-off can only be made with a bank the app holds, so such a date means
 * the record was made elsewhere or the computer's clock was wrong: said, not hidden. In the scope sentence, not in
 * document control: a full cover had no room for it.
 */
function bankDate(bank: QuestionBank, assessment: Assessment): string {
  const line = `published ${formatDate(bank.publishedOn)}`
  const signed = signedBeforeBank(bank, assessment)
  return signed !== null ? `${line}, after this assessment's sign-off on ${formatDate(signed)}: one of the two dates is wrong` : line
}

/** The sign-off's date (ISO) of a final signed before the bank it names was published, else null. */
function signedBeforeBank(bank: QuestionBank, assessment: Assessment): string | null {
  const signed = assessment.status === 'final' ? assessment.signOff?.finalizedAt.slice(0, 10) : undefined
  return signed !== undefined && signed < bank.publishedOn ? signed : null
}
