import { QuestionBankSchema, type QuestionBank } from '../bank-schema'
import { ARMSLENGTH_CORE_2026_1_JSON } from './armslength-core-2026-1'
import { ARMSLENGTH_CORE_2026_2_JSON } from './armslength-core-2026-2'

/**
 * Earlier releases of the core bank, newest first. An assessment answered under one of them is still
 * scored, reported and verified under it; new assessments use the current core bank, and carrying last
 * year's answers forward maps them onto it (shared/workflow/carry-forward-map.ts).
 * Releasing a new version: run `node scripts/archive-core-bank.mjs` before changing the bank, add the
 * snapshot here, then bump the version in core-bank.ts and add a mapping to carry-forward-map.ts.
 */
export const ARCHIVED_CORE_BANKS: readonly QuestionBank[] = [ARMSLENGTH_CORE_2026_2_JSON, ARMSLENGTH_CORE_2026_1_JSON].flatMap((text) => {
  // Parsed with the schema like any bank file; a snapshot that no longer parses is left out here and
  // fails test/shared/carry-forward.test.ts, rather than stopping the app from starting.
  const parsed = QuestionBankSchema.safeParse(JSON.parse(text))
  return parsed.success ? [parsed.data] : []
})
