import type { DecisiveRule, Option, Question, QuestionBank, RuleClause } from './bank-schema'
import type { ControlDimension } from './vocabulary'
import { sameFindingProblems } from './check-same-finding'

/**
 * Integrity rules every question bank must keep, the built-in one and any imported one: unique ids,
 * resolvable references, a safe answer and remediation for every risky one, follow-ups that a riskier
 * answer never hides (scoring relies on it), amplifiers that only amplify. Each check lists problems.
 */

export type Problems = string[]

export function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>()
  const dupes = new Set<string>()
  for (const value of values) {
    if (seen.has(value)) dupes.add(value)
    seen.add(value)
  }
  return [...dupes]
}

/** Both answer parts of a question, labelled for messages. */
export function parts(q: Question): { where: string; options: readonly Option[] }[] {
  const list = [{ where: `${q.id} practice`, options: q.options }]
  if (q.contract) list.push({ where: `${q.id} contract`, options: q.contract.options })
  return list
}

/**
 * Rank of an option in the order scoring treats as "riskier": risk for scored questions, the
 * amplification for amplifiers (whose options all carry risk 0).
 */
export function rank(q: Question, o: Option): [number, number] {
  return q.amplifier ? [o.amplify ?? 0, o.risk] : [o.risk, o.amplify ?? 0]
}

export function atLeast(a: [number, number], b: [number, number]): boolean {
  return a[0] > b[0] || (a[0] === b[0] && a[1] >= b[1])
}

export function uniqueIds(b: QuestionBank): Problems {
  const problems: Problems = []
  const lists: [string, string[]][] = [
    ['question', b.questions.map((q) => q.id)],
    ['section', b.sections.map((s) => s.id)],
    ['factor', b.factors.map((f) => f.id)],
    ['source', b.sources.map((s) => s.id)],
    ['profile', b.profiles.map((p) => p.id)]
  ]
  for (const [kind, ids] of lists) {
    for (const id of duplicates(ids)) problems.push(`duplicate ${kind} id ${id}`)
  }
  for (const q of b.questions) {
    for (const part of parts(q)) {
      for (const id of duplicates(part.options.map((o) => o.id))) {
        problems.push(`${part.where}: duplicate option ${id}`)
      }
    }
  }
  const live = new Set(b.questions.map((q) => q.id))
  for (const id of b.retiredQuestionIds) if (live.has(id)) problems.push(`retired id ${id} is reused`)
  return problems
}

export function references(b: QuestionBank): Problems {
  const problems: Problems = []
  const sections = new Set(b.sections.map((s) => s.id))
  const factors = new Map(b.factors.map((f) => [f.id, f]))
  const sources = new Set(b.sources.map((s) => s.id))
  const profiles = new Set(b.profiles.map((p) => p.id))
  for (const q of b.questions) {
    if (!sections.has(q.section)) problems.push(`${q.id}: unknown section ${q.section}`)
    if (q.factors.length === 0) problems.push(`${q.id}: cites no factor`)
    for (const f of q.factors) if (!factors.has(f)) problems.push(`${q.id}: unknown factor ${f}`)
    for (const p of q.appliesTo ?? []) if (!profiles.has(p)) problems.push(`${q.id}: unknown profile ${p}`)
    if (!q.factors.some((f) => factors.get(f)?.dimension === q.dimension)) {
      problems.push(`${q.id}: no cited factor has the question's dimension ${q.dimension}`)
    }
  }
  for (const f of b.factors) {
    for (const s of f.sources) {
      if (!sources.has(s)) problems.push(`${f.id}: unknown source ${s}`)
    }
  }
  for (const p of b.profiles) {
    for (const s of p.sources) {
      if (!sources.has(s)) problems.push(`${p.id}: unknown source ${s}`)
    }
  }
  for (const s of b.sources) {
    for (const p of s.profiles ?? []) if (!profiles.has(p)) problems.push(`${s.id}: unknown profile ${p}`)
    for (const by of s.superseded?.by ?? []) {
      if (!sources.has(by)) problems.push(`${s.id}: superseded by unknown source ${by}`)
      else if (by === s.id) problems.push(`${s.id}: superseded by itself`)
    }
  }
  return problems
}

