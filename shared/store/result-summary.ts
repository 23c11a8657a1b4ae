import { z } from 'zod'
import { RISK_BANDS } from '../bank/vocabulary'
import { ProfileIdSchema, type QuestionBank } from '../bank/bank-schema'
import { findBank } from '../bank/bank-registry'
import { BUILTIN_BANK_SOURCE } from '../bank/bank-source'
import { bankContentHash } from '../integrity/fingerprint'
import type { Assessment } from '../schemas/assessment'
import { scoreAssessment } from '../scoring/score'
import type { ScoreResult, SufficiencyStatus } from '../scoring/score-types'
import type { RiskBand } from '../bank/vocabulary'
import type { CellState, SectionCell } from '../portfolio/portfolio-types'

/**
 * Bump when the scoring engine changes what it computes for the same answers and bank (a new rule, a
 * different rounding): every stored summary then reads as stale and is recomputed from its body.
 */
export const RESULT_SUMMARY_VERSION = 2

const SufficiencyStatusSchema = z.enum(['not-assessed', 'insufficient', 'sufficient'])
const BandSchema = z.enum(RISK_BANDS)
// as AssessmentSchema pins it
const BankRefSchema = z.strictObject({ id: z.string().min(1).max(64), version: z.string().min(1).max(32) })

/*
 * The heat-map cells, one token per section of the pinned bank in bank order, separated by spaces:
 * score to one decimal, band letter, red flags, state letter, sufficiency letter — "34.5m2si" is 34.5,
 * moderate, 2 red flags, scored, insufficient — then "o" when a question of the section still open could
 * decide the result ("11.1l0sso": Low, but provisional). Compact on purpose: the index is read at every start and
 * written at every autosave, and 5,000 refs with one object per cell made it 8.5 MB (load and save
 * budgets missed); this keeps it near 3.5 MB. The section ids are the bank's, which the stamp pins.
 */
const BAND_LETTERS = { low: 'l', moderate: 'm', high: 'h', critical: 'c' } as const satisfies Record<RiskBand, string>
const STATE_LETTERS = { scored: 's', unanswered: 'u', 'not-applicable': 'n' } as const satisfies Record<CellState, string>
/** Trails a token whose section holds an open decisive question (SectionCell.open). */
const OPEN_LETTER = 'o'
const SUFFICIENCY_LETTERS = { 'not-assessed': 'n', insufficient: 'i', sufficient: 's' } as const satisfies Record<SufficiencyStatus, string>
// why: only the characters a token can hold, checked at every start over 5,000 refs; a full token grammar
// here tripled the index's validation time. decodeCells checks each token exactly.
const CELLS_PATTERN = /^[0-9.lmhcsunio ]*$/

/**
 * What the portfolio needs of an assessment's result, kept in its index ref so the dashboard is built
 * from the index alone (no body read, no scoring). Derived data: the body stays the record, and the
 * summary is recomputed whenever it could disagree with it — each save writes a fresh one, and `stamp`
 * names the engine version and the bank content it was computed under, so a summary made before a
 * scoring change, or while the bank was missing, is recognised as stale (isCurrentSummary).
 */
export const ResultSummarySchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('scored'),
    stamp: z.string().min(1).max(40),
    bank: BankRefSchema,
    /** The overall score to one decimal and its band; below `sufficient` the band is provisional only. */
    score: z.number().min(0).max(100),
    band: BandSchema,
    sufficiency: SufficiencyStatusSchema,
    provisional: z.boolean(),
    /**
     * How many questions still open could decide the result on their own (ScoreResult.sufficiency.
     * decisiveUnanswered): while any is, a band below Critical is provisional however high the coverage,
     * so the portfolio never shows it as a plain "Low" (vendor-manager review). Since index version 6.
     */
    openDecisive: z.number().int().min(0),
    /**
     * The jurisdiction profiles the assessment applied (Assessment.profiles), so the portfolio can say which
     * delivery countries were not assessed under their own law ("Not assessed: Poland"), as the packet does.
     */
    profiles: z.array(ProfileIdSchema),
    coverage: z.number().min(0).max(1),
    redFlags: z.number().int().min(0),
    decisive: z.number().int().min(0),
    cells: z.string().max(20_000).regex(CELLS_PATTERN, 'cells: one "<score><band><red flags><state><sufficiency>" token per section')
  }),
  /** The pinned bank was not available when it was computed (a custom bank not imported). */
  z.strictObject({ kind: z.literal('unscorable'), stamp: z.string().min(1).max(40), bank: BankRefSchema })
])
export type ResultSummary = z.infer<typeof ResultSummarySchema>

