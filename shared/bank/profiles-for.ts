import type { Engagement } from '../schemas/engagement'
import type { QuestionBank } from './bank-schema'

/** The jurisdiction profiles an engagement switches on: by delivery country, or the client's US states. */
export function profilesFor(bank: QuestionBank, engagement: Pick<Engagement, 'deliveryCountries' | 'clientUsStates'>): string[] {
  return bank.profiles
    .filter(
      (p) =>
        p.match.countries.some((c) => engagement.deliveryCountries.includes(c)) ||
        (p.match.clientUsStates ?? []).some((s) => engagement.clientUsStates.includes(s))
    )
    .map((p) => p.id)
}
