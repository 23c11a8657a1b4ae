import { AssessmentSchema, type Assessment } from '../schemas/assessment'
import type { StoreDoc } from '../store/store-schema'
import { STORE_INDEX_VERSION, bodyKey, refOf, wholeDoc, type AssessmentRef, type RecordedRef, type StoreIndex } from '../store/store-index'
import { formatProblems, problemsFromZod } from '../util/problems'
import { fail, messageOf, ok, type Result } from '../util/result'
import type { StorePersistence } from './persistence'
import { BUILTIN_BANK_SOURCE } from '../bank/bank-source'
import type { QuestionBank } from '../bank/bank-schema'
import type { ResultSummary } from '../store/result-summary'

/** The banks a document's assessments are scored under: the built-in ones and the document's imported ones. */
export function banksOf(doc: { customBanks: readonly QuestionBank[] }): QuestionBank[] {
  return [...BUILTIN_BANK_SOURCE.loaded(), ...doc.customBanks]
}

/** Which assessment bodies an operation needs. Everything else about the store is always at hand. */
export type AssessmentScope =
  | { kind: 'none' }
  | { kind: 'all' }
  | { kind: 'engagements'; ids: readonly string[] }
  /** The assessment's whole engagement: carry-forward, revisions and reports need its siblings. */
  | { kind: 'engagement-of'; assessmentId: string }

/** A scope, or one worked out from the index current when the operation runs. */
export type ScopeOf = AssessmentScope | ((index: StoreIndex) => AssessmentScope)

// why: a few reads in flight keep the disk busy without opening thousands of files at once
const PARALLEL_READS = 16

/**
 * The open store: the index in memory, assessment bodies read (and validated) when first needed and
 * then kept. Operations work on a view — a StoreDoc whose `assessments` are those of a scope — so the
 * pure workflow functions stay unchanged; `commitChange` writes only what differs from the view.
 * Not safe for concurrent use: the service runs body reads and commits one at a time.
 */
