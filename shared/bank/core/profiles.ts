import type { DecisiveRule, Profile, ProhibitedModel } from '../bank-schema'
import { PROFILES_ASIA } from './profiles-asia'
import { PROFILES_EUROPE } from './profiles-europe'
import { PROFILES_LATAM } from './profiles-latam'
import { PROFILES_US } from './profiles-us'
import type { SourceId } from './sources'

type CountryCode = Profile['match']['countries'][number]
type UsStateCode = NonNullable<Profile['match']['clientUsStates']>[number]

/** A decisive rule as authored in the core bank: readonly throughout, its sources checked against the core bank's ids. */
export interface RuleEntry extends Omit<DecisiveRule, 'when' | 'unless' | 'sources'> {
  readonly when: readonly ClauseGroupEntry[]
  readonly unless?: readonly ClauseGroupEntry[]
  readonly sources: readonly SourceId[]
}

type ClauseGroupEntry = {
  readonly allOf: readonly { readonly question: string; readonly anyOf: readonly string[]; readonly side?: 'practice' | 'contract' }[]
}

/** A profile as authored in the core bank: readonly throughout, its sources checked against the core bank's ids. */
export interface ProfileEntry extends Omit<Profile, 'match' | 'structuralChecks' | 'localAdvice' | 'sources' | 'rules' | 'prohibits'> {
  readonly match: { readonly countries: readonly CountryCode[]; readonly clientUsStates?: readonly UsStateCode[] }
  readonly structuralChecks: readonly { readonly title: string; readonly description: string }[]
  readonly localAdvice: readonly string[]
  readonly sources: readonly SourceId[]
  readonly rules?: readonly RuleEntry[]
  readonly prohibits?: readonly ProhibitedModel[]
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

/** A rule as the bank stores it: a plain, mutable copy (bank data is copied, never shared). */
export function toBankRule(rule: RuleEntry): DecisiveRule {
  const { when, unless, sources, ...rest } = rule
  const copy = (groups: readonly ClauseGroupEntry[]) =>
    groups.map((group) => ({ allOf: group.allOf.map((clause) => ({ ...clause, anyOf: [...clause.anyOf] })) }))
  // `unless` only where authored, so the rules of earlier releases keep their exact content (and bank hash)
  return { ...rest, when: copy(when), ...(unless ? { unless: copy(unless) } : {}), sources: [...sources] }
}

/** A profile as the bank stores it: a plain, mutable copy. */
export function toBankProfile(profile: ProfileEntry): Profile {
  const { match, rules, prohibits, ...rest } = profile
  return {
    ...rest,
    match: {
      countries: [...match.countries],
      ...(match.clientUsStates ? { clientUsStates: [...match.clientUsStates] } : {})
    },
    weightMultipliers: { ...profile.weightMultipliers },
    structuralChecks: profile.structuralChecks.map((check) => ({ ...check })),
    localAdvice: [...profile.localAdvice],
    sources: [...profile.sources],
    ...(rules ? { rules: rules.map(toBankRule) } : {}),
    ...(prohibits ? { prohibits: [...prohibits] } : {})
  }
}
