import type { Engagement, EngagementFields, EngagementStatus } from '../schemas/engagement'
import type { StoreDoc } from '../store/store-schema'
import { fail, ok, type Result } from '../util/result'

export function createEngagementIn(doc: StoreDoc, fields: EngagementFields, id: string, now: string): StoreDoc {
  const engagement: Engagement = { ...fields, id, status: 'active', createdAt: now, updatedAt: now }
  return { ...doc, engagements: [...doc.engagements, engagement] }
}

export function findEngagement(doc: StoreDoc, id: string): Result<Engagement> {
  const found = doc.engagements.find((e) => e.id === id)
  return found ? ok(found) : fail('not-found', 'That engagement no longer exists.')
}

export function replaceEngagement(doc: StoreDoc, next: Engagement): StoreDoc {
  return { ...doc, engagements: doc.engagements.map((e) => (e.id === next.id ? next : e)) }
}

export function updateEngagementIn(doc: StoreDoc, id: string, fields: EngagementFields, now: string): Result<StoreDoc> {
  const found = findEngagement(doc, id)
  if (!found.ok) return found
  return ok(replaceEngagement(doc, { ...found.value, ...fields, updatedAt: now }))
}

export function setEngagementStatusIn(doc: StoreDoc, id: string, status: EngagementStatus, now: string): Result<StoreDoc> {
  const found = findEngagement(doc, id)
  if (!found.ok) return found
  return ok(replaceEngagement(doc, { ...found.value, status, updatedAt: now }))
}

/** Deleting an engagement deletes its assessments too (the UI confirms first). */
export function deleteEngagementIn(doc: StoreDoc, id: string): Result<StoreDoc> {
  const found = findEngagement(doc, id)
  if (!found.ok) return found
  return ok({
    ...doc,
    engagements: doc.engagements.filter((e) => e.id !== id),
    assessments: doc.assessments.filter((a) => a.engagementId !== id)
  })
}
