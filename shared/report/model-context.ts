import type { Factor, Option, Question, QuestionBank, Section, Source } from '../bank/bank-schema'
import type { AssessmentKind } from '../bank/vocabulary'
import { sourceInScope, sourceProfiles } from '../bank/profiles-for'
import type { Answer } from '../schemas/assessment'
import type { RemediationItem, ScoreLine } from '../scoring/score-types'
import { SOURCE_KIND_LABELS, SOURCE_LAPSE_LABELS, formatDate } from './labels'
import type { EvidenceView, SourceRef } from './report-types'
import { contractPromptFor, optionLabelFor, promptFor } from '../bank/wording'

/** Lookups into the bank the assessment is pinned to, plus the report's source numbering. */
export type ModelContext = {
  bank: QuestionBank
  kind: AssessmentKind
  question: (id: string) => Question | undefined
  questionIndex: (id: string) => number
  section: (id: string) => Section | undefined
  factor: (id: string) => Factor | undefined
  /** The number a source is cited by, assigned on first citation. */
  cite: (sourceId: string) => number | null
  /**
   * The numbers of the sources in a list that this report may cite: general principles and the law of
   * the profiles applied, never another country's law (issue 11, item 7). With no profile applied, a
   * list with no general source keeps all of its sources: they are then the general principle's basis.
   */
  citeAll: (sourceIds: readonly string[]) => number[]
  /** Whether a source is law (legislation, a regulation, a judgment, a regulator's guidance) rather than a proposal, practice or commentary. */
  isLaw: (sourceId: string) => boolean
  cited: () => SourceRef[]
}

export function createContext(bank: QuestionBank, kind: AssessmentKind, profileIds: readonly string[] = []): ModelContext {
  const questions = new Map(bank.questions.map((q, i) => [q.id, { q, i }]))
  const sections = new Map(bank.sections.map((s) => [s.id, s]))
  const factors = new Map(bank.factors.map((f) => [f.id, f]))
  const sources = new Map(bank.sources.map((s) => [s.id, s]))
  const numbers = new Map<string, SourceRef>()
  const cite = (id: string): number | null => {
    const known = numbers.get(id)
    if (known) return known.number
    const source: Source | undefined = sources.get(id)
    if (!source) return null
    const ref = {
      number: numbers.size + 1,
      id,
      citation: source.citation,
      jurisdiction: printedJurisdiction(source),
      url: source.url ?? null,
      kind: source.kind ? SOURCE_KIND_LABELS[source.kind] : null,
      superseded: source.superseded
        ? `${SOURCE_LAPSE_LABELS[source.superseded.how]}, no longer the law in force: ${source.superseded.note}`
        : null
    }
    numbers.set(id, ref)
    return ref.number
  }
  // A source that states no applied profile's law is cited as a general principle and says so, so "United
  // States (practice)" in a Philippine report does not read as an authority of a law not applied (issue 11, item 7).
  const printedJurisdiction = (source: Source): string => {
    if (sourceProfiles(bank, source).some((p) => profileIds.includes(p)) || /^General\b/.test(source.jurisdiction))
      return source.jurisdiction
    // practice, commentary and proposals are not law anywhere (their kind says so): not a "general principle" either
    if (!isLawKind(source)) return source.jurisdiction
    return `General principle, not the law of any one country (drawn from: ${source.jurisdiction})`
  }
  const inScope = (id: string): boolean => {
    const source = sources.get(id)
    return source !== undefined && sourceInScope(bank, profileIds, source)
  }
  return {
    bank,
    kind,
    question: (id) => questions.get(id)?.q,
    questionIndex: (id) => questions.get(id)?.i ?? Number.MAX_SAFE_INTEGER,
    section: (id) => sections.get(id),
    factor: (id) => factors.get(id),
    cite,
    citeAll: (ids) => {
      const kept = ids.filter(inScope)
      const citable = kept.length > 0 || profileIds.length > 0 ? kept : ids
      return citable.map(cite).filter((n): n is number => n !== null)
    },
    isLaw: (id) => {
      const source = sources.get(id)
      return source !== undefined && isLawKind(source)
    },
    cited: () => [...numbers.values()]
  }
}

/** Legislation, a regulation, a judgment or a regulator's guidance; a source of no stated kind is taken as law, as before kinds. */
function isLawKind(source: Source): boolean {
  return source.kind !== 'industry-practice' && source.kind !== 'commentary' && source.kind !== 'proposed-rule'
}

export function promptOf(ctx: ModelContext, q: Question): string {
  return promptFor(q, ctx.kind)
}

export function contractPromptOf(ctx: ModelContext, q: Question): string | null {
  return contractPromptFor(q, ctx.kind)
}

/** The label of a chosen option; an id the bank does not know is shown as it is stored. */
export function optionLabel(
  ctx: ModelContext,
  q: Question | undefined,
  optionId: string | null | undefined,
  side: 'practice' | 'contract'
): string | null {
  if (optionId === null || optionId === undefined) return null
  const options = side === 'practice' ? q?.options : q?.contract?.options
  const option = options?.find((o) => o.id === optionId)
  return option ? optionLabelFor(option, ctx.kind) : `"${optionId}"`
}

export function chosenOption(q: Question, optionId: string | null, side: 'practice' | 'contract'): Option | undefined {
  if (optionId === null) return undefined
  return (side === 'practice' ? q.options : (q.contract?.options ?? [])).find((o) => o.id === optionId)
}

export function sectionTitle(ctx: ModelContext, id: string): string {
  return ctx.section(id)?.title ?? id
}

/** The bank's advice for a remediation, practice first; the contract's is marked as such. Empty when the bank gives none. */
export function remediationTexts(r: Pick<RemediationItem, 'practiceRemediation' | 'contractRemediation'>): string[] {
  return [r.practiceRemediation, r.contractRemediation ? `Contract: ${r.contractRemediation}` : null].filter((t): t is string => t !== null)
}

/** The evidence referenced for an answer, dates written out. */
export function evidenceViews(answer: Answer | undefined): EvidenceView[] {
  return (answer?.evidence ?? []).map((e) => ({ title: e.title, location: e.location, date: e.date ? formatDate(e.date) : null }))
}

/** A comparable signature of what was answered, for the answer-level diff between cycles. */
export function answerSignature(answer: Answer | undefined): string {
  if (!answer) return ''
  return [answer.choice ?? '', answer.contractChoice ?? '', answer.na === true ? 'na' : '', answer.unsure === true ? 'unsure' : ''].join(
    '|'
  )
}

export function lineMap(lines: readonly ScoreLine[]): Map<string, ScoreLine> {
  return new Map(lines.map((l) => [l.questionId, l]))
}
