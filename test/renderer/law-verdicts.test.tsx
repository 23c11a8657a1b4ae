import { afterEach, describe, expect, test, vi } from 'vitest'
import { render, screen, within } from '@testing-library/react'
import { LawVerdicts } from '../../renderer/src/screens/assessment/LawVerdicts'
import type { AssessmentSession } from '../../renderer/src/hooks/use-assessment-session'
import type { Answer, Assessment } from '@shared/schemas/assessment'
import { scoreStoredAssessment } from '@shared/workflow/score-stored'
import { BUILTIN_BANKS } from '../fixtures/builtin-banks'
import { germanyAsIn2026_3, readExampleEngagement } from '../helpers/example-report'
import { rebuttedLine } from '@shared/report/law-verdicts'

/** The Results card for an example's latest assessment, edited by `change`, as the screen builds it. */
function sessionOf(fileName: string, change: (a: Assessment) => Assessment = (a) => a): AssessmentSession {
  const { engagement, assessments } = readExampleEngagement(fileName)
  const assessment = change(assessments.at(-1)!)
  const scored = scoreStoredAssessment(assessment, BUILTIN_BANKS)
  if (!scored.ok) throw new Error(scored.error.message)
  const noop = () => undefined
  return {
    engagement,
    assessment,
    siblings: assessments,
    bank: scored.value.bank,
    score: scored.value.result,
    saveState: 'saved',
    saveError: null,
    readOnly: false,
    signOffBroken: null,
    recordProblem: null,
    setAnswer: noop,
    naDrafts: {},
    editAnswer: noop,
    replace: noop,
    flush: async () => undefined
  } as AssessmentSession
}

const WARNING = 'Law as at 30 November 2025, more than a year before 1 December 2026: check for changes since.'

describe('"Under each law applied" on the Results screen: a law stated more than a year before the assessment', () => {
  afterEach(() => vi.useRealTimers())

  test('a draft read on 30 November 2026 shows the date only; read on 1 December 2026 it says the law may have changed', () => {
    const draft = sessionOf('managed-contact-centre.json', (a) => ({ ...a, status: 'in-review', signOff: undefined }))
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date(2026, 10, 30, 12))
    const { unmount } = render(<LawVerdicts session={draft} />)
    expect(screen.getByText('Law as at 30 November 2025')).toBeTruthy()
    expect(screen.queryByTestId('law-stale')).toBeNull()
    unmount()
    vi.setSystemTime(new Date(2026, 11, 1, 12))
    render(<LawVerdicts session={draft} />)
    expect(screen.getByTestId('law-stale').textContent).toBe(WARNING)
  })

  test('a final speaks as at its sign-off (5 October 2026); read over a year after the law’s date, it says so', () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date(2026, 10, 30, 12))
    const { unmount } = render(<LawVerdicts session={sessionOf('managed-contact-centre.json')} />)
    expect(screen.getByText('Law as at 30 November 2025')).toBeTruthy()
    expect(screen.queryByTestId('law-stale')).toBeNull()
    unmount()
    vi.setSystemTime(new Date(2029, 0, 1, 12))
    render(<LawVerdicts session={sessionOf('managed-contact-centre.json')} />)
    expect(screen.getByTestId('law-stale').textContent).toBe(
      'Law as at 30 November 2025: under a year old at its sign-off on 5 October 2026, but more than a year before 1 January 2029: check for changes since.'
    )
    // and the country no applied law covers, in the words the report prints
    expect(screen.getByText(/^Poland: not assessed under local law/)).toBeTruthy()
  })
})

describe('"Under each law applied": provisional law by law', () => {
  test('German law names DE-03 (still open) as what could raise it; UK law is not held open by it', () => {
    render(
      <LawVerdicts
        session={sessionOf('germany-client-instructions.json', (a) =>
          germanyAsIn2026_3({ ...a, profiles: [...a.profiles, 'united-kingdom'] })
        )}
      />
    )
    const [germany, uk] = screen.getAllByRole('listitem').filter((li) => li.querySelector('h3'))
    expect(germany?.querySelector('.law-provisional')?.textContent).toBe(' provisional: DE-03 is still open and could raise it')
    expect(germany?.querySelector('.law-provisional a')?.getAttribute('href')).toContain('DE-03')
    expect(uk?.querySelector('.law-provisional')?.textContent ?? '').not.toContain('DE-03')
  })
})

