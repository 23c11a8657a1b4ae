import { StoreDocSchema, emptyStoreDoc, type StoreDoc } from './store-schema'
import { isObject, migrateStoreJson } from './migrations'
import { problemsFromZod, formatProblems } from '../util/problems'

/** Why a stored file could not be used. The file is then set aside, never overwritten. */
export type StoreDamage =
  | { kind: 'empty' }
  | { kind: 'not-json'; detail: string }
  | { kind: 'invalid'; detail: string }
  | { kind: 'newer-version'; version: number }

export type OpenedStore =
  | { kind: 'missing'; doc: StoreDoc }
  | { kind: 'ok'; doc: StoreDoc; migratedFrom?: number }
  | { kind: 'damaged'; damage: StoreDamage }

/** Parses the raw text of a store file: migrate, then validate. `null` means there is no file yet. */
export function openStoreText(raw: string | null): OpenedStore {
  if (raw === null) return { kind: 'missing', doc: emptyStoreDoc() }
  if (raw.trim() === '') return { kind: 'damaged', damage: { kind: 'empty' } }
  let json: unknown
  try {
    json = JSON.parse(raw)
  } catch (error) {
    return { kind: 'damaged', damage: { kind: 'not-json', detail: error instanceof Error ? error.message : String(error) } }
  }
  return openStoreJson(json)
}

export function openStoreJson(json: unknown): OpenedStore {
  if (!isObject(json)) return { kind: 'damaged', damage: { kind: 'invalid', detail: '(root): expected an object' } }
  const migration = migrateStoreJson(json)
  switch (migration.kind) {
    case 'newer':
      return { kind: 'damaged', damage: { kind: 'newer-version', version: migration.version } }
    case 'unversioned':
      return { kind: 'damaged', damage: { kind: 'invalid', detail: 'schemaVersion: missing or not a positive integer' } }
    case 'current':
    case 'migrated': {
      const parsed = StoreDocSchema.safeParse(migration.doc)
      if (!parsed.success) {
        return { kind: 'damaged', damage: { kind: 'invalid', detail: formatProblems(problemsFromZod(parsed.error).slice(0, 20)) } }
      }
      return migration.kind === 'migrated'
        ? { kind: 'ok', doc: parsed.data, migratedFrom: migration.from }
        : { kind: 'ok', doc: parsed.data }
    }
  }
}

export function describeDamage(damage: StoreDamage): string {
  switch (damage.kind) {
    case 'empty':
      return 'The data file was empty.'
    case 'not-json':
      return `The data file is not valid JSON (${damage.detail}).`
    case 'invalid':
      return `The data file does not have the expected shape:\n${damage.detail}`
    case 'newer-version':
      return `The data file was written by a newer version of Arm's Length (store version ${damage.version}).`
  }
}
