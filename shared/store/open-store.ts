import { StoreDocSchema, emptyStoreDoc, type StoreDoc } from './store-schema'
import { isObject, migrateStoreJson } from './migrations'
import { STORE_INDEX_VERSION, StoreIndexSchema, UPGRADABLE_INDEX_VERSIONS, type StoreIndex } from './store-index'
import { messageOf } from '../util/result'
import { problemsFromZod, formatProblems } from '../util/problems'
import { manyInvalidMembers } from '../util/many-invalid'
import { EngagementSchema } from '../schemas/engagement'
import { AssessmentSchema } from '../schemas/assessment'
import { QuestionBankSchema } from '../bank/bank-schema'

/** Why a stored file could not be used. The file is then set aside, never overwritten. */
export type StoreDamage =
  | { kind: 'empty' }
  | { kind: 'not-json'; detail: string }
  | { kind: 'invalid'; detail: string }
  | { kind: 'newer-version'; version: number }

export type OpenedStore =
  { kind: 'missing'; doc: StoreDoc } | { kind: 'ok'; doc: StoreDoc; migratedFrom?: number } | { kind: 'damaged'; damage: StoreDamage }

/** What the store file (the index) holds: since version 4 an index; up to version 3 the whole document. */
export type OpenedStoreFile =
  | { kind: 'missing' }
  /** `from`: the version on disk when it is an older index (its summaries are then still to be computed). */
  | { kind: 'index'; index: StoreIndex; from?: number }
  | { kind: 'whole'; doc: StoreDoc; from: number }
  | { kind: 'damaged'; damage: StoreDamage }

/** Parses the raw text of the store file. A whole document (version ≤ 3) is migrated and validated, to be split by the caller. */
export function openStoreFileText(raw: string | null): OpenedStoreFile {
  if (raw === null) return { kind: 'missing' }
  const json = parseStoreJson(raw)
  if (!json.ok) return { kind: 'damaged', damage: json.damage }
  const version = isObject(json.value) ? json.value['schemaVersion'] : undefined
  if (version === STORE_INDEX_VERSION) {
    const parsed = StoreIndexSchema.safeParse(json.value)
    if (!parsed.success) return { kind: 'damaged', damage: invalid(parsed.error) }
    return { kind: 'index', index: parsed.data }
  }
  if (typeof version === 'number' && UPGRADABLE_INDEX_VERSIONS.includes(version) && isObject(json.value)) {
    // an older index differs only in its result summaries (none in 4, a field short in 5; optional today):
    // read without them as the current version in memory; the file on disk stays as it was until the
    // summaries computed again from the bodies are committed
    const parsed = StoreIndexSchema.safeParse({ ...withoutSummaries(json.value), schemaVersion: STORE_INDEX_VERSION })
    if (!parsed.success) return { kind: 'damaged', damage: invalid(parsed.error) }
    return { kind: 'index', index: parsed.data, from: version }
  }
  if (typeof version === 'number' && version > STORE_INDEX_VERSION) return { kind: 'damaged', damage: { kind: 'newer-version', version } }
  const whole = openStoreJson(json.value)
  switch (whole.kind) {
    case 'damaged':
      return whole
    case 'missing':
    case 'ok':
      return {
        kind: 'whole',
        doc: whole.doc,
        from: whole.kind === 'ok' ? (whole.migratedFrom ?? whole.doc.schemaVersion) : whole.doc.schemaVersion
      }
  }
}

/** An older index with every ref's result summary left out (they are derived data, computed again from the bodies). */
function withoutSummaries(index: Record<string, unknown>): Record<string, unknown> {
  const refs = index['assessments']
  if (!Array.isArray(refs)) return index
  return { ...index, assessments: refs.map((ref: unknown) => (isObject(ref) ? omitResult(ref) : ref)) }
}

function omitResult({ result: _result, ...ref }: Record<string, unknown>): Record<string, unknown> {
  return ref
}

/** Parses the raw text of a whole store document (a backup): migrate, then validate. `null` means there is no file yet. */
export function openStoreText(raw: string | null): OpenedStore {
  if (raw === null) return { kind: 'missing', doc: emptyStoreDoc() }
  const json = parseStoreJson(raw)
  return json.ok ? openStoreJson(json.value) : { kind: 'damaged', damage: json.damage }
}

function parseStoreJson(raw: string): { ok: true; value: unknown } | { ok: false; damage: StoreDamage } {
  if (raw.trim() === '') return { ok: false, damage: { kind: 'empty' } }
  try {
    return { ok: true, value: JSON.parse(raw) }
  } catch (error) {
    return { ok: false, damage: { kind: 'not-json', detail: messageOf(error) } }
  }
}

function invalid(error: Parameters<typeof problemsFromZod>[0]): StoreDamage {
  return { kind: 'invalid', detail: formatProblems(problemsFromZod(error).slice(0, 20)) }
}

export function openStoreJson(json: unknown): OpenedStore {
  if (!isObject(json)) return { kind: 'damaged', damage: { kind: 'invalid', detail: '(root): expected an object' } }
  const version = json['schemaVersion']
  if (version === STORE_INDEX_VERSION || (typeof version === 'number' && UPGRADABLE_INDEX_VERSIONS.includes(version))) {
    // why: the app's own index file picked as a backup would otherwise read as "a newer version"
    return {
      kind: 'damaged',
      damage: { kind: 'invalid', detail: "(root): this is Arm's Length's index file, not a backup or a whole store" }
    }
  }
  const migration = migrateStoreJson(json)
  switch (migration.kind) {
    case 'newer':
      return { kind: 'damaged', damage: { kind: 'newer-version', version: migration.version } }
    case 'unversioned':
      return { kind: 'damaged', damage: { kind: 'invalid', detail: 'schemaVersion: missing or not a positive integer' } }
    case 'current':
    case 'migrated': {
      const { doc } = migration
      const many = manyInvalidMembers(
        [
          { items: doc['engagements'], schema: EngagementSchema, path: 'engagements' },
          { items: doc['assessments'], schema: AssessmentSchema, path: 'assessments' },
          { items: doc['customBanks'], schema: QuestionBankSchema, path: 'customBanks' }
        ],
        problemsFromZod
      )
      if (many.length > 0)
        return { kind: 'damaged', damage: { kind: 'invalid', detail: formatProblems([...many.slice(0, 20), ...many.slice(-1)]) } }
      const parsed = StoreDocSchema.safeParse(migration.doc)
      if (!parsed.success) return { kind: 'damaged', damage: invalid(parsed.error) }
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
