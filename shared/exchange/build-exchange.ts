import type { StoreDoc } from '../store/store-schema'
import { assessmentsByEngagement } from '../workflow/by-engagement'
import {
  BUNDLE_FORMAT,
  ENGAGEMENT_FILE_FORMAT,
  EXCHANGE_FORMAT_VERSION,
  type Bundle,
  type EngagementFile,
  type EngagementRecord
} from './exchange-schemas'
import { exportFileName } from '../util/file-name'

export function recordFor(doc: StoreDoc, engagementId: string): EngagementRecord | undefined {
  return recordsFor(doc, [engagementId])[0]
}

/** The chosen engagements with their assessments, in the order asked; undefined for an id not in the store. */
export function recordsFor(doc: StoreDoc, engagementIds: readonly string[]): (EngagementRecord | undefined)[] {
  const engagements = new Map(doc.engagements.map((e) => [e.id, e]))
  const owned = assessmentsByEngagement(doc.assessments)
  return engagementIds.map((id) => {
    const engagement = engagements.get(id)
    return engagement && { engagement, assessments: owned.get(id) ?? [] }
  })
}

export function engagementFile(record: EngagementRecord, exportedAt: string): EngagementFile {
  return { format: ENGAGEMENT_FILE_FORMAT, formatVersion: EXCHANGE_FORMAT_VERSION, exportedAt, ...record }
}

export function bundleOf(records: readonly EngagementRecord[], exportedAt: string): Bundle {
  return { format: BUNDLE_FORMAT, formatVersion: EXCHANGE_FORMAT_VERSION, exportedAt, engagements: [...records] }
}

/** A file name that is safe on every platform and still recognisable; the last part (the date) is never cut (shared/util/file-name.ts). */
export function safeFileName(parts: readonly string[], extension: string): string {
  return exportFileName(parts.slice(0, -1), parts.slice(-1), extension)
}
