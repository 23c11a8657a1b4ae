import type { Option, Question, QuestionBank } from '../bank/bank-schema'
import type { RiskBand } from '../bank/vocabulary'
import { liftRemaining } from './bands'

/** What scoring needs to know about one question, worked out once per bank. */
export type QuestionInfo = {
  question: Question
  /** Position in bank.questions: the tie-breaker everywhere and the order of lines. */
  index: number
  sectionIndex: number
  /** Structural (jurisdiction) questions are never amplified. */
  structural: boolean
  amplifier: boolean
  /** The question has a contract part, so it takes a practice and a contract answer. */
  dual: boolean
  practiceById: ReadonlyMap<string, Option>
  contractById: ReadonlyMap<string, Option> | null
  lowestPractice: Option
  lowestContract: Option | null
  /** Index of the showIf parent, or null for a top-level question. */
  parentIndex: number | null
  revealedBy: ReadonlySet<string> | null
  /** A showIf chain that is dangling or circular can never be satisfied. */
  neverVisible: boolean
  /** Follow-ups whose visibility depends on this question's practice answer. */
  childIndexes: readonly number[]
}

export type BankIndex = {
  bank: QuestionBank
  questions: readonly QuestionInfo[]
  questionIndexById: ReadonlyMap<string, number>
  /** Questions that can be visible, parents before their follow-ups. */
  evaluationOrder: readonly number[]
  sectionIds: readonly string[]
  /**
   * Whether amplifiers lift this section: it holds control questions and no amplifier (amplifiers
   * never lift their own section; structural questions are never amplified anyway).
   */
  sectionAmplified: readonly boolean[]
  /** Per band, the share of the distance to 100 a decisive factor of that band leaves (bands.ts). */
  liftRemaining: Readonly<Record<RiskBand, number>>
}

// Banks are immutable data; keying by identity lets every call after the first skip this work.
const cache = new WeakMap<QuestionBank, BankIndex>()

export function indexBank(bank: QuestionBank): BankIndex {
  const cached = cache.get(bank)
  if (cached) return cached
  const built = buildIndex(bank)
  cache.set(bank, built)
  return built
}

function buildIndex(bank: QuestionBank): BankIndex {
  const sectionIds = bank.sections.map((section) => section.id)
  // A question naming an unknown section still gets scored, in a section of its own at the end.
  for (const question of bank.questions) {
    if (!sectionIds.includes(question.section)) sectionIds.push(question.section)
  }
  const questionIndex = new Map(bank.questions.map((question, index) => [question.id, index]))
  const parents = bank.questions.map((question) => (question.showIf ? (questionIndex.get(question.showIf.question) ?? -1) : null))
  const depths = showIfDepths(parents)
  const children: number[][] = bank.questions.map(() => [])
  parents.forEach((parent, index) => {
    if (parent !== null && parent >= 0 && depths[index] !== null) children[parent]?.push(index)
  })

  const questions: QuestionInfo[] = bank.questions.map((question, index) => ({
    question,
    index,
    sectionIndex: sectionIds.indexOf(question.section),
    structural: question.dimension === 'structural',
    amplifier: question.amplifier === true,
    dual: question.contract !== undefined,
    practiceById: new Map(question.options.map((option) => [option.id, option])),
    contractById: question.contract ? new Map(question.contract.options.map((option) => [option.id, option])) : null,
    lowestPractice: lowestRiskOption(question.options, question.amplifier === true),
    lowestContract: question.contract ? lowestRiskOption(question.contract.options) : null,
    parentIndex: parents[index] === -1 ? null : (parents[index] ?? null),
    revealedBy: question.showIf ? new Set(question.showIf.anyOf) : null,
    neverVisible: depths[index] === null,
    childIndexes: children[index] ?? []
  }))

  const evaluationOrder = questions
    .filter((info) => !info.neverVisible)
    .map((info) => info.index)
    .sort((a, b) => (depths[a] ?? 0) - (depths[b] ?? 0) || a - b)

  const sectionAmplified = sectionIds.map((id) => {
    const inSection = bank.questions.filter((question) => question.section === id)
    const holdsAmplifier = inSection.some((question) => question.amplifier === true)
    const holdsControl = inSection.some((question) => question.amplifier !== true && question.dimension !== 'structural')
    return holdsControl && !holdsAmplifier
  })
  return {
    bank,
    questions,
    questionIndexById: questionIndex,
    evaluationOrder,
    sectionIds,
    sectionAmplified,
    liftRemaining: liftRemaining(bank.scoring)
  }
}

/**
 * Depth of each question in its showIf chain (0 = top level), or null when the chain points at a
 * missing question (parent -1) or loops back on itself.
 */
function showIfDepths(parents: readonly (number | null)[]): (number | null)[] {
  const depths: (number | null | undefined)[] = parents.map(() => undefined)
  const depthOf = (start: number): number | null => {
    const chain: number[] = []
    const onChain = new Set<number>()
    let current = start
    let base: number | null = null
    for (;;) {
      const known = depths[current]
      if (known !== undefined) {
        base = known
        break
      }
      if (onChain.has(current)) break
      chain.push(current)
      onChain.add(current)
      const parent = parents[current]
      if (parent === null || parent === undefined) {
        base = -1
        break
      }
      if (parent === -1) break
      current = parent
    }
    // Walk back down the chain, each question one deeper than its parent (or unreachable).
    for (let i = chain.length - 1; i >= 0; i--) {
      const index = chain[i] as number
      base = base === null ? null : base + 1
      depths[index] = base
    }
    return depths[start] ?? null
  }
  return parents.map((_, index) => depthOf(index))
}

/**
 * The option a remediation moves to: the least of what scoring reads from it, first what matters
 * most — risk for a scored question, amplification for an amplifier — then no red flag, then the
 * other, then bank order.
 */
export function lowestRiskOption(options: readonly Option[], amplifier = false): Option {
  let best = options[0] as Option
  for (const option of options) {
    if (compareOptionRisk(option, best, amplifier) < 0) best = option
  }
  return best
}

function compareOptionRisk(a: Option, b: Option, amplifier: boolean): number {
  const risk = a.risk - b.risk
  const amplify = (a.amplify ?? 0) - (b.amplify ?? 0)
  const redFlag = Number(a.redFlag === true) - Number(b.redFlag === true)
  return amplifier ? amplify || redFlag || risk : risk || redFlag || amplify
}
