import { reviewsAfterAnswer } from '@shared/workflow/review-after-answer'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { Answer, Assessment } from '@shared/schemas/assessment'
import type { Engagement } from '@shared/schemas/engagement'
import type { QuestionBank } from '@shared/bank/bank-schema'
import { scoreStoredAssessment } from '@shared/workflow/score-stored'
import { verifySignOff } from '@shared/integrity/verify-sign-off'
import { engagementRecordProblemOf, type EngagementRecordProblem } from '@shared/integrity/record-consistency'
import type { ScoreResult } from '@shared/scoring/score-types'
import type { AppError } from '@shared/util/result'
import { useApi } from './api-context'
import { acknowledge, journalAnswer, readJournal } from '../state/answer-journal'
import { useBanks, useEnsureBanks } from './banks-context'
import { readNaDrafts, recordNaDraft, type NaDrafts } from '../state/na-drafts'
import { storableAnswer } from '../state/answer-edits'

export type SaveState = 'saved' | 'saving' | 'error'

export type AssessmentSession = {
  engagement: Engagement
  assessment: Assessment
  /** Every assessment of the engagement (history, carry-forward, comparison). */
  siblings: Assessment[]
  bank: QuestionBank
  score: ScoreResult
  saveState: SaveState
  saveError: string | null
  readOnly: boolean
  /**
   * Why a final's sign-off no longer holds (its stored content was changed after signing: the file was
   * edited, or damaged), or null. Such an assessment is never shown as signed; export and reports refuse it.
   */
  signOffBroken: string | null
  /**
   * Why the engagement's assessments are not as the app keeps them (a signed final held twice, or a revision link the
   * app could not have made: the store was edited outside it), or null. Reports of the engagement are refused then.
   */
  recordProblem: EngagementRecordProblem | null
  setAnswer: (questionId: string, answer: Answer | null) => void
  /**
   * Answers marked N/A without a reason: the store refuses them, so they are kept on this computer and
   * listed as not saved (by question id) until the reason is given or the answer changed.
   */
  naDrafts: NaDrafts
  /** An edit of one question as typed: its storable part is saved, an N/A without a reason kept as a draft. */
  editAnswer: (questionId: string, draft: Answer) => void
  /** Replaces the assessment after a server-side change (review, status, actions). */
  replace: (next: Assessment) => void
  flush: () => Promise<void>
}

export type SessionState =
  { status: 'loading' } | { status: 'error'; error: AppError | { message: string } } | { status: 'ready'; session: AssessmentSession }

const SAVE_DELAY_MS = 250

