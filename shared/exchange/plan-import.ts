import type { StoreDoc } from '../store/store-schema'
import type { Assessment } from '../schemas/assessment'
import type { EngagementRecord } from './exchange-schemas'

export const IMPORT_DECISIONS = ['skip', 'replace', 'keep-both'] as const
export type ImportDecision = (typeof IMPORT_DECISIONS)[number]

export type ImportPreviewItem = {
  engagementId: string
  vendorName: string
  name: string
  assessmentCount: number
  /** What "Keep both" would call the copy, so the two can be told apart. */
  copyName: string
  /** An engagement with this id exists already: the user decides skip / replace / keep both. */
  conflict: {
    vendorName: string
    name: string
    assessmentCount: number
    /** Our signed-off assessments: "Replace ours" keeps them (they are never dropped). */
    keptFinals: string[]
    /** Our drafts and assessments in review that "Replace ours" drops (a backup is taken first). */
    droppedUnfinished: string[]
    /**
     * The file's signed-off assessments that are one of our finals signed differently (its id or its sign-off, and not
     * the very same record: anyone can recompute a fingerprint). "Replace ours" does not take them.
     */
    signedDifferently: string[]
    /**
     * The file's revisions, signed or not, of a final one of ours already revises, and whatever of the file revises an
     * assessment it leaves out: the app revises a final once. "Replace ours" does not take them (notTakenOnReplace).
     */
    secondRevisions: string[]
  } | null
}

/** The name a "keep both" copy gets: the original with the day it was imported, within the 200 characters a name may have. */
export function importedCopyName(name: string, today: string): string {
  const suffix = ` (imported ${today})`
  return `${name.slice(0, 200 - suffix.length).trimEnd()}${suffix}`
}

export function previewImport(doc: StoreDoc, records: readonly EngagementRecord[], today: string): ImportPreviewItem[] {
  const engagements = new Map(doc.engagements.map((e) => [e.id, e]))
  const owned = new Map<string, Assessment[]>()
  for (const a of doc.assessments) owned.set(a.engagementId, [...(owned.get(a.engagementId) ?? []), a])
  return records.map((r) => {
    const existing = engagements.get(r.engagement.id)
    const ours = existing ? (owned.get(existing.id) ?? []) : []
    const notTaken = existing ? notTakenOnReplace(r.assessments, ours) : null
    const left = new Set([...(notTaken?.signedDifferently ?? []), ...(notTaken?.secondRevisions ?? [])].map((a) => a.id))
    // what "Replace ours" takes of the file: an unfinished one of ours the file brings back but does not take is lost
    const incoming = new Map(r.assessments.filter((a) => !left.has(a.id)).map((a) => [a.id, a]))
    return {
      engagementId: r.engagement.id,
      vendorName: r.engagement.vendorName,
      name: r.engagement.name,
      assessmentCount: r.assessments.length,
      copyName: importedCopyName(r.engagement.name, today),
      conflict: existing
        ? {
            vendorName: existing.vendorName,
            name: existing.name,
            assessmentCount: ours.length,
            keptFinals: ours.filter((a) => a.status === 'final').map(titleOf),
            // an unfinished one of ours the file brings back as it is (same id, same last change) is not lost; one the
            // file holds in another version (older, or changed elsewhere) loses our version, which is dropped too
            droppedUnfinished: ours.filter((a) => a.status !== 'final' && incoming.get(a.id)?.updatedAt !== a.updatedAt).map(titleOf),
            ...notTakenTitles(notTaken ?? { signedDifferently: [], secondRevisions: [] })
          }
        : null
    }
  })
}

function titleOf(a: Assessment): string {
  return a.title || a.id
}

function notTakenTitles(notTaken: NotTaken): { signedDifferently: string[]; secondRevisions: string[] } {
  return { signedDifferently: notTaken.signedDifferently.map(titleOf), secondRevisions: notTaken.secondRevisions.map(titleOf) }
}

export type ImportOutcome = {
  added: number
  replaced: number
  skipped: number
  keptBoth: number
  /** Our signed-off assessments that stayed beside a replaced engagement's new ones. */
  finalsKept: number
  /** The file's finals not taken because they are one of ours signed differently (signedDifferentlyFrom). */
  signedDifferently: number
  /** The file's revisions of a final one of ours revises, and what revises one left out: not taken (notTakenOnReplace). */
  secondRevisions: number
}

/**
 * Applies a validated import in one step: the new document is built completely before anything is
 * stored, so an import is never half-applied. New ids for "keep both" come from `newId`, and the copy is
 * named with `today` (the user's calendar date).
 *
 * "Replace ours" never drops a signed-off assessment: ours stay with the engagement unless the file holds
 * the very same one (same id, same fingerprint); a different assessment of the file with that id is
 * renumbered beside it. A final of the file that is one of ours signed differently (our final's id or sign-off, not
 * the very same record), a revision of a final one of ours revises, or what builds on one left out, is not taken
 * (notTakenOnReplace). Drafts and assessments in review of ours are replaced.
 */
