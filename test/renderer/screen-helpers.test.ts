import { describe, expect, test } from 'vitest'
import { defaultPeriod, periodError, previousTwelveMonths } from '../../renderer/src/period'
import { parseInline, parseMarkdown } from '../../renderer/src/markdown/parse-markdown'
import { shortTitle } from '../../renderer/src/screens/assessment/work-queue'
import { countsByChoice, rowStatus } from '../../renderer/src/honest-state'
import type { PortfolioRow } from '../../shared/portfolio/portfolio-types'

describe('assessment period', () => {
  test('annual defaults to the twelve months up to today; the others to none', () => {
    expect(previousTwelveMonths('2026-12-06')).toEqual({ start: '2025-12-07', end: '2026-12-06' })
    expect(previousTwelveMonths('2028-02-29')).toEqual({ start: '2027-03-01', end: '2028-02-29' })
    expect(defaultPeriod('onboarding', '2026-12-06')).toEqual({ start: '', end: '' })
  })
  test('both dates or neither, and the end after the start', () => {
    expect(periodError({ start: '', end: '' })).toBeNull()
    expect(periodError({ start: '2026-01-01', end: '' })).toMatch(/both/)
    expect(periodError({ start: '2026-06-30', end: '2026-01-01' })).toMatch(/after its start/)
    expect(periodError({ start: '2026-01-01', end: '2026-01-01' })).toMatch(/after its start/)
    expect(periodError({ start: '2026-01-01', end: '2026-12-31' })).toBeNull()
  })
})

describe('short question titles', () => {
  test('cut at a word boundary, never mid-word, question mark dropped', () => {
    expect(shortTitle("Are the agents the vendor's own employees?")).toBe("Are the agents the vendor's own employees")
    const long = shortTitle("In practice, who tells the vendor's individual agents what to do and how to do it during the working day?")
    expect(long.endsWith('…')).toBe(true)
    expect(long.length).toBeLessThanOrEqual(45)
    expect("In practice, who tells the vendor's individual agents".startsWith(long.slice(0, -1))).toBe(true)
  })
})

describe('the methodology page parser', () => {
  test('headings, quotes, lists, tables and inline marks become data, not HTML', () => {
    const blocks = parseMarkdown(
      '# Title\n\n> **Not legal advice.** Read it.\n\n- one\n- two `code`\n\n| a | b |\n|---|---|\n| 1 | <b>2</b> |\n\nText [Limits](#10-limits).'
    )
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'quote', 'list', 'table', 'paragraph'])
    expect(blocks[3]).toEqual({ kind: 'table', head: ['a', 'b'], rows: [['1', '<b>2</b>']] })
    expect(parseInline('**bold** and *em* and [x](#y)')).toEqual([
      { kind: 'strong', text: 'bold' },
      { kind: 'text', text: ' and ' },
      { kind: 'em', text: 'em' },
      { kind: 'text', text: ' and ' },
      { kind: 'link', text: 'x', href: '#y' }
    ])
  })
})

describe('portfolio rows are counted under a band only when sufficient', () => {
  const row = (over: Partial<PortfolioRow>): PortfolioRow =>
    ({ overall: { score: 0, band: 'low' }, sufficiency: 'not-assessed', openDecisive: 0, ...over }) as PortfolioRow
  test('nothing answered is not assessed, below the threshold insufficient, never Low', () => {
    const untouched = row({})
    const thin = row({ sufficiency: 'insufficient' })
    const full = row({ sufficiency: 'sufficient' })
    expect([rowStatus(untouched), rowStatus(thin), rowStatus(full), rowStatus(row({ overall: null, sufficiency: null }))]).toEqual([
      'not-assessed',
      'insufficient',
      'sufficient',
      'not-assessed'
    ])
    expect(countsByChoice([untouched, thin, full])).toEqual({
      critical: 0,
      high: 0,
      moderate: 0,
      low: 1,
      provisional: 0,
      insufficient: 1,
      'not-assessed': 1
    })
  })
  test('a band a question still open could raise is counted as provisional, not under its band; a Critical stays Critical', () => {
    const openLow = row({ sufficiency: 'sufficient', openDecisive: 1 })
    const openCritical = row({ sufficiency: 'sufficient', openDecisive: 2, overall: { score: 80, band: 'critical' } })
    expect(countsByChoice([openLow, openCritical])).toEqual({
      critical: 1,
      high: 0,
      moderate: 0,
      low: 0,
      provisional: 1,
      insufficient: 0,
      'not-assessed': 0
    })
  })
})
