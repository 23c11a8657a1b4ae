import type { Answer } from '../schemas/assessment'
import type { QuestionBank } from '../bank/bank-schema'
import { findBank, type BankRef } from '../bank/bank-registry'
import { BUILTIN_BANK_SOURCE } from '../bank/bank-source'
import { BANK_MIGRATIONS, migrationPath, type BankMigration, type OptionMap } from './carry-forward-map'

/**
 * Last cycle's answers become this cycle's starting point, each marked "carried — confirm" until the
 * user confirms or changes it. When last cycle used an earlier release of the bank, its answers are first
 * mapped onto this release (carry-forward-map.ts); an answer whose meaning changed says so in its note.
 * Answers to questions the bank no longer has, or whose chosen option no longer exists, are dropped
 * rather than guessed.
 */
export function carryAnswersForward(
  previous: Readonly<Record<string, Answer>>,
  bank: QuestionBank,
  from?: BankRef,
  migrations: readonly BankMigration[] = BANK_MIGRATIONS
): Record<string, Answer> {
  const path = from ? migrationPath(from, bank, migrations) : null
  const mapped = (path ?? []).reduce((answers, step) => migrateAnswers(answers, step), previous)
  const out: Record<string, Answer> = {}
  for (const q of bank.questions) {
    const old = mapped[q.id]
    if (!old) continue
    const choiceOk = old.choice === undefined || q.options.some((o) => o.id === old.choice)
    const contractOk = old.contractChoice === undefined || (q.contract?.options.some((o) => o.id === old.contractChoice) ?? false)
    if (!choiceOk || !contractOk) continue
    const { answeredAt: _at, ...kept } = old
    out[q.id] = old.na === true && !q.naAllowed ? naNoLongerAccepted(kept) : { ...kept, carried: true }
  }
  return out
}

/**
 * An N/A the new release no longer accepts (2026.4's DE-03) is not carried as an N/A: stored, it would be
 * disregarded in scoring and refused on export and import. Its reason becomes part of the note, so the
 * person answers the question from what they wrote last time; no option is chosen for them.
 */
function naNoLongerAccepted(answer: Answer): Answer {
  const { na: _na, naReason, ...rest } = answer
  const said = naReason ? `: "${naReason}"` : ''
  const added = `Carried as not applicable${said}. This question no longer accepts N/A here; choose the answer that fits.`
  return { ...rest, note: withNote(answer.note, added), carried: true }
}

const NOTE_LIMIT = 5000

/** One release step: every answer moved to its new question(s), changed meanings noted. */
export function migrateAnswers(answers: Readonly<Record<string, Answer>>, step: BankMigration): Record<string, Answer> {
  const out: Record<string, Answer> = {}
  // the service loads every earlier release before carrying answers forward (assessment-handlers.ts)
  const fromBank = findBank(BUILTIN_BANK_SOURCE.loaded(), step.from)
  for (const [questionId, answer] of Object.entries(answers)) {
    const moves = step.moves[questionId] ?? [{ to: questionId }]
    for (const move of moves) {
      // a move to another question carries only the answers the mapping names (the rest say nothing there)
      if (move.to !== questionId && !named(answer.choice, move.options) && !named(answer.contractChoice, move.contractOptions)) continue
      const practice = remap(answer.choice, move.options)
      const contract = remap(answer.contractChoice, move.contractOptions)
      const { choice: _c, contractChoice: _cc, ...rest } = answer
      const next: Answer = {
        ...rest,
        ...(practice.id !== undefined ? { choice: practice.id } : {}),
        ...(contract.id !== undefined ? { contractChoice: contract.id } : {})
      }
      if (practice.changed || contract.changed || move.to !== questionId) {
        next.note = withNote(answer.note, changeNote(fromBank, step, questionId, answer, move.to))
      }
      out[move.to] = next
    }
  }
  return out
}

function named(optionId: string | undefined, map: OptionMap | undefined): boolean {
  return optionId !== undefined && map !== undefined && optionId in map
}

/** The option id after the move; `changed` when the map names it (its meaning is not the same). */
function remap(optionId: string | undefined, map: OptionMap | undefined): { id: string | undefined; changed: boolean } {
  if (optionId === undefined) return { id: undefined, changed: false }
  if (!map || !(optionId in map)) return { id: optionId, changed: false }
  return { id: map[optionId] ?? undefined, changed: true }
}

function changeNote(fromBank: QuestionBank | undefined, step: BankMigration, questionId: string, answer: Answer, to: string): string {
  const q = fromBank?.questions.find((x) => x.id === questionId)
  const label = (id: string | undefined, options: readonly { id: string; label: string }[] | undefined) =>
    id === undefined ? null : `"${options?.find((o) => o.id === id)?.label ?? id}"`
  const said = [label(answer.choice, q?.options), label(answer.contractChoice, q?.contract?.options)].filter((x) => x !== null)
  const where = to === questionId ? `this question` : `${questionId}`
  const what = said.length > 0 ? `, you answered ${said.join(' (contract: ')}${said.length > 1 ? ')' : ''}` : ''
  return (
    `Carried from bank ${step.from.version}: in ${where}${what}. The question or its options changed in ` +
    `${step.to.version}; confirm this answer or choose again.`
  )
}

function withNote(existing: string | undefined, added: string): string {
  const text = existing && existing.trim().length > 0 ? `${added}\n\n${existing}` : added
  return text.length > NOTE_LIMIT ? text.slice(0, NOTE_LIMIT) : text
}
