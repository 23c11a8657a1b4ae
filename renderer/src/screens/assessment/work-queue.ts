import type { Question } from '@shared/bank/bank-schema'
import type { Answer } from '@shared/schemas/assessment'
import type { ScoreLine } from '@shared/scoring/score-types'
import { assertNever } from '@shared/util/result'

/** What is left to do in a questionnaire, as filters the side navigation and the pager follow. */
export type QueueFilter = 'unanswered' | 'unsure' | 'carried' | 'red-flag'

export const QUEUE_FILTERS: readonly QueueFilter[] = ['unanswered', 'unsure', 'carried', 'red-flag']

export const QUEUE_LABEL: Record<QueueFilter, string> = {
  unanswered: 'Unanswered',
  unsure: 'Unsure',
  carried: 'Carried, to confirm',
  'red-flag': 'Red flags'
}

/** Whether a visible question belongs to a filter; a one-sided answer still counts as unanswered. */
export function inQueue(filter: QueueFilter, line: ScoreLine, answer: Answer | undefined): boolean {
  switch (filter) {
    case 'unanswered':
      return line.status === 'unanswered' || line.status === 'partial'
    case 'unsure':
      return line.status === 'unsure'
    case 'carried':
      return answer?.carried === true
    case 'red-flag':
      return line.redFlag
    default:
      return assertNever(filter)
  }
}

export function queueCounts(
  questions: readonly Question[],
  lineById: ReadonlyMap<string, ScoreLine>,
  answers: Readonly<Record<string, Answer>>
): Record<QueueFilter, number> {
  const counts: Record<QueueFilter, number> = { unanswered: 0, unsure: 0, carried: 0, 'red-flag': 0 }
  for (const q of questions) {
    const line = lineById.get(q.id)
    if (!line) continue
    for (const f of QUEUE_FILTERS) if (inQueue(f, line, answers[q.id])) counts[f] += 1
  }
  return counts
}

/**
 * A short title for the side navigation, from the question's prompt: the bank has no short titles
 * yet, so the prompt is cut at a word boundary (never mid-word) and its question mark dropped.
 */
export function shortTitle(prompt: string, max = 44): string {
  const text = prompt
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[?.:]$/, '')
  if (text.length <= max) return text
  const cut = text.slice(0, max + 1)
  const space = cut.lastIndexOf(' ')
  return `${(space > max / 2 ? cut.slice(0, space) : text.slice(0, max)).replace(/[,;:]$/, '')}…`
}
