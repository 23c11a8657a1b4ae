import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { STORE_SCHEMA_VERSION, DEFAULT_SETTINGS, type StoreDoc } from '@shared/store/store-schema'
import { benchAssessment, benchEngagement, benchStore } from './data'
import { emitResult } from './bench-util'

/**
 * Store documents for the browser-edition measures, written as the text the browser persistence keeps
 * under its IndexedDB key: the 1,000 × 5 store, and a one-engagement store with an empty draft
 * assessment to answer.
 */
const [dir] = process.argv.slice(2)
if (!dir) throw new Error('usage: write-seeds <dir>')

const large = benchStore(1000, 5)
await writeFile(join(dir, 'seed-large.json'), JSON.stringify(large))

const engagement = benchEngagement(1)
const draft = { ...benchAssessment(engagement, 4, 'draft'), id: 'bench-draft', answers: {}, reviews: {}, actions: {} }
const small: StoreDoc = { schemaVersion: STORE_SCHEMA_VERSION, engagements: [engagement], assessments: [draft], settings: { ...DEFAULT_SETTINGS }, customBanks: [] }
await writeFile(join(dir, 'seed-questionnaire.json'), JSON.stringify(small))

// the same draft inside the large store: answering while the register holds 1,000 engagements
const largeWithDraft: StoreDoc = { ...large, assessments: [...large.assessments, { ...draft, engagementId: large.engagements[1]?.id ?? '' }] }
await writeFile(join(dir, 'seed-large-questionnaire.json'), JSON.stringify(largeWithDraft))

emitResult({ engagements: large.engagements.length, assessments: large.assessments.length, draftId: draft.id })