describe('the Results screen gives the recommendation, in the report’s words (vendor-manager review)', () => {
  test('the German example: escalate, with the deemed employment named', async () => {
    const { RecommendationCard } = await import('../../renderer/src/screens/assessment/RecommendationCard')
    const { recommend } = await import('@shared/report/recommendation')
    const session = sessionOf('germany-client-instructions.json')
    render(<RecommendationCard session={session} />)
    expect(screen.getByTestId('recommendation-headline').textContent).toBe(recommend(session.score, session.bank).headline)
    expect(screen.getByRole('heading', { name: 'Recommendation' })).toBeTruthy()
    expect(screen.getByText(/Deemed employment relationship with you/)).toBeTruthy()
    // the screen has no appendix to send anyone to
    expect(document.body.textContent).not.toContain('appendix')
  })
})

describe('the questionnaire’s result panel says a band an open question could raise is provisional (vendor-manager review)', () => {
  test('the German example as answered under 2026.3: High with DE-03 open reads provisional beside the band', async () => {
    const { ScorePanel } = await import('../../renderer/src/screens/assessment/ScorePanel')
    const session = sessionOf('germany-client-instructions.json', (a) => germanyAsIn2026_3(a))
    render(
      <ScorePanel
        score={session.score}
        assessmentId={session.assessment.id}
        threshold={session.bank.scoring.coverageThreshold}
        carriedNeedConfirming={session.bank.scoring.carriedNeedConfirming === true}
      />
    )
    expect(session.score.overall.band).not.toBe('critical')
    expect(screen.getByTestId('panel-open-decisive').textContent).toContain('DE-03 is still open and could raise the band')
  })
})

describe('a rebutted rule on the Results screen says whether its answers list evidence (bank 2026.7, counsel review)', () => {
  const rebutted = (evidence: readonly string[]) =>
    sessionOf('philippines-unregistered-vendor.json', (a) => {
      const answers: Record<string, Answer> = { ...a.answers, 'PH-02': { choice: 'substantial' } }
      for (const id of evidence) answers[id] = { ...answers[id], evidence: [{ title: `Proof for ${id}`, location: 'Vendor file' }] }
      return { ...a, answers }
    })

  test('the line reads as the report and `score` print it, with the answers lacking evidence as links', () => {
    const session = rebutted(['PH-02', 'PH-05'])
    render(<LawVerdicts session={session} />)
    const line = screen.getByTestId('rebutted')
    const [rule] = session.score.verdicts[0]!.rebutted
    expect(line.textContent).toBe(rebuttedLine(rule!))
    expect(line.textContent).toMatch(/; no evidence is attached to SUP-01, SUP-04, HIR-02, HIR-04, PAY-01, CON-01$/)
    const tail = line.textContent!.slice(line.textContent!.indexOf('no evidence'))
    expect(tail).not.toContain('PH-02')
    expect(
      within(line)
        .getAllByRole('link')
        .map((l) => l.textContent)
    ).toEqual([
      ...['PH-02', 'PH-05', 'SUP-01', 'SUP-04', 'HIR-02', 'HIR-04', 'PAY-01', 'CON-01'],
      ...['SUP-01', 'SUP-04', 'HIR-02', 'HIR-04', 'PAY-01', 'CON-01']
    ])
  })

  test('no evidence at all, and a note that is not evidence, are both said', () => {
    const session = rebutted([])
    render(<LawVerdicts session={session} />)
    const line = screen.getByTestId('rebutted')
    expect(line.textContent).toBe(rebuttedLine(session.score.verdicts[0]!.rebutted[0]!))
    expect(line.textContent).toMatch(/; no evidence is attached to any of these answers \(only a note: PH-05\)$/)
  })
})