export function createStoreSession(persistence: StorePersistence, initial: StoreIndex) {
  let index = initial
  const bodies = new Map<string, { rev: number; assessment: Assessment }>()

  function refsIn(scope: AssessmentScope): AssessmentRef[] {
    switch (scope.kind) {
      case 'none':
        return []
      case 'all':
        return index.assessments
      case 'engagements': {
        const ids = new Set(scope.ids)
        return index.assessments.filter((r) => ids.has(r.engagementId))
      }
      case 'engagement-of': {
        const engagementId = index.assessments.find((r) => r.id === scope.assessmentId)?.engagementId
        return engagementId === undefined ? [] : index.assessments.filter((r) => r.engagementId === engagementId)
      }
    }
  }

  async function load(ref: AssessmentRef): Promise<Result<Assessment>> {
    const cached = bodies.get(ref.id)
    if (cached?.rev === ref.rev) return ok(cached.assessment)
    const read = await readChecked(ref)
    if (!read.ok) return read
    bodies.set(ref.id, { rev: ref.rev, assessment: read.value.assessment })
    return ok(read.value.assessment)
  }

  /** Reads one body and checks it against the schema and its ref; every failure says which record and why. */
  async function readChecked(ref: AssessmentRef): Promise<Result<{ raw: string; assessment: Assessment }>> {
    const key = bodyKey(ref.id, ref.rev)
    const damaged = (detail: string) =>
      fail<{ raw: string; assessment: Assessment }>(
        'invalid-file',
        `The stored data of the assessment "${ref.title || ref.id}" (record ${key}) ${detail} Nothing was changed; ` +
          'restore a backup in Settings to get it back.'
      )
    let raw: string | null
    try {
      raw = await persistence.readBody(key)
    } catch (error) {
      return damaged(`cannot be read (${messageOf(error)}).`)
    }
    if (raw === null) return damaged('is missing.')
    let json: unknown
    try {
      json = JSON.parse(raw)
    } catch (error) {
      return damaged(`is not valid JSON (${messageOf(error)}).`)
    }
    const parsed = AssessmentSchema.safeParse(json)
    if (!parsed.success) return damaged(`does not have the expected shape:\n${formatProblems(problemsFromZod(parsed.error).slice(0, 10))}`)
    if (parsed.data.id !== ref.id || parsed.data.engagementId !== ref.engagementId) return damaged('belongs to another assessment.')
    return ok({ raw, assessment: parsed.data })
  }

  async function loadAll(refs: readonly AssessmentRef[]): Promise<Result<Assessment[]>> {
    const loaded: Assessment[] = []
    for (let start = 0; start < refs.length; start += PARALLEL_READS) {
      const batch = await Promise.all(refs.slice(start, start + PARALLEL_READS).map(load))
      for (const one of batch) {
        if (!one.ok) return one
        loaded.push(one.value)
      }
    }
    return ok(loaded)
  }

  async function view(scope: ScopeOf): Promise<Result<StoreDoc>> {
    const loaded = await loadAll(refsIn(typeof scope === 'function' ? scope(index) : scope))
    return loaded.ok ? ok(wholeDoc(index, loaded.value)) : loaded
  }

  /** Writes what `after` changed relative to `before` (a view): new or changed assessments get a new revision. */
  async function commitChange(before: StoreDoc, after: StoreDoc): Promise<void> {
    if (before === after) return
    const generation = index.generation + 1
    const committed = new Map(index.assessments.map((r) => [r.id, r]))
    const viewed = new Map(before.assessments.map((a) => [a.id, a]))
    const kept = new Map(after.assessments.map((a) => [a.id, a]))
    // why: refs are keyed by id below, so a change listing one id twice would silently lose one of them
    if (kept.size !== after.assessments.length) throw new Error('Internal: a change lists one assessment id twice')
    const put: { key: string; text: string; ref: AssessmentRef; assessment: Assessment }[] = []
    const afterBanks = banksOf(after)
    const refs = new Map<string, AssessmentRef>()
    for (const assessment of after.assessments) {
      const current = committed.get(assessment.id)
      if (current && !viewed.has(assessment.id))
        throw new Error(`Internal: assessment ${assessment.id} changed outside the operation's scope`)
      if (current && viewed.get(assessment.id) === assessment) continue
      // the result summary is computed here, from the body being written, so the two never disagree
      const ref = refOf(assessment, generation, afterBanks)
      put.push({ key: bodyKey(ref.id, ref.rev), text: JSON.stringify(assessment), ref, assessment })
      refs.set(ref.id, ref)
    }
    const drop = index.assessments.filter((r) => viewed.has(r.id) && (refs.has(r.id) || !kept.has(r.id))).map((r) => bodyKey(r.id, r.rev))
    const next: StoreIndex = {
      schemaVersion: STORE_INDEX_VERSION,
      generation,
      engagements: after.engagements,
      assessments: [
        ...index.assessments.flatMap((r) => (viewed.has(r.id) && !kept.has(r.id) ? [] : [refs.get(r.id) ?? r])),
        ...put.filter((p) => !committed.has(p.ref.id)).map((p) => p.ref)
      ],
      settings: after.settings,
      customBanks: after.customBanks,
      ...(index.backedUpGeneration === undefined ? {} : { backedUpGeneration: index.backedUpGeneration })
    }
    assertConsistent(next)
    await persistence.commit({ put: put.map(({ key, text }) => ({ key, text })), index: next, drop })
    index = next
    for (const p of put) bodies.set(p.ref.id, { rev: p.ref.rev, assessment: p.assessment })
    for (const id of viewed.keys()) if (!kept.has(id)) bodies.delete(id)
  }

  /** Replaces everything (restoring a backup, splitting an old document): every assessment gets a new revision, every old one goes. */
  async function replaceAll(doc: StoreDoc, options: { summaries?: boolean } = {}): Promise<void> {
    const generation = index.generation + 1
    // summaries: false leaves them to the start-up refresh (summary-upgrade.ts), which shows its progress
    const docBanks = options.summaries === false ? undefined : banksOf(doc)
    const next: StoreIndex = {
      schemaVersion: STORE_INDEX_VERSION,
      generation,
      engagements: doc.engagements,
      assessments: doc.assessments.map((a) => refOf(a, generation, docBanks)),
      settings: doc.settings,
      customBanks: doc.customBanks
    }
    assertConsistent(next)
    await persistence.commit({
      put: doc.assessments.map((a) => ({ key: bodyKey(a.id, generation), text: JSON.stringify(a) })),
      index: next,
      drop: index.assessments.map((r) => bodyKey(r.id, r.rev))
    })
    index = next
    bodies.clear()
    for (const a of doc.assessments) bodies.set(a.id, { rev: generation, assessment: a })
  }

  /**
   * The whole document as text (the backup format). Every body is read and validated, but not kept:
   * a backup must open cleanly, and copying all assessments must not fill the memory with them.
   * A body that cannot be used fails the backup — or, with `skipUnusable` (the safety copy before a
   * restore, when the user is replacing a store they know is damaged), is left out and named.
   */
  async function wholeText(options: { skipUnusable?: boolean } = {}): Promise<{ text: string; skipped: string[] }> {
    const texts: string[] = []
    const skipped: string[] = []
    const refs = index.assessments
    for (let start = 0; start < refs.length; start += PARALLEL_READS) {
      const batch = await Promise.all(
        refs.slice(start, start + PARALLEL_READS).map(async (ref) => ({ ref, body: await checkedBodyText(ref) }))
      )
      for (const { ref, body } of batch) {
        if (body.ok) texts.push(body.value)
        else if (options.skipUnusable) skipped.push(ref.title || ref.id)
        else throw new Error(body.error.message)
      }
    }
    return { text: wholeTextOf(index, texts), skipped }
  }

  async function checkedBodyText(ref: AssessmentRef): Promise<Result<string>> {
    const cached = bodies.get(ref.id)
    if (cached?.rev === ref.rev) return ok(JSON.stringify(cached.assessment))
    const read = await readChecked(ref)
    return read.ok ? ok(read.value.raw) : read
  }

  /** Records that a backup of the current generation exists; no data changes, so the generation stays. */
  async function markBackedUp(): Promise<void> {
    if (index.backedUpGeneration === index.generation) return
    const next: StoreIndex = { ...index, backedUpGeneration: index.generation }
    await persistence.commit({ put: [], index: next, drop: [] })
    index = next
  }

  /**
   * Stores recomputed result summaries (the upgrade to index version 6, or summaries made stale by a
   * bank or engine change). Only the index changes, and no record does, so the generation stays; a
   * summary is taken only if its ref still names the revision it was computed from. `backedUp`: a
   * verified backup of this generation was just made (the upgrade's), so the next start need not make one.
   */
  async function adoptSummaries(results: ReadonlyMap<string, AdoptedSummary>, options: { backedUp?: boolean } = {}): Promise<void> {
    const next: StoreIndex = {
      ...index,
      ...(options.backedUp ? { backedUpGeneration: index.generation } : {}),
      schemaVersion: STORE_INDEX_VERSION,
      assessments: index.assessments.map((r) => {
        const computed = results.get(r.id)
        // the sign-off and revision link as the body holds them: a version-5 ref lacks the fingerprint, a version-6 one the link
        return computed && computed.rev === r.rev ? { ...r, ...computed.recorded, result: computed.result } : r
      })
    }
    await persistence.commit({ put: [], index: next, drop: [] })
    index = next
  }

  return {
    index: () => index,
    view,
    commitChange,
    replaceAll,
    wholeText,
    markBackedUp,
    adoptSummaries,
    /** One body, read and checked but not kept (the upgrade reads every body once). */
    readStored: (ref: AssessmentRef) => {
      const cached = bodies.get(ref.id)
      return cached?.rev === ref.rev
        ? Promise.resolve(ok({ raw: JSON.stringify(cached.assessment), assessment: cached.assessment }))
        : readChecked(ref)
    }
  }
}

