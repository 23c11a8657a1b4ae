import type { Option, Question, QuestionBank } from './bank-schema'
import type { ControlDimension } from './vocabulary'

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

export function followUps(b: QuestionBank): Problems {
  const problems: Problems = []
  const position = new Map(b.questions.map((q, i) => [q.id, i]))
  b.questions.forEach((q, i) => {
    if (!q.showIf) return
    const parent = b.questions.find((p) => p.id === q.showIf?.question)
    if (!parent) {
      problems.push(`${q.id}: showIf names missing question ${q.showIf.question}`)
      return
    }
    if ((position.get(parent.id) ?? Infinity) >= i) {
      problems.push(`${q.id}: parent ${parent.id} does not come earlier`)
    }
    if (parent.amplifier === true && parent.options.every((o) => (o.amplify ?? 0) === 0)) {
      problems.push(`${q.id}: parent ${parent.id} has no ordering to be upward-closed in`)
    }
    const triggers = q.showIf.anyOf.map((id) => parent.options.find((o) => o.id === id))
    q.showIf.anyOf.forEach((id, k) => {
      if (!triggers[k]) problems.push(`${q.id}: trigger ${id} is not a practice option of ${parent.id}`)
    })
    const present = triggers.filter((o): o is Option => o !== undefined)
    if (present.length === parent.options.length) {
      problems.push(`${q.id}: revealed by every answer; not a follow-up`)
    }
    // Upward-closed: a riskier answer to the parent never hides a follow-up that a safer one reveals.
    for (const trigger of present) {
      for (const other of parent.options) {
        if (atLeast(rank(parent, other), rank(parent, trigger)) && !q.showIf.anyOf.includes(other.id)) {
          problems.push(
            `${q.id}: ${parent.id}/${trigger.id} reveals it but riskier ${parent.id}/${other.id} does not`
          )
        }
      }
    }
    // Reachable: the parent chain ends at a top-level question, and profiles and kinds can coincide.
    const seen = new Set<string>([q.id])
    let current: Question | undefined = parent
    while (current) {
      if (seen.has(current.id)) {
        problems.push(`${q.id}: showIf chain loops at ${current.id}`)
        break
      }
      seen.add(current.id)
      if (q.appliesTo && current.appliesTo && !q.appliesTo.some((p) => current?.appliesTo?.includes(p))) {
        problems.push(`${q.id}: no profile under which both it and ${current.id} are asked`)
      }
      if (q.kinds && current.kinds && !q.kinds.some((k) => current?.kinds?.includes(k))) {
        problems.push(`${q.id}: no assessment kind in which both it and ${current.id} are asked`)
      }
      const next: string | undefined = current.showIf?.question
      current = next === undefined ? undefined : b.questions.find((p) => p.id === next)
      if (next !== undefined && !current) problems.push(`${q.id}: chain reaches missing question ${next}`)
    }
  })
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

/** Every integrity problem of a bank, plus ascending band thresholds starting at 0. */
export function checkBankIntegrity(b: QuestionBank): Problems {
  const bands = b.scoring.bands
  const bandProblems = bands.every((x, i) => i === 0 ? x.min === 0 : x.min > (bands[i - 1]?.min ?? 0)) ? [] : ['scoring.bands: thresholds must start at 0 and ascend']
  return [...uniqueIds(b), ...references(b), ...answersAndRemediation(b), ...followUps(b), ...amplifiers(b), ...bandProblems]
}
