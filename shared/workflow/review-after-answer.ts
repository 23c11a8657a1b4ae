import type { Answer, Assessment } from '../schemas/assessment'
import { canonicalJson } from '../integrity/canonical-json'

/**
 * A review is of the answer it was given on (DECISIONS 202): when an answer's content changes (not only its save
 * time or its carried mark), that question's review goes and the finding waits for a new one. One rule for the
 * store (saveAnswerIn) and the screen, which applies it at once: the Review tab had kept showing a verdict the store
 * had already dropped (vendor-manager review).
 */
export function reviewsAfterAnswer(
  reviews: Assessment['reviews'],
  questionId: string,
  before: Answer | undefined,
  after: Answer | undefined
): Assessment['reviews'] {
  if (sameAnswer(before, after) || !Object.hasOwn(reviews, questionId)) return reviews
  const copy = { ...reviews }
  delete copy[questionId]
  return copy
}

/** The same answer, whenever it was saved and whether or not it was carried. */
function sameAnswer(a: Answer | undefined, b: Answer | undefined): boolean {
  const content = (x: Answer | undefined): string => {
    if (x === undefined) return ''
    const { answeredAt: _at, carried: _carried, ...rest } = x
    return canonicalJson(rest)
  }
  return content(a) === content(b)
}
