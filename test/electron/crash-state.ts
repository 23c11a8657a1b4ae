import { createHash } from 'node:crypto'
import type { ReportGenerator } from '@shared/report/report-generator'

/**
 * What the crash-safety test (crash-safety-saves.test.ts and crash-safety-import.test.ts) and the process it kills (crash-child.ts) agree on.
 * Both import this file, so the digest of a store state cannot drift between the two sides.
 */

/** One line the child prints on stdout; see crash-child.ts for when each kind is printed. */
export type ChildLine = {
  /** The store is open; `digest` is the state it found (null: no index yet). */
  ready?: true
  digest?: string | null
  /** Commit n is about to reach the persistence; `digest` is the state it commits. */
  writing?: number
  put?: number
  drop?: number
  /** Commit n returned: its index is written and the bodies it dropped are gone. */
  committed?: number
  /** API call n resolved ok: the app would now show "Saved". */
  ack?: number
  op?: string
  error?: string
}

/**
 * The logical store state: the index text and the text of every body it references, in index order.
 * Bodies are named by id and revision and never rewritten, so the index alone would not show a torn
 * body; their texts are part of the digest. Each text is length-prefixed, so no two different
 * (index, bodies) sequences feed the hash the same bytes.
 */
export function stateDigest(indexText: string, bodyTexts: readonly string[]): string {
  const hash = createHash('sha256')
  for (const text of [indexText, ...bodyTexts]) hash.update(`${Buffer.byteLength(text, 'utf8')}:`).update(text, 'utf8')
  return hash.digest('hex')
}

/** mulberry32: a small seeded generator, so a failing run can be replayed with CRASH_SEED. */
export function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

// why: no PDF is made here; every generator method rejects, whatever methods the interface grows
export const noReports = new Proxy({} as ReportGenerator, {
  get: (_target, key) => (key === 'then' ? undefined : () => Promise.reject(new Error('no reports here')))
})
