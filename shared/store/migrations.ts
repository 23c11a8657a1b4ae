import { DEFAULT_SETTINGS, STORE_SCHEMA_VERSION } from './store-schema'

type JsonObject = Record<string, unknown>

/**
 * Our own migrations, one per version step, on plain JSON (before schema parsing, because an old
 * file does not match today's schema). Each takes version n and returns version n + 1.
 */
const MIGRATIONS: Record<number, (doc: JsonObject) => JsonObject> = {
  // v1 (first release of the registry) held engagements only; v2 adds assessments and settings.
  1: (doc) => ({
    ...doc,
    schemaVersion: 2,
    assessments: [],
    settings: { ...DEFAULT_SETTINGS },
    engagements: Array.isArray(doc['engagements'])
      ? doc['engagements'].map((e: unknown) =>
          isObject(e) && e['reviewIntervalMonths'] === undefined ? { ...e, reviewIntervalMonths: 12 } : e
        )
      : doc['engagements']
  }),
  // v3 adds imported question banks
  2: (doc) => ({ ...doc, schemaVersion: 3, customBanks: [] })
}

export type MigrationOutcome =
  | { kind: 'migrated'; doc: JsonObject; from: number }
  | { kind: 'current'; doc: JsonObject }
  | { kind: 'newer'; version: number }
  | { kind: 'unversioned' }

export function migrateStoreJson(doc: JsonObject): MigrationOutcome {
  const version = doc['schemaVersion']
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { kind: 'unversioned' }
  if (version > STORE_SCHEMA_VERSION) return { kind: 'newer', version }
  if (version === STORE_SCHEMA_VERSION) return { kind: 'current', doc }
  let current = doc
  for (let v = version; v < STORE_SCHEMA_VERSION; v++) {
    const step = MIGRATIONS[v]
    if (!step) throw new Error(`No store migration from version ${v}`)
    current = step(current)
  }
  return { kind: 'migrated', doc: current, from: version }
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
