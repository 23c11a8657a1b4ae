/**
 * An earlier release of the core bank, kept word for word: its id and version, known without loading it,
 * and how to load its text. The text is imported on demand (a separate chunk in the renderer), so an
 * archive costs the start of the app nothing: it is read only when an assessment answered under it is
 * opened, scored, reported or verified, or a carry-forward passes through it (bank-source.ts).
 */
export type ArchivedBank = { id: string; version: string; text: () => Promise<string> }

/**
 * Earlier releases of the core bank, newest first. An assessment answered under one of them is still
 * scored, reported and verified under it; new assessments use the current core bank, and carrying last
 * year's answers forward maps them onto it (shared/workflow/carry-forward-map.ts).
 * Releasing a new version: run `node scripts/archive-core-bank.mjs` before changing the bank, add the
 * snapshot here (one line, a dynamic import: a static one would put its text back into the first
 * screen's bundle, which test/e2e/initial-chunk.test.ts catches), record its hash in released-banks.ts,
 * then bump the version in core-bank.ts and add a mapping to carry-forward-map.ts.
 */
export const ARCHIVED_CORE_BANKS: readonly ArchivedBank[] = [
  { id: 'armslength-core', version: '2026.7', text: async () => (await import('./armslength-core-2026-7')).ARMSLENGTH_CORE_2026_7_JSON },
  { id: 'armslength-core', version: '2026.6', text: async () => (await import('./armslength-core-2026-6')).ARMSLENGTH_CORE_2026_6_JSON },
  { id: 'armslength-core', version: '2026.5', text: async () => (await import('./armslength-core-2026-5')).ARMSLENGTH_CORE_2026_5_JSON },
  { id: 'armslength-core', version: '2026.4', text: async () => (await import('./armslength-core-2026-4')).ARMSLENGTH_CORE_2026_4_JSON },
  { id: 'armslength-core', version: '2026.3', text: async () => (await import('./armslength-core-2026-3')).ARMSLENGTH_CORE_2026_3_JSON },
  { id: 'armslength-core', version: '2026.2', text: async () => (await import('./armslength-core-2026-2')).ARMSLENGTH_CORE_2026_2_JSON },
  { id: 'armslength-core', version: '2026.1', text: async () => (await import('./armslength-core-2026-1')).ARMSLENGTH_CORE_2026_1_JSON }
]