/** What the upgrade read from one body revision: its result summary and what the ref records of its sign-off and revision link. */
export type AdoptedSummary = { rev: number; result: ResultSummary; recorded: RecordedRef }

export type StoreSession = ReturnType<typeof createStoreSession>

/** The whole document (the backup format) as text, from the index and the bodies' texts, without parsing them again. */
export function wholeTextOf(index: StoreIndex, bodyTexts: readonly string[]): string {
  const shell = wholeDoc(index, [])
  const head = JSON.stringify({ schemaVersion: shell.schemaVersion, engagements: shell.engagements })
  const tail = JSON.stringify({ settings: shell.settings, customBanks: shell.customBanks })
  return `${head.slice(0, -1)},"assessments":[${bodyTexts.join(',')}],${tail.slice(1)}`
}

function assertConsistent(index: StoreIndex): void {
  const engagements = new Set(index.engagements.map((e) => e.id))
  if (engagements.size !== index.engagements.length) throw new Error('Internal: an engagement id would be listed twice')
  if (new Set(index.assessments.map((r) => r.id)).size !== index.assessments.length)
    throw new Error('Internal: an assessment id would be listed twice')
  const orphan = index.assessments.find((r) => !engagements.has(r.engagementId))
  // why: a bug, not a user error: an operation removed an engagement without having its assessments in scope
  if (orphan) throw new Error(`Internal: assessment ${orphan.id} would be left without its engagement ${orphan.engagementId}`)
}
