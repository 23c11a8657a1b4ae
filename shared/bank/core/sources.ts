import type { Source } from '../bank-schema'
import { SOURCES_ASIA } from './sources-asia'
import { SOURCES_EUROPE } from './sources-europe'
import { SOURCES_LATAM } from './sources-latam'
import { SOURCES_PRACTICE } from './sources-practice'
import { SOURCES_US } from './sources-us'

/**
 * Every authority the core bank relies on, as counsel would cite it. Taken from the domain brief
 * (legal-factors.md); urls point at the summary the brief relied on, not necessarily the primary text.
 */
export const SOURCES = [
  // spreading the `as const` parts keeps a literal tuple, so SourceId stays a union of literal ids
  ...SOURCES_US,
  ...SOURCES_ASIA,
  ...SOURCES_EUROPE,
  ...SOURCES_LATAM,
  ...SOURCES_PRACTICE
] as const satisfies readonly Source[]

export type SourceId = (typeof SOURCES)[number]['id']
