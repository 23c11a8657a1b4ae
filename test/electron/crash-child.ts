import { createHash, randomUUID } from 'node:crypto'
import { writeSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { DEFAULT_BANK } from '@shared/bank/bank-registry'
import type { ArmsLengthApi } from '@shared/ipc/contract'
import type { StorePersistence } from '@shared/service/persistence'
import { createStoreService } from '@shared/service/store-service'
import type { ReportGenerator } from '@shared/report/report-generator'
import type { Result } from '@shared/util/result'
import { dataPaths } from '../../electron/main/paths'
import { createElectronPersistence } from '../../electron/main/persistence/electron-persistence'
import { engagementFields } from './fixtures'

// why: no PDF is made here; every generator method rejects, whatever methods the interface grows
const noReports = new Proxy({} as ReportGenerator, { get: (_target, key) => (key === 'then' ? undefined : () => Promise.reject(new Error('no reports here'))) })

/**
 * The process the crash-safety test kills. It runs the app's real store service on the real desktop
 * persistence (electron-store + our atomic backups; only `electron` itself is stubbed, see
 * test/bench/electron-stub.ts) under ARMSLENGTH_USER_DATA, and reports on stdout, one JSON line each:
 *
 *   {"ready":true}                 the store is open (its rolling backup written)
 *   {"writing":n,"digest":"…"}     save n is about to be handed to the persistence; digest = SHA-256 of
 *                                  JSON.stringify(doc), which is exactly the text electron-store writes
 *   {"ack":n}                      save n resolved ok: the app would now show "Saved"
 *
 * Lines are written with writeSync on fd 1, so a line that was written is in the pipe before the next
 * statement runs, and SIGKILL cannot lose it.
 *
 * Modes: `saves` loops forever over creates, edits, deletes and answer autosaves; `import <bundle.json>`
 * applies one bundle import and then idles until killed.
 */

const emit = (line: Record<string, unknown>): void => {
  writeSync(1, `${JSON.stringify(line)}\n`)
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex')

function unwrap<T>(result: Result<T>, what: string): T {
  if (!result.ok) {
    emit({ error: `${what}: ${result.error.message}` })
    process.exit(3)
  }
  return result.value
}

async function open(): Promise<{ api: ArmsLengthApi; nextSeq: () => number }> {
  const paths = dataPaths('/nonexistent', process.env)
  const real = createElectronPersistence({ paths, now: () => new Date().toISOString() })
  let seq = 0
  // Observes, never alters: the document is handed on to the real write unchanged.
  const persistence: StorePersistence = {
    ...real,
    write: async (doc) => {
      emit({ writing: seq, digest: sha256(JSON.stringify(doc)) })
      await real.write(doc)
    }
  }
  const api = await createStoreService({
    edition: 'desktop',
    persistence,
    files: { save: async () => ({ ok: true, value: null }) },
    reports: noReports,
    clock: { now: () => new Date().toISOString() },
    ids: { newId: () => randomUUID() }
  })
  return { api, nextSeq: () => ++seq }
}

/** Saves of every kind, with payloads that vary in size; the register stays around 40 engagements. */
async function saves(api: ArmsLengthApi, nextSeq: () => number): Promise<never> {
  const questions = DEFAULT_BANK.questions
  for (;;) {
    const engagements = unwrap(await api.listEngagements(), 'list')
    const n = nextSeq()
    const note = 'Zażółć gęślą jaźń — '.repeat(n % 60)
    const oldest = engagements[0]
    const newest = engagements.at(-1)
    if (n % 4 === 0 && oldest && engagements.length > 40) {
      unwrap(await api.deleteEngagement({ id: oldest.id }), 'delete')
    } else if (n % 4 === 1 && newest) {
      unwrap(await api.updateEngagement({ id: newest.id, fields: engagementFields({ name: `Edited ${n}`, notes: note }) }), 'update')
    } else if (n % 4 === 2 && newest) {
      const assessments = unwrap(await api.listAssessments({ engagementId: newest.id }), 'list assessments')
      const draft = assessments.find((a) => a.status === 'draft')
      if (draft) {
        const q = questions[n % questions.length]!
        const answer = { choice: q.options[n % q.options.length]!.id, note }
        unwrap(await api.saveAnswer({ assessmentId: draft.id, questionId: q.id, answer }), 'answer')
      } else {
        unwrap(await api.startAssessment({ engagementId: newest.id, kind: 'annual' }), 'start')
      }
    } else {
      unwrap(await api.createEngagement({ fields: engagementFields({ name: `Engagement ${n}`, notes: note }) }), 'create')
    }
    emit({ ack: n })
  }
}

async function main(): Promise<void> {
  const [mode, bundlePath] = process.argv.slice(2)
  const { api, nextSeq } = await open()
  if (mode === 'saves') {
    emit({ ready: true })
    await saves(api, nextSeq)
  } else if (mode === 'import' && bundlePath) {
    const text = await readFile(bundlePath, 'utf8')
    emit({ ready: true })
    const n = nextSeq()
    const outcome = unwrap(await api.applyImport({ text, decisions: {} }), 'import')
    emit({ ack: n, outcome })
    // stay alive so the parent decides when the process ends
    setInterval(() => undefined, 1000)
  } else {
    emit({ error: `usage: crash-child saves | import <bundle.json>` })
    process.exit(2)
  }
}

main().catch((error: unknown) => {
  emit({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) })
  process.exit(1)
})