export function useAssessmentSession(id: string): SessionState {
  const api = useApi()
  const banks = useBanks()
  const ensureBanks = useEnsureBanks()
  const [loaded, setLoaded] = useState<{ engagement: Engagement; assessment: Assessment; siblings: Assessment[] } | null>(null)
  const [error, setError] = useState<{ message: string } | null>(null)
  const [saveState, setSaveState] = useState<SaveState>('saved')
  const [saveError, setSaveError] = useState<string | null>(null)
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>())
  const queued = useRef(new Map<string, Answer | null>())
  const [naDrafts, setNaDrafts] = useState<{ id: string; drafts: NaDrafts }>(() => ({ id, drafts: readNaDrafts(id) }))
  // another assessment opened in the same screen: its own drafts
  if (naDrafts.id !== id) setNaDrafts({ id, drafts: readNaDrafts(id) })

  const save = useCallback(
    async (questionId: string, answer: Answer | null) => {
      setSaveState('saving')
      const r = await api.saveAnswer({ assessmentId: id, questionId, answer })
      if (r.ok) {
        acknowledge(id, questionId, answer)
        if (queued.current.size === 0) setSaveState('saved')
        setSaveError(null)
      } else {
        setSaveState('error')
        setSaveError(r.error.message)
      }
    },
    [api, id]
  )

  useEffect(() => {
    let cancelled = false
    async function load(): Promise<void> {
      const opened = await api.openAssessment({ assessmentId: id })
      if (!opened.ok) return setError(opened.error)
      const { engagement, assessment, siblings } = opened.value
      // the banks it and its siblings were answered under: earlier releases are loaded on demand
      const banks = await ensureBanks([assessment.bank, ...siblings.map((s) => s.bank)])
      if (!banks.ok) return setError(banks.error)
      // replay answers a reload or crash interrupted before the store acknowledged them
      let current = assessment
      for (const [questionId, { answer }] of Object.entries(readJournal(id))) {
        if (assessment.status === 'final') break
        const r = await api.saveAnswer({ assessmentId: id, questionId, answer })
        if (r.ok) {
          acknowledge(id, questionId, answer)
          const answers = { ...current.answers }
          if (answer === null) delete answers[questionId]
          else answers[questionId] = answer
          current = { ...current, answers }
        }
      }
      if (!cancelled) setLoaded({ engagement, assessment: current, siblings })
    }
    void load()
    return () => {
      cancelled = true
    }
  }, [api, ensureBanks, id])

  const flush = useCallback(async () => {
    const pending = [...queued.current.entries()]
    for (const t of timers.current.values()) clearTimeout(t)
    timers.current.clear()
    queued.current.clear()
    await Promise.all(pending.map(([q, a]) => save(q, a)))
  }, [save])

  useEffect(() => {
    const onHide = () => void flush()
    window.addEventListener('pagehide', onHide)
    return () => {
      window.removeEventListener('pagehide', onHide)
      void flush()
    }
  }, [flush])

  const setAnswer = useCallback(
    (questionId: string, answer: Answer | null) => {
      journalAnswer(id, questionId, answer)
      setLoaded((prev) => {
        if (!prev) return prev
        const answers = { ...prev.assessment.answers }
        if (answer === null) delete answers[questionId]
        else answers[questionId] = answer
        // the store drops a changed answer's review; the screen drops it at once, so no tab shows a verdict that is gone
        const reviews = reviewsAfterAnswer(prev.assessment.reviews, questionId, prev.assessment.answers[questionId], answer ?? undefined)
        return { ...prev, assessment: { ...prev.assessment, answers, reviews, lastQuestionId: questionId } }
      })
      queued.current.set(questionId, answer)
      setSaveState('saving')
      const existing = timers.current.get(questionId)
      if (existing) clearTimeout(existing)
      timers.current.set(
        questionId,
        setTimeout(() => {
          timers.current.delete(questionId)
          const latest = queued.current.get(questionId) ?? null
          queued.current.delete(questionId)
          void save(questionId, latest)
        }, SAVE_DELAY_MS)
      )
    },
    [id, save]
  )

  const editAnswer = useCallback(
    (questionId: string, draft: Answer) => {
      setNaDrafts((prev) => ({ id, drafts: recordNaDraft(id, prev.id === id ? prev.drafts : readNaDrafts(id), questionId, draft) }))
      setAnswer(questionId, storableAnswer(draft))
    },
    [id, setAnswer]
  )

  const replace = useCallback((next: Assessment) => {
    setLoaded((prev) => (prev ? { ...prev, assessment: next, siblings: prev.siblings.map((a) => (a.id === next.id ? next : a)) } : prev))
  }, [])

  const scored = useMemo(() => (loaded ? scoreStoredAssessment(loaded.assessment, banks) : null), [loaded, banks])
  const assessmentNow = loaded?.assessment
  const bankNow = scored?.ok ? scored.value.bank : null
  // the same check as export, import and verify: a few milliseconds, once per change of the assessment
  const signOffBroken = useMemo(() => {
    if (!assessmentNow || assessmentNow.status !== 'final') return null
    const checked = verifySignOff(assessmentNow, bankNow)
    return checked.ok ? null : checked.error.message
  }, [assessmentNow, bankNow])

  // the check a report makes before printing (report-input.ts): the screen says it first, rather than show a revision
  // as a plain final or a corrected final as standing
  const siblingsNow = loaded?.siblings
  const recordProblem = useMemo(() => (siblingsNow ? engagementRecordProblemOf(siblingsNow) : null), [siblingsNow])

  if (error) return { status: 'error', error }
  if (!loaded || !scored) return { status: 'loading' }
  if (!scored.ok) return { status: 'error', error: scored.error }
  return {
    status: 'ready',
    session: {
      ...loaded,
      bank: scored.value.bank,
      score: scored.value.result,
      saveState,
      saveError,
      readOnly: loaded.assessment.status === 'final',
      signOffBroken,
      recordProblem,
      setAnswer,
      // a final is read-only: nothing of it is a draft any more
      naDrafts: loaded.assessment.status === 'final' ? {} : naDrafts.drafts,
      editAnswer,
      replace,
      flush
    }
  }
}
