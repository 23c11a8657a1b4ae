import type { Profile } from '../bank/bank-schema'
import type { AssessmentKind, ControlDimension } from '../bank/vocabulary'
import { MAX_OPTION_RISK } from '../bank/vocabulary'
import type { BankIndex, QuestionInfo } from './bank-index'
import type { Scope } from './decisive'
import { scopesFor } from './decisive'

/**
 * What depends on the assessment kind and the active profiles but not on the answers. The
 * denominators live here: they are fixed before any answer is read, so no answer can shrink them.
 */
export type ScoringContext = {
  index: BankIndex
  applicable: readonly boolean[]
  multipliers: readonly number[]
  /** MAX_OPTION_RISK × weight × multiplier for applicable non-amplifier questions, else 0. */
  maxPoints: readonly number[]
  sectionMaxPoints: readonly number[]
  totalMaxPoints: number
  /** The laws the result is judged under: active profiles in bank order, or general principles. */
  scopes: readonly Scope[]
}

const contextCache = new WeakMap<BankIndex, Map<string, ScoringContext>>()
// Profiles come from a short list, so few combinations recur; the bound only guards odd callers.
const CONTEXTS_PER_BANK = 64

export function scoringContext(index: BankIndex, kind: AssessmentKind, profiles: readonly string[]): ScoringContext {
  const active = [...new Set(profiles)].sort()
  const key = `${kind}|${active.join(',')}`
  let contexts = contextCache.get(index)
  if (!contexts) {
    contexts = new Map()
    contextCache.set(index, contexts)
  }
  const cached = contexts.get(key)
  if (cached) return cached
  const built = buildContext(index, kind, new Set(active))
  if (contexts.size >= CONTEXTS_PER_BANK) contexts.clear()
  contexts.set(key, built)
  return built
}

function buildContext(index: BankIndex, kind: AssessmentKind, active: ReadonlySet<string>): ScoringContext {
  const activeProfiles = index.bank.profiles.filter((profile) => active.has(profile.id))
  const applicable = index.questions.map((info) => isApplicable(info, kind, active))
  const multipliers = index.questions.map((info) => multiplierFor(info.question.dimension, activeProfiles))
  const maxPoints = index.questions.map((info, i) =>
    applicable[i] && !info.amplifier ? MAX_OPTION_RISK * info.question.weight * (multipliers[i] ?? 1) : 0
  )
  const sectionMaxPoints = index.sectionIds.map(() => 0)
  let totalMaxPoints = 0
  for (const info of index.questions) {
    const max = maxPoints[info.index] ?? 0
    sectionMaxPoints[info.sectionIndex] = (sectionMaxPoints[info.sectionIndex] ?? 0) + max
    totalMaxPoints += max
  }
  const scopes = scopesFor(index, activeProfiles)
  return { index, applicable, multipliers, maxPoints, sectionMaxPoints, totalMaxPoints, scopes }
}

/** Asked in this kind of assessment and, when limited to some profiles, under one that is active. */
export function isApplicable(info: QuestionInfo, kind: AssessmentKind, active: ReadonlySet<string>): boolean {
  const { kinds, appliesTo } = info.question
  if (kinds && !kinds.includes(kind)) return false
  if (appliesTo && !appliesTo.some((profile) => active.has(profile))) return false
  return true
}

/** Where several laws apply, the strictest weighting of the dimension wins. */
export function multiplierFor(dimension: ControlDimension, activeProfiles: readonly Profile[]): number {
  let multiplier = 1
  for (const profile of activeProfiles) {
    const value = profile.weightMultipliers[dimension]
    if (value !== undefined && value > multiplier) multiplier = value
  }
  return multiplier
}

/** What visibility needs from the parent: whether it is visible, and its practice choice (null if none or N/A). */
export type ParentState = { visible: boolean; practiceOptionId: string | null }

/**
 * A question is shown when it applies and, for a follow-up, its parent is shown and was answered in
 * practice with one of the revealing options (an N/A parent reveals nothing).
 */
export function isVisible(context: ScoringContext, info: QuestionInfo, parent: ParentState | undefined): boolean {
  if (!context.applicable[info.index] || info.neverVisible) return false
  if (info.parentIndex === null) return true
  if (!parent || !parent.visible || parent.practiceOptionId === null) return false
  return info.revealedBy?.has(parent.practiceOptionId) === true
}
