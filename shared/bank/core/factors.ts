import type { Factor } from '../bank-schema'
import { FACTORS_CONTRACT } from './factors-contract'
import { FACTORS_STRUCTURAL } from './factors-structural'
import { FACTORS_WORKER_CONTROL } from './factors-worker-control'
import { FACTORS_WORKPLACE } from './factors-workplace'
import type { SourceId } from './sources'

/** A factor as authored in the core bank: its sources are checked against the core bank's own source ids. */
export interface FactorEntry extends Omit<Factor, 'sources'> {
  readonly sources: readonly SourceId[]
}

/**
 * The legal factors the questions evidence. Each states, in plain words, the test a court or agency applies,
 * so a reviewer can follow every point of a score back to the law.
 */
export const FACTORS = [
  // spreading the `as const` parts keeps a literal tuple, so FactorId stays a union of literal ids
  ...FACTORS_WORKER_CONTROL,
  ...FACTORS_WORKPLACE,
  ...FACTORS_CONTRACT,
  ...FACTORS_STRUCTURAL
] as const satisfies readonly FactorEntry[]

export type FactorId = (typeof FACTORS)[number]['id']
