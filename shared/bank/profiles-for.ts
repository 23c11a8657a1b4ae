import type { CountryCode } from '../schemas/countries'
import type { Engagement } from '../schemas/engagement'
import type { Profile, QuestionBank, Source } from './bank-schema'

type Where = Pick<Engagement, 'deliveryCountries' | 'clientUsStates'>

/** The jurisdiction profiles an engagement switches on: by delivery country, or the client's US states. */
export function profilesFor(bank: QuestionBank, engagement: Where): string[] {
  return bank.profiles
    .filter(
      (p) =>
        p.match.countries.some((c) => engagement.deliveryCountries.includes(c)) ||
        (p.match.clientUsStates ?? []).some((s) => engagement.clientUsStates.includes(s))
    )
    .map((p) => p.id)
}

/**
 * Delivery countries no profile of the bank covers, in the engagement's order. Screens and the report
 * name each as "not assessed under local law": the score there rests on general principles only.
 */
export function countriesWithoutProfile(bank: QuestionBank, engagement: Pick<Engagement, 'deliveryCountries'>): CountryCode[] {
  const covered = new Set<string>(bank.profiles.flatMap((p) => p.match.countries))
  return engagement.deliveryCountries.filter((c) => !covered.has(c))
}

/**
 * A delivery country whose local law an assessment did not apply: `profileName` is the bank's profile that
 * covers the country when there is one (the country joined the engagement after the assessment chose its
 * profiles), null when no profile of the bank covers it.
 */
export type CountryNotAssessed = { country: CountryCode; profileName: string | null }

/**
 * The delivery countries an assessment's applied profiles do not cover, in the engagement's order, each
 * with the bank's profile for it if the bank has one: "no profile covers it" would be untrue for Germany
 * added to an engagement after its assessment started, when the bank has a German profile not applied.
 */
export function countriesNotAssessed(
  bank: QuestionBank,
  appliedProfileIds: readonly string[],
  engagement: Pick<Engagement, 'deliveryCountries'>
): CountryNotAssessed[] {
  const applied = bank.profiles.filter((p) => appliedProfileIds.includes(p.id))
  return countriesWithoutProfile({ ...bank, profiles: applied }, engagement).map((country) => ({
    country,
    profileName: bank.profiles.find((p) => p.match.countries.includes(country))?.name ?? null
  }))
}

/**
 * A jurisdiction profile the engagement calls for now that the assessment did not apply: a delivery country
 * (or a client US state) was added after the assessment fixed its profiles at start. `countries` are the
 * engagement's delivery countries it covers, in the engagement's order (empty when only a US state calls for it).
 */
export type ScopeGap = { profileId: string; profileName: string; countries: CountryCode[] }

/**
 * The profiles the engagement calls for now (profilesFor) that the assessment did not apply, in bank order.
 * Empty when the assessment covers the engagement as it is; a profile applied but no longer called for
 * (a country removed) is no gap in what was assessed, so it is not listed.
 */
export function scopeGaps(bank: QuestionBank, appliedProfileIds: readonly string[], engagement: Where): ScopeGap[] {
  const now = profilesFor(bank, engagement)
  return bank.profiles
    .filter((p) => now.includes(p.id) && !appliedProfileIds.includes(p.id))
    .map((p) => ({
      profileId: p.id,
      profileName: p.name,
      countries: engagement.deliveryCountries.filter((c) => p.match.countries.includes(c))
    }))
}

/** The sentence screens and reports show for a delivery country whose local law was not applied. */
export function notAssessedUnderLocalLaw(countryName: string, profileName: string | null = null): string {
  return profileName === null
    ? `${countryName}: not assessed under local law — no jurisdiction profile covers it, so only general principles were applied.`
    : `${countryName}: not assessed under local law — this assessment did not apply the ${profileName} profile (${countryName} was not a delivery country when it started), so only general principles were applied there; to apply it, take the engagement's current countries into a draft, or start a revision of a signed-off assessment.`
}

/**
 * The profiles whose law a source states: its own `profiles` field, or — in a bank from before that field —
 * the profiles that list it. Empty: a general principle.
 */
export function sourceProfiles(bank: QuestionBank, source: Source): readonly string[] {
  if (source.profiles) return source.profiles
  if (bank.sources.some((s) => s.profiles !== undefined)) return []
  return bank.profiles.filter((p) => p.sources.includes(source.id)).map((p) => p.id)
}

/** Whether a report for these applied profiles may cite the source: a general principle, or the law of one of them. */
export function sourceInScope(bank: QuestionBank, profileIds: readonly string[], source: Source): boolean {
  const own = sourceProfiles(bank, source)
  return own.length === 0 || own.some((p) => profileIds.includes(p))
}

export type AuthorityGroup = {
  /** null for general principles. */
  profileId: string | null
  /** "General principles (not the law of any one country)" or the profile's name. */
  heading: string
  /** "Law as at 30 November 2025" data: the profile's lawAsAt (ISO date), null for general principles or an old bank. */
  lawAsAt: string | null
  sources: readonly Source[]
}

export const GENERAL_PRINCIPLES_HEADING = 'General principles (not the law of any one country)'

/**
 * The authorities a report cites, grouped as counsel reads them (issue 11, item 7): general principles
 * first, labelled as such, then each applied profile in bank order with its "law as at" date. Only
 * sources in `cited` (default: every source the applied profiles, their rules and the bank's factors cite)
 * are listed, and never one that states the law of a profile not applied.
 */
export function authoritiesFor(bank: QuestionBank, profileIds: readonly string[], cited?: readonly string[]): AuthorityGroup[] {
  const applied = bank.profiles.filter((p) => profileIds.includes(p.id))
  const wanted = new Set(cited ?? defaultCited(bank, applied))
  const general: Source[] = []
  const byProfile = new Map<string, Source[]>(applied.map((p) => [p.id, []]))
  for (const source of bank.sources) {
    if (!wanted.has(source.id)) continue
    const own = sourceProfiles(bank, source)
    if (own.length === 0) {
      general.push(source)
      continue
    }
    for (const p of own) byProfile.get(p)?.push(source)
  }
  const groups: AuthorityGroup[] = []
  if (general.length > 0) groups.push({ profileId: null, heading: GENERAL_PRINCIPLES_HEADING, lawAsAt: null, sources: general })
  for (const p of applied) {
    groups.push({ profileId: p.id, heading: p.name, lawAsAt: p.lawAsAt ?? null, sources: byProfile.get(p.id) ?? [] })
  }
  return groups
}

function defaultCited(bank: QuestionBank, applied: readonly Profile[]): string[] {
  return [
    ...bank.factors.flatMap((f) => f.sources),
    ...(bank.generalRules ?? []).flatMap((r) => r.sources),
    ...applied.flatMap((p) => [...p.sources, ...(p.rules ?? []).flatMap((r) => r.sources)])
  ]
}