const SCORED_KEYS = [
  'kind',
  'stamp',
  'bank',
  'score',
  'band',
  'sufficiency',
  'provisional',
  'openDecisive',
  'profiles',
  'coverage',
  'redFlags',
  'decisive',
  'cells'
]
const UNSCORABLE_KEYS = ['kind', 'stamp', 'bank']
const BANDS: ReadonlySet<unknown> = new Set(RISK_BANDS)
const SUFFICIENCIES: ReadonlySet<unknown> = new Set(SufficiencyStatusSchema.options)

// as ProfileIdSchema (bank-schema.ts)
const PROFILE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
/** Exactly these own keys (a strict object: none missing, none more). */
const hasKeys = (o: Record<string, unknown>, keys: readonly string[]) => {
  const own = Object.keys(o)
  return own.length === keys.length && keys.every((k) => Object.hasOwn(o, k))
}
const isText = (v: unknown, min: number, max: number) => typeof v === 'string' && v.length >= min && v.length <= max
const isIn = (v: unknown, min: number, max: number) => typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max
const isCount = (v: unknown) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0
const isBankRef = (v: unknown) => isRecord(v) && hasKeys(v, ['id', 'version']) && isText(v.id, 1, 64) && isText(v.version, 1, 32)

/**
 * Whether `value` passes ResultSummarySchema, decided by hand: the same rules, without zod's per-object
 * work. Every start checks 5,000 of them (the store index), where the schema alone took a good part of
 * the index's validation. test/shared/result-summary-check.property.test.ts proves both agree.
 */
export function isResultSummary(value: unknown): value is ResultSummary {
  if (!isRecord(value)) return false
  if (value.kind === 'unscorable') return hasKeys(value, UNSCORABLE_KEYS) && isText(value.stamp, 1, 40) && isBankRef(value.bank)
  return (
    value.kind === 'scored' &&
    hasKeys(value, SCORED_KEYS) &&
    isText(value.stamp, 1, 40) &&
    isBankRef(value.bank) &&
    isIn(value.score, 0, 100) &&
    BANDS.has(value.band) &&
    SUFFICIENCIES.has(value.sufficiency) &&
    typeof value.provisional === 'boolean' &&
    isCount(value.openDecisive) &&
    Array.isArray(value.profiles) &&
    value.profiles.every((p) => typeof p === 'string' && PROFILE_ID.test(p)) &&
    isIn(value.coverage, 0, 1) &&
    isCount(value.redFlags) &&
    isCount(value.decisive) &&
    isText(value.cells, 0, 20_000) &&
    CELLS_PATTERN.test(value.cells as string)
  )
}

/**
 * ResultSummarySchema as the store index checks it: by hand (isResultSummary), and only a value that
 * fails is parsed with the schema, for its exact problems. Accepts and rejects exactly what the schema does.
 */
export const IndexedResultSummarySchema = z.custom<ResultSummary>().superRefine((value, ctx) => {
  if (isResultSummary(value)) return
  const parsed = ResultSummarySchema.safeParse(value)
  // why: were the two ever to disagree, the schema decides: nothing it rejects is let through
  for (const issue of parsed.error?.issues ?? []) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path })
})
export type ScoredSummary = Extract<ResultSummary, { kind: 'scored' }>

/**
 * The stamp a summary computed now, for an assessment pinned to `bank`, carries: the engine version and 64
 * bits of the bank's hash. An earlier built-in release not loaded yet has its recorded hash, which it is
 * checked against when loaded: a summary made under it reads as current without loading it at start.
 */
export function currentStamp(bank: { id: string; version: string }, banks: readonly QuestionBank[]): string {
  const found = findBank(banks, bank)
  const hash = found ? bankContentHash(found) : BUILTIN_BANK_SOURCE.archivedHash(bank)
  return `${RESULT_SUMMARY_VERSION}:${hash ? hash.slice(0, 16) : 'missing'}`
}

/** Whether a stored summary is what scoring the body now would give: same engine, same bank content. */
export function isCurrentSummary(summary: ResultSummary | undefined, banks: readonly QuestionBank[]): summary is ResultSummary {
  return summary !== undefined && summary.stamp === currentStamp(summary.bank, banks)
}

/**
 * Whether a current summary can be shown as it is: its cells read as one token per section of its bank.
 * Only a damaged index fails this (the schema checks the characters, not the tokens); it is then scored anew.
 */
export function summaryFits(summary: ResultSummary, banks: readonly QuestionBank[]): boolean {
  if (summary.kind === 'unscorable') return true
  const bank = findBank(banks, summary.bank)
  return (
    bank !== undefined &&
    decodeCells(
      summary.cells,
      bank.sections.map((s) => s.id)
    ) !== null
  )
}

