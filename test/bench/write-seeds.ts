import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { ArmsLengthApi } from '@shared/ipc/contract'
import type { ReportGenerator } from '@shared/report/report-generator'
import { createStoreService } from '@shared/service/store-service'
import { STORE_SCHEMA_VERSION, DEFAULT_SETTINGS, type StoreDoc } from '@shared/store/store-schema'
import { STORE_INDEX_VERSION, bodyKey, refOf, type StoreIndex } from '@shared/store/store-index'
import { BUILTIN_BANKS } from '../fixtures/builtin-banks'
import { createBrowserPersistence } from '../../renderer/src/platform/browser-persistence'
import type { KeyValueStore } from '../../renderer/src/platform/indexed-db'
import { benchAssessment, benchEngagement, benchStore } from './data'
import { emitResult } from './bench-util'

/**
 * Stores for the browser-edition measures, in the layout the browser persistence keeps in IndexedDB
 * (renderer/src/platform/browser-persistence.ts): the index under `store`, each assessment body under
 * `body:<bodyKey(id, rev)>`, every body at revision 1 of generation 1, as the split of an older store
 * leaves them. Written as one record a line, `<key>\t<text>` (JSON text has no raw tab or newline), for
 * scripts/bench/browser.mjs to put into the page's database. Three stores: the 1,000 × 5 one, a
 * one-engagement store with an empty draft assessment to answer, and that draft inside the large store.
 */
const [dir] = process.argv.slice(2)
if (!dir) throw new Error('usage: write-seeds <dir>')

const GENERATION = 1
// the keys of browser-persistence.ts; openSeed below opens every seed through it, so a drift fails here
const STORE_KEY = 'store'
const BODY_PREFIX = 'body:'

function records(doc: StoreDoc): Map<string, string> {
  const index: StoreIndex = {
    schemaVersion: STORE_INDEX_VERSION,
    generation: GENERATION,
    engagements: doc.engagements,
    // with result summaries, as this version writes them: a seed without them would be upgraded at start
    assessments: doc.assessments.map((a) => refOf(a, GENERATION, BUILTIN_BANKS)),
    settings: doc.settings,
    customBanks: doc.customBanks
  }
  const kv = new Map([[STORE_KEY, JSON.stringify(index)]])
  for (const a of doc.assessments) kv.set(`${BODY_PREFIX}${bodyKey(a.id, GENERATION)}`, JSON.stringify(a))
  return kv
}

/** A KeyValueStore over a Map, enough for the real browser persistence to open a seed. */
function memoryKv(data: Map<string, string>): KeyValueStore {
  return {
    get: async (key) => data.get(key) ?? null,
    put: async (key, value) => void data.set(key, value),
    delete: async (key) => void data.delete(key),
    keys: async () => [...data.keys()],
    batch: async (puts, deletes) => {
      for (const { key, value } of puts) data.set(key, value)
      for (const key of deletes) data.delete(key)
    }
  }
}

const noReports = new Proxy({} as ReportGenerator, {
  get: (_target, key) => (key === 'then' ? undefined : () => Promise.reject(new Error('no reports here')))
})

/** Opens a seed with the service the browser edition runs (on a copy), so a seed the app would refuse never reaches a measure. */
async function openSeed(kv: Map<string, string>): Promise<ArmsLengthApi> {
  const api = await createStoreService({
    edition: 'browser',
    persistence: createBrowserPersistence(memoryKv(new Map(kv)), () => new Date().toISOString()),
    files: { save: async () => ({ ok: true, value: null }) },
    reports: noReports,
    clock: { now: () => new Date().toISOString() },
    ids: { newId: () => 'unused' },
    defer: () => undefined
  })
  const startup = await api.getStartupInfo()
  if (!startup.ok || startup.value.notice !== null || startup.value.migratedFrom !== null)
    throw new Error(`a seed does not open as a current store: ${JSON.stringify(startup)}`)
  return api
}

async function check(kv: Map<string, string>, engagements: number, assessments: number, openId: string): Promise<void> {
  const api = await openSeed(kv)
  const listed = await api.listEngagements()
  const summaries = await api.listAssessmentSummaries()
  if (!listed.ok || listed.value.length !== engagements || !summaries.ok || summaries.value.length !== assessments) {
    throw new Error(`a seed does not hold ${engagements} engagements and ${assessments} assessments`)
  }
  const opened = await api.openAssessment({ assessmentId: openId })
  if (!opened.ok) throw new Error(`assessment ${openId} of a seed does not open: ${opened.error.message}`)
}

async function writeSeed(name: string, kv: Map<string, string>): Promise<void> {
  await writeFile(join(dir as string, name), [...kv].map(([key, text]) => `${key}\t${text}`).join('\n'))
}

const large = benchStore(1000, 5)
const largeKv = records(large)
await check(largeKv, 1000, 5000, 'eng-0500-a4')
await writeSeed('seed-large.kv', largeKv)

const engagement = benchEngagement(1)
const draft = { ...benchAssessment(engagement, 4, 'draft'), id: 'bench-draft', answers: {}, reviews: {}, actions: {} }
const small: StoreDoc = {
  schemaVersion: STORE_SCHEMA_VERSION,
  engagements: [engagement],
  assessments: [draft],
  settings: { ...DEFAULT_SETTINGS },
  customBanks: []
}
const smallKv = records(small)
await check(smallKv, 1, 1, draft.id)
await writeSeed('seed-questionnaire.kv', smallKv)

// the same draft inside the large store: answering while the register holds 1,000 engagements
const largeWithDraft: StoreDoc = {
  ...large,
  assessments: [...large.assessments, { ...draft, engagementId: large.engagements[1]?.id ?? '' }]
}
const largeWithDraftKv = records(largeWithDraft)
await check(largeWithDraftKv, 1000, 5001, draft.id)
await writeSeed('seed-large-questionnaire.kv', largeWithDraftKv)

emitResult({
  engagements: large.engagements.length,
  assessments: large.assessments.length,
  records: largeKv.size,
  indexBytes: Buffer.byteLength(largeKv.get(STORE_KEY) ?? ''),
  draftId: draft.id
})
