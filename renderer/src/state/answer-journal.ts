import type { Answer } from '@shared/schemas/assessment'

/**
 * A synchronous write-ahead journal of answers not yet acknowledged by the store. Saving is async
 * (IPC or IndexedDB) and cannot finish during a reload or window close; localStorage can, so each
 * change lands here first and is replayed when the assessment is opened again.
 */
export type PendingAnswers = Record<string, { answer: Answer | null }>

const key = (assessmentId: string) => `armslength.pending.${assessmentId}`

export function readJournal(assessmentId: string): PendingAnswers {
  try {
    const raw = localStorage.getItem(key(assessmentId))
    const parsed: unknown = raw ? JSON.parse(raw) : {}
    return typeof parsed === 'object' && parsed !== null ? (parsed as PendingAnswers) : {}
  } catch {
    return {}
  }
}

export function journalAnswer(assessmentId: string, questionId: string, answer: Answer | null): void {
  const pending = readJournal(assessmentId)
  pending[questionId] = { answer }
  localStorage.setItem(key(assessmentId), JSON.stringify(pending))
}

/** Removes an entry once the store acknowledged exactly that answer (a newer edit stays journaled). */
export function acknowledge(assessmentId: string, questionId: string, answer: Answer | null): void {
  const pending = readJournal(assessmentId)
  if (JSON.stringify(pending[questionId]?.answer) !== JSON.stringify(answer)) return
  delete pending[questionId]
  if (Object.keys(pending).length === 0) localStorage.removeItem(key(assessmentId))
  else localStorage.setItem(key(assessmentId), JSON.stringify(pending))
}