export function answersAndRemediation(b: QuestionBank): Problems {
  const problems: Problems = []
  for (const q of b.questions) {
    if ((q.format === 'contract-and-practice') !== (q.contract !== undefined)) {
      problems.push(`${q.id}: format ${q.format} does not match the presence of a contract part`)
    }
    for (const part of parts(q)) {
      if (!part.options.some((o) => o.risk === 0 && (o.amplify ?? 0) === 0 && o.redFlag !== true)) {
        problems.push(`${part.where}: no safe answer (risk 0, no amplification, no red flag)`)
      }
      for (const o of part.options) {
        if ((o.risk > 0 || (o.amplify ?? 0) > 0) && !o.remediation) {
          problems.push(`${part.where}/${o.id}: no remediation`)
        }
      }
    }
    if (q.prompt === q.plannedPrompt) problems.push(`${q.id}: plannedPrompt repeats prompt`)
    if (q.contract && q.contract.prompt === q.contract.plannedPrompt) {
      problems.push(`${q.id}: contract plannedPrompt repeats prompt`)
    }
  }
  return problems
}

/**
 * Complexity limits for any bank, so that checking, scoring and showing a hostile bank stays bounded.
 * The built-in bank is far inside each one. A bank beyond a limit is refused before anything else is checked.
 */
export const BANK_LIMITS = {
  questions: 1000,
  optionsPerPart: 20,
  followUpDepth: 8,
  sections: 100,
  factors: 1000,
  sources: 2000,
  profiles: 100,
  rulesPerProfile: 40
} as const

export function limits(b: QuestionBank): Problems {
  const problems: Problems = []
  const over = (path: string, count: number, max: number, what: string): void => {
    if (count > max) problems.push(`${path}: ${count} ${what}; at most ${max} are allowed`)
  }
  over('questions', b.questions.length, BANK_LIMITS.questions, 'questions')
  over('sections', b.sections.length, BANK_LIMITS.sections, 'sections')
  over('factors', b.factors.length, BANK_LIMITS.factors, 'factors')
  over('sources', b.sources.length, BANK_LIMITS.sources, 'sources')
  over('profiles', b.profiles.length, BANK_LIMITS.profiles, 'profiles')
  over('generalRules', b.generalRules?.length ?? 0, BANK_LIMITS.rulesPerProfile, 'rules')
  b.profiles.forEach((p, i) => over(`profiles[${i}].rules`, p.rules?.length ?? 0, BANK_LIMITS.rulesPerProfile, 'rules'))
  // Bounded by the question limit above before options are counted, so this loop is bounded too.
  if (problems.length > 0) return problems
  b.questions.forEach((q, i) => {
    over(`questions[${i}].options`, q.options.length, BANK_LIMITS.optionsPerPart, 'options')
    over(`questions[${i}].contract.options`, q.contract?.options.length ?? 0, BANK_LIMITS.optionsPerPart, 'options')
  })
  return problems
}

/**
 * Depth of each question in its showIf chain (0 = top level), or 'loop' / 'missing' when the chain never
 * reaches a top-level question. One pass with memoisation: each question is walked once, so the check is
 * linear in the bank's size however long the chains are.
 */
function chainDepths(b: QuestionBank, byId: ReadonlyMap<string, number>): (number | 'loop' | 'missing')[] {
  const depth: (number | 'loop' | 'missing' | undefined)[] = b.questions.map(() => undefined)
  for (let start = 0; start < b.questions.length; start++) {
    if (depth[start] !== undefined) continue
    const chain: number[] = []
    const onChain = new Set<number>()
    let current: number | undefined = start
    let base: number | 'loop' | 'missing' = -1
    while (current !== undefined) {
      const known = depth[current]
      if (known !== undefined) {
        base = known
        break
      }
      if (onChain.has(current)) {
        base = 'loop'
        break
      }
      chain.push(current)
      onChain.add(current)
      const parentId: string | undefined = b.questions[current]?.showIf?.question
      if (parentId === undefined) break
      current = byId.get(parentId)
      if (current === undefined) base = 'missing'
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      base = typeof base === 'number' ? base + 1 : base
      depth[chain[i] as number] = base
    }
  }
  return depth.map((d) => d ?? 'missing')
}

