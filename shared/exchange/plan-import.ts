import type { StoreDoc } from '../store/store-schema'
import type { Assessment } from '../schemas/assessment'
import type { EngagementRecord } from './exchange-schemas'

export const IMPORT_DECISIONS = ['skip', 'replace', 'keep-both'] as const
export type ImportDecision = (typeof IMPORT_DECISIONS)[number]

export type ImportPreviewItem = {
  engagementId: string
  vendorName: string
  name: string
  assessmentCount: number
  /** An engagement with this id exists already: the user decides skip / replace / keep both. */
  conflict: { vendorName: string; name: string; assessmentCount: number } | null
}

export function previewImport(doc: StoreDoc, records: readonly EngagementRecord[]): ImportPreviewItem[] {
  return records.map((r) => {
    const existing = doc.engagements.find((e) => e.id === r.engagement.id)
    return {
      engagementId: r.engagement.id,
      vendorName: r.engagement.vendorName,
      name: r.engagement.name,
      assessmentCount: r.assessments.length,
      conflict: existing
        ? { vendorName: existing.vendorName, name: existing.name, assessmentCount: doc.assessments.filter((a) => a.engagementId === existing.id).length }
        : null
    }
  })
}

export type ImportOutcome = { added: number; replaced: number; skipped: number; keptBoth: number }

/**
 * Applies a validated import in one step: the new document is built completely before anything is
 * stored, so an import is never half-applied. New ids for "keep both" come from `newId`.
 */
export function applyImport(
  doc: StoreDoc,
  records: readonly EngagementRecord[],
  decisions: Readonly<Record<string, ImportDecision>>,
  newId: () => string
): { doc: StoreDoc; outcome: ImportOutcome } {
  let next = doc
  const outcome: ImportOutcome = { added: 0, replaced: 0, skipped: 0, keptBoth: 0 }
  for (const record of records) {
    const exists = next.engagements.some((e) => e.id === record.engagement.id)
    // assessment ids must be unique across the store too, not only engagement ids
    const assessmentClash = record.assessments.some((a) => next.assessments.some((b) => b.id === a.id && b.engagementId !== record.engagement.id))
    const decision: ImportDecision = exists ? (decisions[record.engagement.id] ?? 'skip') : assessmentClash ? 'keep-both' : 'replace'
    switch (decision) {
      case 'skip':
        outcome.skipped++
        break
      case 'replace': {
        // an imported assessment whose id another engagement uses gets a new id, or it would replace that one
        const taken = new Set(next.assessments.filter((a) => a.engagementId !== record.engagement.id).map((a) => a.id))
        const incoming = assessmentClash ? renumber(record, newId, (a) => taken.has(a.id)).assessments : record.assessments
        next = {
          ...next,
          engagements: [...next.engagements.filter((e) => e.id !== record.engagement.id), record.engagement],
          assessments: [...next.assessments.filter((a) => a.engagementId !== record.engagement.id), ...incoming]
        }
        if (exists) outcome.replaced++
        else outcome.added++
        break
      }
      case 'keep-both': {
        const copy = renumber(record, newId)
        next = { ...next, engagements: [...next.engagements, copy.engagement], assessments: [...next.assessments, ...copy.assessments] }
        if (exists) outcome.keptBoth++
        else outcome.added++
        break
      }
    }
  }
  return { doc: next, outcome }
}

/**
 * New ids for the engagement and its assessments (keep both); with `only`, for those assessments only,
 * the engagement keeping its id (replace). Links between the record's assessments follow the new ids.
 */
function renumber(record: EngagementRecord, newId: () => string, only?: (a: Assessment) => boolean): EngagementRecord {
  const engagementId = only ? record.engagement.id : newId()
  const ids = new Map(record.assessments.map((a) => [a.id, only && !only(a) ? a.id : newId()]))
  const remap = (id: string | undefined) => (id === undefined ? undefined : (ids.get(id) ?? id))
  const assessments = record.assessments.map((a): Assessment => {
    const { carriedFromId, revisionOfId, ...rest } = a
    const carried = remap(carriedFromId)
    const revision = remap(revisionOfId)
    return {
      ...rest,
      id: ids.get(a.id) as string,
      engagementId,
      ...(carried ? { carriedFromId: carried } : {}),
      ...(revision ? { revisionOfId: revision } : {})
    }
  })
  return { engagement: { ...record.engagement, id: engagementId }, assessments }
}
