import type { Engagement } from '../schemas/engagement'

/** Names as people sort them: case and accents ignored (Çağrı before Cebu, Łódź under L), digit runs by value. */
export const nameCollator = new Intl.Collator('en', { sensitivity: 'base', numeric: true })

/** The dashboard's order, which the action-plan export follows: vendor name, then engagement name, then id. */
export function compareEngagements(
  a: Pick<Engagement, 'vendorName' | 'name' | 'id'>,
  b: Pick<Engagement, 'vendorName' | 'name' | 'id'>
): number {
  return nameCollator.compare(a.vendorName, b.vendorName) || nameCollator.compare(a.name, b.name) || a.id.localeCompare(b.id)
}