export function followUps(b: QuestionBank): Problems {
  const problems: Problems = []
  const byId = new Map<string, number>()
  b.questions.forEach((q, i) => {
    if (!byId.has(q.id)) byId.set(q.id, i)
  })
  const depths = chainDepths(b, byId)
  b.questions.forEach((q, i) => {
    if (!q.showIf) return
    const parentIndex = byId.get(q.showIf.question)
    const parent = parentIndex === undefined ? undefined : b.questions[parentIndex]
    if (!parent || parentIndex === undefined) {
      problems.push(`${q.id}: showIf names missing question ${q.showIf.question}`)
      return
    }
    if (parentIndex >= i) problems.push(`${q.id}: parent ${parent.id} does not come earlier`)
    if (parent.amplifier === true && parent.options.every((o) => (o.amplify ?? 0) === 0)) {
      problems.push(`${q.id}: parent ${parent.id} has no ordering to be upward-closed in`)
    }
    const parentOptions = new Map(parent.options.map((o) => [o.id, o]))
    const anyOf = new Set(q.showIf.anyOf)
    const present: Option[] = []
    for (const id of q.showIf.anyOf) {
      const trigger = parentOptions.get(id)
      if (trigger) present.push(trigger)
      else problems.push(`${q.id}: trigger ${id} is not a practice option of ${parent.id}`)
    }
    if (present.length === parent.options.length) problems.push(`${q.id}: revealed by every answer; not a follow-up`)
    // Upward-closed: a riskier answer to the parent never hides a follow-up that a safer one reveals.
    // Options per part are limited (BANK_LIMITS), so this pairwise check is bounded per question.
    for (const trigger of present) {
      for (const other of parent.options) {
        if (atLeast(rank(parent, other), rank(parent, trigger)) && !anyOf.has(other.id)) {
          problems.push(`${q.id}: ${parent.id}/${trigger.id} reveals it but riskier ${parent.id}/${other.id} does not`)
        }
      }
    }
    const depth = depths[i]
    if (depth === 'loop') {
      problems.push(`${q.id}: showIf chain loops`)
      return
    }
    if (depth === 'missing') {
      problems.push(`${q.id}: showIf chain reaches a missing question`)
      return
    }
    if (depth !== undefined && depth > BANK_LIMITS.followUpDepth) {
      problems.push(`${q.id}: follow-up chain ${depth} deep; at most ${BANK_LIMITS.followUpDepth} levels are allowed`)
      return
    }
    // Reachable: profiles and kinds of the question and every ancestor can coincide (at most followUpDepth steps).
    let current: Question | undefined = parent
    while (current) {
      const ancestor: Question = current
      if (q.appliesTo && ancestor.appliesTo && !q.appliesTo.some((p) => ancestor.appliesTo?.includes(p))) {
        problems.push(`${q.id}: no profile under which both it and ${ancestor.id} are asked`)
      }
      if (q.kinds && ancestor.kinds && !q.kinds.some((k) => ancestor.kinds?.includes(k))) {
        problems.push(`${q.id}: no assessment kind in which both it and ${ancestor.id} are asked`)
      }
      const next = ancestor.showIf ? byId.get(ancestor.showIf.question) : undefined
      current = next === undefined ? undefined : b.questions[next]
    }
  })
  return problems
}

/**
 * Decisive rules (profile and general): every clause names a live question and its options on the right
 * side, is upward-closed like a follow-up trigger (so a riskier answer never stops a rule firing: scores
 * stay monotone), and leaves the question a safe answer that does not fire it (so remediation can lift it);
 * rule ids are unique per profile and every source exists.
 */
export function decisiveRules(b: QuestionBank): Problems {
  const problems: Problems = []
  const questions = new Map(b.questions.map((q) => [q.id, q]))
  const sources = new Set(b.sources.map((s) => s.id))
  const lists: [string, readonly DecisiveRule[], string | null][] = [
    ['generalRules', b.generalRules ?? [], null],
    ...b.profiles.map((p, i): [string, readonly DecisiveRule[], string | null] => [`profiles[${i}].rules`, p.rules ?? [], p.id])
  ]
  for (const [path, rules, profileId] of lists) {
    for (const id of duplicates(rules.map((r) => r.id))) problems.push(`${path}: duplicate rule id ${id}`)
    rules.forEach((rule, r) => {
      const where = `${path}[${r}] ${rule.id}`
      for (const s of rule.sources) if (!sources.has(s)) problems.push(`${where}: unknown source ${s}`)
      for (const group of rule.when) for (const clause of group.allOf) problems.push(...clauseProblems(where, clause, questions))
      for (const group of rule.unless ?? [])
        for (const clause of group.allOf) problems.push(...rebuttalProblems(where, clause, questions, profileId))
      if (rule.sameFindingAs !== undefined) problems.push(...sameFindingProblems(where, rule, rules.slice(0, r)))
    })
  }
  b.profiles.forEach((p, i) => {
    if ((p.prohibits ?? []).length > 0 && !p.lawfulInstead) {
      problems.push(`profiles[${i}] ${p.id}: prohibits a model but says nothing lawful instead`)
    }
  })
  return problems
}

function clauseProblems(where: string, clause: RuleClause, questions: ReadonlyMap<string, Question>): Problems {
  const q = questions.get(clause.question)
  if (!q) return [`${where}: unknown question ${clause.question}`]
  const side = clause.side ?? 'practice'
  const options = side === 'practice' ? q.options : q.contract?.options
  if (!options) return [`${where}: ${q.id} has no contract part`]
  const problems: Problems = []
  const listed = new Set(clause.anyOf)
  const known = new Set(options.map((o) => o.id))
  for (const id of clause.anyOf) if (!known.has(id)) problems.push(`${where}: ${id} is not a ${side} option of ${q.id}`)
  for (const trigger of options.filter((o) => listed.has(o.id))) {
    for (const other of options) {
      if (atLeast(rank(q, other), rank(q, trigger)) && !listed.has(other.id)) {
        problems.push(`${where}: ${q.id}/${trigger.id} fires it but riskier ${q.id}/${other.id} does not`)
      }
    }
  }
  if (options.every((o) => listed.has(o.id))) problems.push(`${where}: every answer to ${q.id} fires it`)
  return problems
}

