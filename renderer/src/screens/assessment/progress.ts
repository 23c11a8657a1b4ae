import type { QuestionBank, Question } from '@shared/bank/bank-schema'
import type { ScoreResult, ScoreLine } from '@shared/scoring/score-types'

export type SectionProgress = { sectionId: string; title: string; questions: Question[]; done: number; total: number }

/** Whether a visible question counts as done for the progress display (answered, partial or N/A). */
export function isDone(line: ScoreLine): boolean {
  return line.status === 'answered' || line.status === 'na' || line.status === 'unsure'
}

/** Visible questions in bank order, grouped by section, with how many are done. */
export function sectionProgress(bank: QuestionBank, score: ScoreResult): SectionProgress[] {
  const lineById = new Map(score.lines.map((l) => [l.questionId, l]))
  return bank.sections
    .map((s) => {
      const questions = bank.questions.filter((q) => q.section === s.id && lineById.has(q.id))
      const done = questions.filter((q) => isDone(lineById.get(q.id) as ScoreLine)).length
      return { sectionId: s.id, title: s.title, questions, done, total: questions.length }
    })
    .filter((s) => s.total > 0)
}

export function visibleQuestions(progress: readonly SectionProgress[]): Question[] {
  return progress.flatMap((s) => s.questions)
}
