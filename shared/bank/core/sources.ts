import type { Source } from '../bank-schema'
import { SOURCES_ASIA } from './sources-asia'
import { SOURCES_EUROPE } from './sources-europe'
import { SOURCES_LATAM } from './sources-latam'
import { SOURCES_PRACTICE } from './sources-practice'
import { SOURCES_US } from './sources-us'

/**
 * Every authority the core bank relies on, as counsel would cite it. Taken from the domain brief
 * (legal-factors.md). A url, where given, points at the primary text on an official legislation or
 * judgment site (never a firm's commentary); where no such text was verified, the citation stands alone.
 * `profiles` names the laws a source states, so a report cites it only when one of them applies.
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