/**
 * A rebuttal clause must be downward-closed (every answer at most as risky as one listed is listed too), so a safer
 * answer never un-rebuts and the score stays monotone; and it must leave some answer out, or it rebuts always.
 */
function rebuttalProblems(where: string, clause: RuleClause, questions: ReadonlyMap<string, Question>, profileId: string | null): Problems {
  const q = questions.get(clause.question)
  if (!q) return [`${where} unless: unknown question ${clause.question}`]
  // A rebuttal must be asked wherever its rule applies: a follow-up shows only after a riskier answer, and a question
  // limited to other laws or kinds is not asked at all, so a safer answer elsewhere would hide the rebuttal and raise
  // the score (attacker review: a custom bank rebutting on a follow-up scored Critical for the safer answer).
  if (q.showIf) return [`${where} unless: ${q.id} is a follow-up, asked only after another answer`]
  if (q.kinds) return [`${where} unless: ${q.id} is asked only in some kinds of assessment`]
  if (q.appliesTo && (profileId === null || !q.appliesTo.includes(profileId)))
    return [`${where} unless: ${q.id} is not asked wherever the rule applies`]
  const side = clause.side ?? 'practice'
  const options = side === 'practice' ? q.options : q.contract?.options
  if (!options) return [`${where} unless: ${q.id} has no contract part`]
  const problems: Problems = []
  const listed = new Set(clause.anyOf)
  const known = new Set(options.map((o) => o.id))
  for (const id of clause.anyOf) if (!known.has(id)) problems.push(`${where} unless: ${id} is not a ${side} option of ${q.id}`)
  for (const rebuts of options.filter((o) => listed.has(o.id))) {
    for (const other of options) {
      if (atLeast(rank(q, rebuts), rank(q, other)) && !listed.has(other.id)) {
        problems.push(`${where} unless: ${q.id}/${rebuts.id} rebuts it but safer ${q.id}/${other.id} does not`)
      }
    }
  }
  if (options.every((o) => listed.has(o.id))) problems.push(`${where} unless: every answer to ${q.id} rebuts it`)
  return problems
}

export function amplifiers(b: QuestionBank): Problems {
  const problems: Problems = []
  const allowed: ControlDimension[] = ['duration-exclusivity', 'integration']
  for (const q of b.questions) {
    if (q.amplifier === true) {
      if (!allowed.includes(q.dimension)) problems.push(`${q.id}: amplifier in dimension ${q.dimension}`)
      if (q.contract) problems.push(`${q.id}: amplifier with a contract part`)
      if (q.appliesTo) problems.push(`${q.id}: amplifier limited to profiles`)
      for (const o of q.options) {
        if (o.amplify === undefined) problems.push(`${q.id}/${o.id}: amplifier option without amplify`)
        if (o.risk !== 0) problems.push(`${q.id}/${o.id}: amplifier option with risk`)
        if (o.redFlag) problems.push(`${q.id}/${o.id}: amplifier option is a red flag`)
      }
      if (!q.options.some((o) => (o.amplify ?? 0) > 0)) {
        problems.push(`${q.id}: amplifier that never amplifies`)
      }
    } else {
      for (const part of parts(q)) {
        for (const o of part.options) {
          if (o.amplify !== undefined) problems.push(`${part.where}/${o.id}: amplify on a scored question`)
        }
      }
    }
  }
  return problems
}

/**
 * Every integrity problem of a bank, plus ascending band thresholds starting at 0. A bank beyond the
 * complexity limits gets only those problems: nothing else is worth checking, and the work stays bounded.
 */
export function checkBankIntegrity(b: QuestionBank): Problems {
  const tooBig = limits(b)
  if (tooBig.length > 0) return tooBig
  const bands = b.scoring.bands
  const ascending = bands.every((x, i) => (i === 0 ? x.min === 0 : x.min > (bands[i - 1]?.min ?? 0)))
  const bandProblems = ascending ? [] : ['scoring.bands: thresholds must start at 0 and ascend']
  return [
    ...uniqueIds(b),
    ...references(b),
    ...answersAndRemediation(b),
    ...followUps(b),
    ...amplifiers(b),
    ...decisiveRules(b),
    ...bandProblems
  ]
}