export function applyImport(
  doc: StoreDoc,
  records: readonly EngagementRecord[],
  decisions: Readonly<Record<string, ImportDecision>>,
  newId: () => string,
  today: string
): { doc: StoreDoc; outcome: ImportOutcome } {
  const outcome: ImportOutcome = { added: 0, replaced: 0, skipped: 0, keptBoth: 0, finalsKept: 0, signedDifferently: 0, secondRevisions: 0 }
  // Ids are unique in a store (store-schema) and every step below keeps them so, which lets maps keyed
  // by id stand for the lists: a map keeps insertion order, and delete + set moves an entry to the end,
  // as "filter it out, then append" did. A bundle of a thousand engagements then costs one pass, not a
  // scan of the whole store per record.
  const engagements = new Map(doc.engagements.map((e) => [e.id, e]))
  const assessments = new Map<string, Assessment>()
  // each engagement's assessment ids, so that replacing an engagement does not scan every assessment
  const owned = new Map<string, string[]>()
  const add = (list: readonly Assessment[]): void => {
    for (const a of list) {
      assessments.set(a.id, a)
      const ids = owned.get(a.engagementId)
      if (ids) ids.push(a.id)
      else owned.set(a.engagementId, [a.id])
    }
  }
  add(doc.assessments)
  let changed = false
  for (const record of records) {
    const id = record.engagement.id
    const exists = engagements.has(id)
    // assessment ids must be unique across the store too, not only engagement ids
    const takenElsewhere = (a: Assessment): boolean => {
      const owner = assessments.get(a.id)?.engagementId
      return owner !== undefined && owner !== id
    }
    const assessmentClash = record.assessments.some(takenElsewhere)
    const decision: ImportDecision = exists ? (decisions[id] ?? 'skip') : assessmentClash ? 'keep-both' : 'replace'
    switch (decision) {
      case 'skip':
        outcome.skipped++
        break
      case 'replace': {
        const incomingIds = new Map(record.assessments.map((a) => [a.id, a]))
        const keptFinals = (owned.get(id) ?? [])
          .map((old) => assessments.get(old) as Assessment)
          .filter((a) => a.status === 'final' && !sameSigned(a, incomingIds.get(a.id)))
        const keptIds = new Set(keptFinals.map((a) => a.id))
        // a final of the file that is one of ours signed differently, or a second revision of a final we revised, is not
        // taken (notTakenOnReplace)
        const notTaken = notTakenOnReplace(
          record.assessments,
          (owned.get(id) ?? []).map((old) => assessments.get(old) as Assessment)
        )
        const left = new Set([...notTaken.signedDifferently, ...notTaken.secondRevisions])
        const taken = left.size > 0 ? { ...record, assessments: record.assessments.filter((a) => !left.has(a)) } : record
        outcome.signedDifferently += notTaken.signedDifferently.length
        outcome.secondRevisions += notTaken.secondRevisions.length
        // an imported assessment whose id another engagement uses, or one of our finals that stays, gets a new id
        const clashes = (a: Assessment): boolean => takenElsewhere(a) || keptIds.has(a.id)
        const incoming = taken.assessments.some(clashes) ? renumber(taken, newId, clashes).assessments : taken.assessments
        engagements.delete(id)
        engagements.set(id, record.engagement)
        for (const old of owned.get(id) ?? []) assessments.delete(old)
        owned.delete(id)
        add(keptFinals)
        add(incoming)
        outcome.finalsKept += keptFinals.length
        changed = true
        if (exists) outcome.replaced++
        else outcome.added++
        break
      }
      case 'keep-both': {
        const renumbered = renumber(record, newId)
        const copy = exists
          ? { ...renumbered, engagement: { ...renumbered.engagement, name: importedCopyName(record.engagement.name, today) } }
          : renumbered
        engagements.set(copy.engagement.id, copy.engagement)
        add(copy.assessments)
        changed = true
        if (exists) outcome.keptBoth++
        else outcome.added++
        break
      }
    }
  }
  return { doc: changed ? { ...doc, engagements: [...engagements.values()], assessments: [...assessments.values()] } : doc, outcome }
}

type NotTaken = { signedDifferently: Assessment[]; secondRevisions: Assessment[] }

