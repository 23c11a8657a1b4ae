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
  const engagements = new Map(doc.engagements.map((e) => [e.id, e]))
  const counts = new Map<string, number>()
  for (const a of doc.assessments) counts.set(a.engagementId, (counts.get(a.engagementId) ?? 0) + 1)
  return records.map((r) => {
    const existing = engagements.get(r.engagement.id)
    return {
      engagementId: r.engagement.id,
      vendorName: r.engagement.vendorName,
      name: r.engagement.name,
      assessmentCount: r.assessments.length,
      conflict: existing ? { vendorName: existing.vendorName, name: existing.name, assessmentCount: counts.get(existing.id) ?? 0 } : null
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
  const outcome: ImportOutcome = { added: 0, replaced: 0, skipped: 0, keptBoth: 0 }
  // Ids are unique in a store (store-schema) and every step below keeps them so, which lets maps keyed
  // by id stand for the lists: a map keeps insertion order, and delete + set moves an entry to the end,
  // as "filter it out, then append" did. A bundle of a thousand engagements then costs one pass, not a
  // scan of the whole store per record.
  const engagements = new Map(doc.engagements.map((e) => [e.id, e]))
  const assessments = new Map<string, Assessment>()
  // each engagement's assessment ids, so that replacing an engagement does not scan every assessment
  const owned = new Map<string, string[]>()
  const add = (list: readonly Assessment[]): void => {
    for (const a of list) {
      assessments.set(a.id, a)
      const ids = owned.get(a.engagementId)
      if (ids) ids.push(a.id)
      else owned.set(a.engagementId, [a.id])
    }
  }
  add(doc.assessments)
  let changed = false
  for (const record of records) {
    const id = record.engagement.id
    const exists = engagements.has(id)
    // assessment ids must be unique across the store too, not only engagement ids
    const takenElsewhere = (a: Assessment): boolean => {
      const owner = assessments.get(a.id)?.engagementId
      return owner !== undefined && owner !== id
    }
    const assessmentClash = record.assessments.some(takenElsewhere)
    const decision: ImportDecision = exists ? (decisions[id] ?? 'skip') : assessmentClash ? 'keep-both' : 'replace'
    switch (decision) {
      case 'skip':
        outcome.skipped++
        break
      case 'replace': {
        // an imported assessment whose id another engagement uses gets a new id, or it would replace that one
        const incoming = assessmentClash ? renumber(record, newId, takenElsewhere).assessments : record.assessments
        engagements.delete(id)
        engagements.set(id, record.engagement)
        for (const old of owned.get(id) ?? []) assessments.delete(old)
        owned.delete(id)
        add(incoming)
        changed = true
        if (exists) outcome.replaced++
        else outcome.added++
        break
      }
      case 'keep-both': {
        const copy = renumber(record, newId)
        engagements.set(copy.engagement.id, copy.engagement)
        add(copy.assessments)
        changed = true
        if (exists) outcome.keptBoth++
        else outcome.added++
        break
      }
    }
  }
  return { doc: changed ? { ...doc, engagements: [...engagements.values()], assessments: [...assessments.values()] } : doc, outcome }
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
