import { fingerprintAssessment } from '../integrity/fingerprint'
import { buildAppendix, buildSignOff } from './appendix-model'
import { buildActions, buildDrivers, buildFindings } from './findings-model'
import { formatPercent, formatScore, formatTimestamp, hashId, STATUS_LABELS } from './labels'
import { bandsOf, countriesText, coverageOf, engagementFacts, jurisdictionsOf, kindLabel, methodText, periodText } from './method-model'
import { createContext, sectionTitle } from './model-context'
import { recommend } from './recommendation'
import type { KeyValue, ReportInput, ReportModel } from './report-types'
import { previousEntry, redFlagView, scoreView, trendOf, whatChanged } from './what-changed'

export const REPORT_TITLE = 'Co-employment risk review'

export const DISCLAIMER =
  'Not legal advice. Arm\'s Length is a structured self-assessment. Its scores rank and explain risk signals from the answers people give; they are not a legal opinion, a prediction of how a court or agency will rule, or a substitute for review by qualified employment counsel in each jurisdiction concerned. Counsel must review every result before anyone relies on it.'

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
  const { engagement, assessment, bank, result } = input
  const ctx = createContext(bank, assessment.kind)
  const fingerprint = fingerprintAssessment(assessment)
  const documentId = documentIdFor(fingerprint)
  const findings = buildFindings(ctx, assessment, result)
  const jurisdictions = jurisdictionsOf(ctx, assessment)
  const current = { assessment, result }
  const draft = assessment.status !== 'final'
  const statusLabel = STATUS_LABELS[assessment.status]
  const signOff = buildSignOff(assessment, findings)
  const assessorName = assessment.signOff?.assessorName ?? assessment.assessorName.trim()
  const documentControl: KeyValue[] = [
    { label: 'Engagement', value: engagement.name },
    { label: 'Vendor', value: engagement.vendorName },
    { label: 'Delivery countries', value: countriesText(engagement) },
    { label: 'Assessment', value: assessmentLabel(assessment.title, kindLabel(assessment)) },
    { label: 'Period', value: periodText(assessment) },
    { label: 'Question bank', value: `${bank.title}, ${bank.id} version ${bank.version}` },
    { label: 'Jurisdictions applied', value: jurisdictions.length > 0 ? jurisdictions.map((j) => j.name).join('; ') : 'None (control factors only)' },
    { label: 'Assessor', value: signOff.assessorName },
    { label: 'Reviewer', value: signOff.reviewerName },
    { label: 'Status', value: signOff.finalizedAt ? `${statusLabel}, signed off ${signOff.finalizedAt}` : `${statusLabel}, not signed off` },
    { label: 'Document id', value: documentId },
    { label: 'Generated', value: formatTimestamp(input.generatedAt) },
    { label: 'Fingerprint (SHA-256)', value: fingerprint }
  ]
  return {
    title: REPORT_TITLE,
    documentId,
    fingerprint,
    generatedAt: input.generatedAt,
    generatedOn: formatTimestamp(input.generatedAt),
    marking: input.settings.confidentialityMarking,
    status: assessment.status,
    statusLabel,
    draft,
    engagement: { name: engagement.name, vendorName: engagement.vendorName, facts: engagementFacts(engagement) },
    assessment: { id: assessment.id, title: assessment.title, kindLabel: kindLabel(assessment), period: periodText(assessment), assessorName: signOff.assessorName, reviewerName: signOff.reviewerName },
    documentControl,
    bank: { id: bank.id, version: bank.version, title: bank.title },
    jurisdictions,
    overall: {
      ...scoreView(result.overall),
      rawScoreText: formatScore(result.overall.rawScore),
      redFlagFloorApplied: result.overall.redFlagFloorApplied,
      amplification: formatPercent(result.amplification.total)
    },
    bands: bandsOf(bank),
    method: methodText(bank, result),
    coverage: coverageOf(bank, result),
    topDrivers: buildDrivers(ctx, result),
    redFlags: result.redFlags.map((f) => redFlagView(ctx, f)),
    gapCount: result.gaps.length,
    changes: whatChanged(ctx, current, previousEntry(assessment, input.history)),
    recommendation: recommend(result, bank),
    sections: result.sections.map((s) => ({
      id: s.sectionId,
      title: sectionTitle(ctx, s.sectionId),
      ...scoreView(s),
      applicable: s.visibleCount > 0,
      redFlags: s.redFlagCount,
      questions: s.visibleCount
    })),
    trend: trendOf(current, input.history),
    findings,
    actions: buildActions(ctx, assessment, result),
    signOff,
    appendix: buildAppendix(ctx, assessment, result),
    // after findings and jurisdictions, so every cited source has its number
    sources: ctx.cited(),
    disclaimer: DISCLAIMER,
    properties: {
      title: `${REPORT_TITLE}: ${engagement.name} (${engagement.vendorName})`,
      subject: `${assessmentLabel(assessment.title, kindLabel(assessment))}, ${statusLabel.toLowerCase()}, document ${documentId}`,
      author: assessorName || 'Arm\'s Length',
      // ASCII only, so the fingerprint stays plain text in the PDF's Info dictionary (see verify)
      keywords: `co-employment; joint employment; legal review; document:${documentId}; fingerprint:${fingerprint}`,
      creator: 'Arm\'s Length'
    }
  }
}

/** "Annual review 2026" stays as it is; "FY26 check" becomes "FY26 check (Annual review)". */
function assessmentLabel(title: string, kind: string): string {
  // an untitled assessment is named by its kind
  if (title.trim() === '') return kind
  return title.toLowerCase().includes(kind.toLowerCase()) ? title : `${title} (${kind})`
}