/**
 * What "Replace ours" leaves of the file's assessments for an engagement we hold (`ours`: all its assessments here).
 * Our finals all stay, kept beside the file's or taken from it as the very same record, so nothing of the file that
 * is one of ours is ever left out (attacker review: a rule that did lost a signed final the preview said stayed).
 * - Finals that are one of ours signed differently (signedDifferentlyFrom): ours stays, and a copy beside it would
 *   read as a second, identical-looking sign-off; compared with all our finals.
 * - Revisions, signed or not, of a final one of our finals already revises: the app revises a final once (a later
 *   correction revises the revision), so the two would both stand for one cycle, or the draft be signed as a second.
 * - And whatever of the file revises one left out, however deep: it would revise a final that is not here, or, where
 *   ours has that id, one it was not made from.
 */
function notTakenOnReplace(theirs: readonly Assessment[], ours: readonly Assessment[]): NotTaken {
  const ourFinals = ours.filter((a) => a.status === 'final')
  const ourFinal = new Map(ourFinals.map((a) => [a.id, a]))
  const isOurs = (a: Assessment): boolean => {
    const mine = ourFinal.get(a.id)
    return mine !== undefined && sameSigned(mine, a)
  }
  // the very same record as one of ours is never signed differently, though it shares its sign-off event with another
  // final of ours (attacker review: both were then left out, while not kept beside either)
  const signedDifferently = theirs.filter((a) => !isOurs(a) && signedDifferentlyFrom(a, ourFinals))
  const revisedByOurs = new Set(ourFinals.flatMap((a) => (a.revisionOfId === undefined ? [] : [a.revisionOfId])))
  const left = new Set(signedDifferently.map((a) => a.id))
  for (const a of theirs) if (!isOurs(a) && a.revisionOfId !== undefined && revisedByOurs.has(a.revisionOfId)) left.add(a.id)
  for (let grew = left.size > 0; grew;) {
    grew = false
    for (const a of theirs)
      if (!left.has(a.id) && !isOurs(a) && a.revisionOfId !== undefined && left.has(a.revisionOfId)) {
        left.add(a.id)
        grew = true
      }
  }
  return { signedDifferently, secondRevisions: theirs.filter((a) => left.has(a.id) && !signedDifferently.includes(a)) }
}

/**
 * A final of the file that is one of our finals signed differently: it carries that final's id, or its sign-off (the
 * same title, signers and moment of signing), and is not the very same record (id, fingerprint and links). Taken, it
 * would sit beside ours as a second, identical-looking sign-off, or relabel ours (attacker review: a new id, or other
 * links under the same print, had passed).
 */
function signedDifferentlyFrom(theirs: Assessment, ours: readonly Assessment[]): boolean {
  if (theirs.status !== 'final' || !theirs.signOff) return false
  return ours.some(
    (mine) => mine.status === 'final' && (mine.id === theirs.id || sameSignOffEvent(mine, theirs)) && !sameSigned(mine, theirs)
  )
}

function sameSignOffEvent(a: Assessment, b: Assessment): boolean {
  return (
    a.title === b.title &&
    a.signOff?.finalizedAt === b.signOff?.finalizedAt &&
    a.signOff?.reviewerName === b.signOff?.reviewerName &&
    a.signOff?.assessorName === b.signOff?.assessorName
  )
}

/** The same signed record: both final with one fingerprint (which covers everything signed). */
function sameSigned(ours: Assessment, theirs: Assessment | undefined): boolean {
  // the links to the final it revises and the assessment it carried from are outside the fingerprint (an import may
  // renumber), so they are compared here: the same print under other links would relabel ours (attacker review)
  return (
    theirs?.status === 'final' &&
    theirs.id === ours.id &&
    theirs.signOff?.fingerprint === ours.signOff?.fingerprint &&
    theirs.revisionOfId === ours.revisionOfId &&
    theirs.carriedFromId === ours.carriedFromId
  )
}

/**
 * New ids for the engagement and its assessments (keep both); with `only`, for those assessments only,
 * the engagement keeping its id (replace). Links between the record's assessments follow the new ids.
 */
function renumber(record: EngagementRecord, newId: () => string, only?: (a: Assessment) => boolean): EngagementRecord {
  const engagementId = only ? record.engagement.id : newId()
  const ids = new Map(record.assessments.map((a) => [a.id, only && !only(a) ? a.id : newId()]))
  const remap = (id: string | undefined) => (id === undefined ? undefined : (ids.get(id) ?? id))
  const assessments = record.assessments.map((a): Assessment => {
    const { carriedFromId, revisionOfId, ...rest } = a
    const carried = remap(carriedFromId)
    const revision = remap(revisionOfId)
    return {
      ...rest,
      id: ids.get(a.id) as string,
      engagementId,
      ...(carried ? { carriedFromId: carried } : {}),
      ...(revision ? { revisionOfId: revision } : {})
    }
  })
  return { engagement: { ...record.engagement, id: engagementId }, assessments }
}
