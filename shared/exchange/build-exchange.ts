import type { StoreDoc } from '../store/store-schema'
import { BUNDLE_FORMAT, ENGAGEMENT_FILE_FORMAT, EXCHANGE_FORMAT_VERSION, type Bundle, type EngagementFile, type EngagementRecord } from './exchange-schemas'

export function recordFor(doc: StoreDoc, engagementId: string): EngagementRecord | undefined {
  const engagement = doc.engagements.find((e) => e.id === engagementId)
  if (!engagement) return undefined
  return { engagement, assessments: doc.assessments.filter((a) => a.engagementId === engagementId) }
}

export function engagementFile(record: EngagementRecord, exportedAt: string): EngagementFile {
  return { format: ENGAGEMENT_FILE_FORMAT, formatVersion: EXCHANGE_FORMAT_VERSION, exportedAt, ...record }
}

export function bundleOf(records: readonly EngagementRecord[], exportedAt: string): Bundle {
  return { format: BUNDLE_FORMAT, formatVersion: EXCHANGE_FORMAT_VERSION, exportedAt, engagements: [...records] }
}

/** A file name that is safe on every platform and still recognisable: vendor, engagement, date. */
export function safeFileName(parts: readonly string[], extension: string): string {
  const base = parts
    .join(' ')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
  return `${base || 'export'}.${extension}`
}
