import { randomUUID } from 'node:crypto'
import { writeSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { DEFAULT_BANK } from '@shared/bank/bank-registry'
import type { ArmsLengthApi } from '@shared/ipc/contract'
import type { StorePersistence } from '@shared/service/persistence'
import { createStoreService } from '@shared/service/store-service'
import { openStoreFileText } from '@shared/store/open-store'
import { bodyKey, referencedBodies, type AssessmentSummary } from '@shared/store/store-index'
import type { Result } from '@shared/util/result'
import { dataPaths } from '../../electron/main/paths'
import { createElectronPersistence } from '../../electron/main/persistence/electron-persistence'
import { noReports, random, stateDigest, type ChildLine } from './crash-state'
// the light helper, not fixtures.ts: that pulls the PDF stack into the bundle, and start-up time is kill time
import { engagementFields } from '../helpers/engagement-fields'

/**
 * The process the crash-safety test kills. It runs the app's real store service on the real desktop
 * persistence (body files + electron-store index + backups; only `electron` itself is stubbed, see
 * test/bench/electron-stub.ts) under ARMSLENGTH_USER_DATA, and reports on stdout, one JSON line each
 * (ChildLine in crash-state.ts):
 *
 *   {"ready":true,"digest"}          the store is open; digest = the state found (stateDigest, null: none)
 *   {"writing":c,"digest",…}         commit c is about to be handed to the persistence; digest = the state
 *                                    it commits (its index text as electron-store writes it, then the text
 *                                    of every body that index references, in index order)
 *   {"committed":c}                  commit c returned
 *   {"ack":n,"op"}                   API call n resolved ok: the app would now show "Saved"
 *
 * The child learns the state being written by wrapping the real persistence's `commit`: it sees the
 * new bodies (put), the index and the bodies dropped, and keeps the text of every committed body
 * (read from disk once at open). Lines are written with writeSync on fd 1, so a line that was written
 * is in the pipe before the next statement runs, and SIGKILL cannot lose it.
 *
 * Modes: `saves <seed> <backupDelayMs>` loops forever over a seeded mix of autosaves, assessment starts,
 * reviews, finals, revisions, engagement creates/edits/deletes and whole-store restores;
 * `import <bundle.json>` applies one bundle import and then idles until killed.
 */

const emit = (line: ChildLine): void => {
  writeSync(1, `${JSON.stringify(line)}\n`)
}

function die(message: string): never {
  emit({ error: message })
  process.exit(3)
}

function unwrap<T>(result: Result<T>, what: string): T {
  if (!result.ok) die(`${what}: ${result.error.message}`)
  return result.value
}

type Opened = { api: ArmsLengthApi; digest: string | null }

async function open(backupDelayMs: number, saved: { data: string | null }): Promise<Opened> {
  const paths = dataPaths('/nonexistent', process.env)
  const real = createElectronPersistence({ paths, now: () => new Date().toISOString() })
  /** Text of every body the committed index references, by key: what a commit's digest is built from. */
  const committed = new Map<string, string>()
  let commits = 0
  let startupBackup: (() => void) | null = null

  // Observes, never alters: every change is handed on to the real commit unchanged.
  const persistence: StorePersistence = {
    ...real,
    commit: async (change) => {
      const c = ++commits
      const put = new Map(change.put.map((p) => [p.key, p.text]))
      for (const key of put.keys()) {
        // the protocol: a commit never writes a body the committed index may still be using
        if (committed.has(key)) die(`commit ${c} overwrites the committed body ${key}`)
      }
      const texts = change.index.assessments.map((ref) => {
        const key = bodyKey(ref.id, ref.rev)
        const text = put.get(key) ?? committed.get(key)
        if (text === undefined) die(`commit ${c}: the index references ${key}, which is neither written by it nor committed`)
        return text
      })
      // JSON.stringify(index) is exactly the text electron-store writes (the serialize option in
      // electron-persistence.ts; conf adds nothing to the object without migrations)
      emit({ writing: c, digest: stateDigest(JSON.stringify(change.index), texts), put: change.put.length, drop: change.drop.length })
      await real.commit(change)
      const referenced = referencedBodies(change.index)
      for (const [key, text] of put) committed.set(key, text)
      for (const key of committed.keys()) if (!referenced.has(key)) committed.delete(key)
      emit({ committed: c })
    }
  }
  const api = await createStoreService({
    edition: 'desktop',
    persistence,
    // exportBackup's text is kept, so a later restore can write it back
    files: {
      save: async ({ data }) => {
        saved.data = typeof data === 'string' ? data : null
        return { ok: true, value: { savedAs: 'kept in memory' } }
      }
    },
    reports: noReports,
    clock: { now: () => new Date().toISOString() },
    ids: { newId: () => randomUUID() },
    // held until the committed bodies are known (below): the backup may commit (it records itself in the index)
    defer: (task) => (startupBackup = task)
  })

  // The state the open found, read the way the parent reads it after a kill. Nothing writes meanwhile:
  // the service's own open (sweep) is complete, and the start-up backup is held.
  const raw = await real.read()
  const opened = openStoreFileText(raw)
  let digest: string | null = null
  if (opened.kind === 'index' && raw !== null) {
    const keys = opened.index.assessments.map((ref) => bodyKey(ref.id, ref.rev))
    const texts = await Promise.all(
      keys.map(async (key) => {
        const text = await real.readBody(key)
        if (text === null) die(`the open store references ${key}, which is missing`)
        committed.set(key, text)
        return text
      })
    )
    digest = stateDigest(raw, texts)
  } else if (opened.kind !== 'missing') {
    die(`the store opened as ${opened.kind}, not as an index`)
  }
  // as the desktop host does (electron/main/index.ts), only sooner: the start-up backup then lands among the saves
  const backup = startupBackup
  if (backup) setTimeout(backup, backupDelayMs)
  return { api, digest }
}

/**
 * One API call that changes the store, chosen by `rand` from what the store holds. Every kind of
 * commit occurs: one body and the index (autosave, start, status, finalize, revision), the index only
 * (engagement create/edit), drops only (deleting an assessment or an engagement with its assessments),
 * and every body rewritten plus every old one dropped (restoring a backup).
 */
async function step(api: ArmsLengthApi, rand: () => number, n: number, saved: { data: string | null }): Promise<string> {
  const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(rand() * items.length)]
  const engagements = unwrap(await api.listEngagements(), 'list engagements')
  const refs = unwrap(await api.listAssessmentSummaries(), 'list assessments')
  const ofEngagement = (id: string): AssessmentSummary[] => refs.filter((r) => r.engagementId === id)
  const drafts = refs.filter((r) => r.status === 'draft')
  const note = 'Zażółć gęślą jaźń — '.repeat(n % 40)
  const r = rand()

  if (engagements.length < 25 && r < 0.3) {
    unwrap(await api.createEngagement({ fields: engagementFields({ name: `Engagement ${n}`, notes: note }) }), 'create')
    return 'create'
  }
  if (r < 0.4) {
    // autosaves go to a handful of recent drafts, as when several assessments are open in turn
    const draft = pick(drafts.slice(-6))
    if (draft) {
      const q = DEFAULT_BANK.questions[Math.floor(rand() * DEFAULT_BANK.questions.length)]!
      const answer = { choice: q.options[n % q.options.length]!.id, note }
      unwrap(await api.saveAnswer({ assessmentId: draft.id, questionId: q.id, answer }), 'answer')
      return 'answer'
    }
  }
  if (r < 0.52) {
    const engagement = pick(engagements.filter((e) => ofEngagement(e.id).length < 3))
    if (engagement) {
      unwrap(await api.startAssessment({ engagementId: engagement.id, kind: 'annual' }), 'start')
      return 'start'
    }
  }
  if (r < 0.58) {
    const draft = pick(drafts)
    if (draft) {
      unwrap(await api.setAssessmentStatus({ assessmentId: draft.id, status: 'in-review' }), 'review')
      return 'review'
    }
  }
  if (r < 0.64) {
    const inReview = pick(refs.filter((a) => a.status === 'in-review'))
    if (inReview) {
      const attestation = 'We confirm that the answers describe how this engagement operates in practice.'
      unwrap(
        await api.finalizeAssessment({
          assessmentId: inReview.id,
          assessorName: 'Zofia Wiśniewska',
          reviewerName: 'Jürgen Müller',
          attestation,
          // finalizing asks for a verdict per finding or the reason there is none
          notReviewedReason: 'Crash test data: no findings were reviewed.'
        }),
        'finalize'
      )
      return 'finalize'
    }
  }
  if (r < 0.67) {
    // one correction at a time (DECISIONS 230): a final with a revision, open or signed, is not revised again
    const final = pick(
      refs.filter((a) => a.status === 'final' && ofEngagement(a.engagementId).length < 4 && !refs.some((b) => b.revisionOfId === a.id))
    )
    if (final) {
      unwrap(await api.startRevision({ assessmentId: final.id }), 'revision')
      return 'revision'
    }
  }
  if (r < 0.7) {
    const draft = pick(drafts)
    if (draft) {
      unwrap(await api.deleteAssessment({ assessmentId: draft.id }), 'delete assessment')
      return 'delete-assessment'
    }
  }
  if (r < 0.78) {
    const engagement = pick(engagements)
    if (engagement) {
      unwrap(await api.updateEngagement({ id: engagement.id, fields: engagementFields({ name: `Edited ${n}`, notes: note }) }), 'update')
      return 'update'
    }
  }
  if (r < 0.88 && engagements.length > 30) {
    const engagement = pick(engagements)
    if (engagement) {
      // the typed name the app asks for when the engagement holds signed-off assessments
      unwrap(await api.deleteEngagement({ id: engagement.id, confirmName: engagement.name }), 'delete engagement')
      return 'delete-engagement'
    }
  }
  if (r >= 0.96) {
    // the whole store rewritten in one commit: every body under a new revision, every old one dropped
    unwrap(await api.exportBackup(), 'export backup')
    if (saved.data === null) die('exportBackup saved no text')
    unwrap(await api.restoreBackupFile({ text: saved.data }), 'restore')
    return 'restore'
  }
  if (engagements.length < 45) {
    unwrap(await api.createEngagement({ fields: engagementFields({ name: `Engagement ${n}`, notes: note }) }), 'create')
    return 'create'
  }
  const oldest = engagements[0]!
  unwrap(await api.deleteEngagement({ id: oldest.id, confirmName: oldest.name }), 'delete engagement')
  return 'delete-engagement'
}