export function bankMissingProblem(bank: { id: string; version: string }): string {
  return `Question bank ${bank.id} ${bank.version} is not available`
}

/** The summary of one assessment, scored under the bank it is pinned to (pure: the same body and banks give the same summary). */
export function resultSummaryOf(assessment: Assessment, banks: readonly QuestionBank[]): ResultSummary {
  const bankRef = { id: assessment.bank.id, version: assessment.bank.version }
  const bank = findBank(banks, bankRef)
  // why: not currentStamp — a built-in release merely not loaded would give its recorded hash, and this
  // 'unscorable' would then read as current; stamped "missing", it is recomputed once the bank is at hand
  if (!bank) return { kind: 'unscorable', stamp: `${RESULT_SUMMARY_VERSION}:missing`, bank: bankRef }
  const stamp = `${RESULT_SUMMARY_VERSION}:${bankContentHash(bank).slice(0, 16)}`
  const result = scoreAssessment({ bank, profiles: assessment.profiles, kind: assessment.kind, answers: assessment.answers })
  return {
    kind: 'scored',
    stamp,
    bank: bankRef,
    score: result.overall.rounded,
    band: result.overall.band,
    sufficiency: result.sufficiency.status,
    provisional: result.provisional,
    openDecisive: result.sufficiency.decisiveUnanswered.length,
    profiles: [...assessment.profiles],
    coverage: result.coverage.ratio,
    redFlags: result.redFlags.length,
    decisive: result.decisive.length,
    cells: encodeCells(result)
  }
}

/**
 * One token per section in bank order: a section applies when a question of it is visible, and is
 * scored once one is answered (N/A included) — the rule of sectionCells (portfolio-rows.ts).
 */
export function encodeCells(result: ScoreResult): string {
  const answered = new Set(result.lines.filter((l) => l.status !== 'unanswered').map((l) => l.section))
  return result.sections
    .map((s) => {
      const state: CellState = s.visibleCount === 0 ? 'not-applicable' : answered.has(s.sectionId) ? 'scored' : 'unanswered'
      return `${s.rounded.toFixed(1).replace(/\.0$/, '')}${BAND_LETTERS[s.band]}${s.redFlagCount}${STATE_LETTERS[state]}${SUFFICIENCY_LETTERS[s.sufficiency]}${s.openDecisive.length > 0 ? OPEN_LETTER : ''}`
    })
    .join(' ')
}

const byLetter = <K extends string>(letters: Record<K, string>): Map<string, K> =>
  new Map(Object.entries(letters).map(([k, letter]) => [letter as string, k as K]))
const BANDS_BY_LETTER = byLetter(BAND_LETTERS)
const STATES_BY_LETTER = byLetter(STATE_LETTERS)
const SUFFICIENCY_BY_LETTER = byLetter(SUFFICIENCY_LETTERS)

/** The heat-map cells of a summary, keyed by the bank's section ids; null when they do not fit the bank (a stale or damaged summary). */
export function decodeCells(cells: string, sectionIds: readonly string[]): SectionCell[] | null {
  const tokens = cells === '' ? [] : cells.split(' ')
  if (tokens.length !== sectionIds.length) return null
  const decoded: SectionCell[] = []
  for (let i = 0; i < tokens.length; i++) {
    const cell = decodeCell(tokens[i]!, sectionIds[i]!)
    if (!cell) return null
    decoded.push(cell)
  }
  return decoded
}

/** One token, read by hand: a regular expression per cell made the 1,000-row portfolio several times slower. */
function decodeCell(token: string, sectionId: string): SectionCell | null {
  const open = token.endsWith(OPEN_LETTER)
  const n = open ? token.length - 1 : token.length
  let i = 0
  while (i < n && ((token[i]! >= '0' && token[i]! <= '9') || token[i] === '.')) i++
  const scoreText = token.slice(0, i)
  const band = BANDS_BY_LETTER.get(token[i] ?? '')
  const flagsText = token.slice(i + 1, n - 2)
  const state = STATES_BY_LETTER.get(token[n - 2] ?? '')
  const sufficiency = SUFFICIENCY_BY_LETTER.get(token[n - 1] ?? '')
  if (!/^\d{1,3}(\.\d)?$/.test(scoreText) || !/^\d{1,4}$/.test(flagsText) || !band || !state || !sufficiency) return null
  return { sectionId, score: Number(scoreText), band, redFlagCount: Number(flagsText), state, sufficiency, open }
}
