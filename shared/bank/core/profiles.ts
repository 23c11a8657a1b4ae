import type { Profile } from '../bank-schema'
import { PROFILES_ASIA } from './profiles-asia'
import { PROFILES_EUROPE } from './profiles-europe'
import { PROFILES_LATAM } from './profiles-latam'
import { PROFILES_US } from './profiles-us'
import type { SourceId } from './sources'

type CountryCode = Profile['match']['countries'][number]
type UsStateCode = NonNullable<Profile['match']['clientUsStates']>[number]

/** A profile as authored in the core bank: readonly throughout, its sources checked against the core bank's ids. */
export interface ProfileEntry extends Omit<Profile, 'match' | 'structuralChecks' | 'localAdvice' | 'sources'> {
  readonly match: { readonly countries: readonly CountryCode[]; readonly clientUsStates?: readonly UsStateCode[] }
  readonly structuralChecks: readonly { readonly title: string; readonly description: string }[]
  readonly localAdvice: readonly string[]
  readonly sources: readonly SourceId[]
}

/**
 * Jurisdiction profiles. Each structural check is asked by a question in the "jurisdiction" section whose
 * appliesTo names the profile (see questions-jurisdiction-*.ts). Local advice is shown next to generic
 * remediation so that no generic fix is read as overriding local law.
 */
export const PROFILES = [
  // spreading the `as const` parts keeps a literal tuple, so ProfileId stays a union of literal ids
  ...PROFILES_US,
  ...PROFILES_ASIA,
  ...PROFILES_EUROPE,
  ...PROFILES_LATAM
] as const satisfies readonly ProfileEntry[]

export type ProfileId = (typeof PROFILES)[number]['id']