async function main(): Promise<void> {
  // the parent ends this process; should the parent itself die (a failed or interrupted test run), the
  // child is re-parented and ends too, instead of saving or idling forever
  const parent = process.ppid
  setInterval(() => {
    if (process.ppid !== parent) process.exit(4)
  }, 500).unref()
  const [mode, arg, delay] = process.argv.slice(2)
  const saved: { data: string | null } = { data: null }
  if (mode === 'saves' && arg !== undefined) {
    const { api, digest } = await open(Number(delay ?? 0), saved)
    emit({ ready: true, digest })
    const rand = random(Number(arg))
    for (let n = 1; ; n++) {
      const op = await step(api, rand, n, saved)
      emit({ ack: n, op })
    }
  } else if (mode === 'import' && arg !== undefined) {
    const { api, digest } = await open(0, saved)
    const text = await readFile(arg, 'utf8')
    emit({ ready: true, digest })
    const outcome = unwrap(await api.applyImport({ text, decisions: {} }), 'import')
    emit({ ack: 1, op: `import: ${JSON.stringify(outcome)}` })
    // stay alive so the parent decides when the process ends
    setInterval(() => undefined, 1000)
  } else {
    die('usage: crash-child saves <seed> <backupDelayMs> | import <bundle.json>')
  }
}

main().catch((error: unknown) => {
  emit({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) })
  process.exit(1)
})
