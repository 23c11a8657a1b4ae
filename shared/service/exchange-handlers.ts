import type { ArmsLengthApi } from '../ipc/contract'
import type { QuestionBank } from '../bank/bank-schema'
import type { StoreDoc } from '../store/store-schema'
import { describeDamage, openStoreJson } from '../store/open-store'
import { MAX_BACKUP_BYTES, parseUntrustedJson } from '../exchange/safe-json'
import { readExchangeFile, storeDocTypedProblems } from '../exchange/validate-exchange'
import { recordsOf } from '../exchange/exchange-schemas'
import { bundleOf, recordsFor, safeFileName } from '../exchange/build-exchange'
import { applyImport, previewImport } from '../exchange/plan-import'
import { fail, ok, type Result } from '../util/result'
import { portfolioCsv } from '../portfolio/portfolio-csv'
import { actionPlansCsv } from '../portfolio/action-plans-csv'
import { DEFAULT_BANK } from '../bank/bank-registry'
import { todayOf, type Clock, type IdSource } from './clock'
import type { FileSaver } from './file-saver'
import type { StoreAccess } from './store-service'

type ExchangeMethods = Pick<
  ArmsLengthApi,
  'exportBundle' | 'previewImport' | 'applyImport' | 'exportCsv' | 'exportBackup' | 'restoreBackupFile'
>

/** Export, import and whole-store backup files. Imports are validated completely before anything changes. */
export function exchangeHandlers(deps: {
  view: StoreAccess['view']
  mutate: StoreAccess['mutate']
  clock: Clock
  ids: IdSource
  files: FileSaver
  banks: () => readonly QuestionBank[]
  /** Every bank, each earlier built-in release loaded: a file's assessments may be pinned to any of them. */
  allBanks: () => Promise<Result<readonly QuestionBank[]>>
  /** Replaces the whole store, after backing up the current one. */
  restoreWhole: (doc: StoreDoc) => Promise<Result<null>>
  /** The portfolio's rows from the index (portfolio-handlers.ts): the CSV holds what the dashboard shows. */
  portfolio: ArmsLengthApi['listPortfolio']
}): ExchangeMethods {
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`
  async function csvOf(kind: 'portfolio' | 'action-plans', today: string): Promise<Result<string>> {
    switch (kind) {
      case 'portfolio': {
        // from the index's result summaries, like the dashboard: no body is read
        const rows = await deps.portfolio({ today })
        return rows.ok ? ok(portfolioCsv(rows.value, DEFAULT_BANK)) : rows
      }
      case 'action-plans': {
        // each step's owner and target date live in the body, and the steps come from scoring it: bodies are read
        const viewed = await deps.view({ kind: 'all' })
        return viewed.ok ? ok(actionPlansCsv(viewed.value.engagements, viewed.value.assessments, deps.banks(), today)) : viewed
      }
    }
  }
  return {
    exportBundle: async ({ engagementIds }) => {
      const viewed = await deps.view(engagementIds ? { kind: 'engagements', ids: engagementIds } : { kind: 'all' })
      if (!viewed.ok) return viewed
      const doc = viewed.value
      const ids = engagementIds ?? doc.engagements.map((e) => e.id)
      const records = recordsFor(doc, ids)
      if (records.some((r) => r === undefined)) return fail('not-found', 'One of the chosen engagements no longer exists.')
      const now = deps.clock.now()
      return deps.files.save({
        suggestedName: safeFileName(['armslength-bundle', `${ids.length}-engagements`, todayOf(deps.clock)], 'json'),
        mime: 'application/json',
        data: json(bundleOf(records as NonNullable<(typeof records)[number]>[], now))
      })
    },
    previewImport: async ({ text }) => {
      const banks = await deps.allBanks()
      if (!banks.ok) return banks
      const read = readExchangeFile(text, banks.value, deps.clock.now())
      if (!read.ok) return read
      const doc = await deps.view({ kind: 'all' })
      return doc.ok ? ok({ kind: read.value.kind, items: previewImport(doc.value, recordsOf(read.value), todayOf(deps.clock)) }) : doc
    },
    applyImport: async ({ text, decisions }) => {
      const banks = await deps.allBanks()
      if (!banks.ok) return banks
      const read = readExchangeFile(text, banks.value, deps.clock.now())
      if (!read.ok) return read
      const today = todayOf(deps.clock)
      // why: replacing an engagement overwrites ours (its details, drafts in progress), so a verified backup comes first
      const replacing = Object.values(decisions).includes('replace')
      return deps.mutate(
        { kind: 'all' },
        (doc) => {
          const applied = applyImport(doc, recordsOf(read.value), decisions, deps.ids.newId, today)
          return ok({ doc: applied.doc, value: applied.outcome })
        },
        { destructive: replacing }
      )
    },
    exportCsv: async ({ kind }) => {
      // due and overdue as the user's calendar has them, like the screens (not the UTC date)
      const today = todayOf(deps.clock)
      const data = await csvOf(kind, today)
      if (!data.ok) return data
      return deps.files.save({
        suggestedName: safeFileName([`armslength-${kind}`, today], 'csv'),
        mime: 'text/csv;charset=utf-8',
        data: data.value
      })
    },
    exportBackup: async () => {
      const viewed = await deps.view({ kind: 'all' })
      if (!viewed.ok) return viewed
      const doc = viewed.value
      const now = deps.clock.now()
      return deps.files.save({
        suggestedName: safeFileName(['armslength-backup', now.slice(0, 19)], 'json'),
        mime: 'application/json',
        data: json(doc)
      })
    },
    restoreBackupFile: async ({ text }) => {
      const read = readBackupFile(text)
      if (!read.ok) return read
      const restored = await deps.restoreWhole(read.value)
      return restored.ok ? ok({ engagementCount: read.value.engagements.length }) : restored
    }
  }
}

/** A backup file's store, read as its restore reads it (the restore preview reads it the same way). */
export function readBackupFile(text: string): Result<StoreDoc> {
  // the same safe reading as an import (size in bytes, depth and prototype keys) before anything else,
  // with the backup limit: the whole store can be larger than one import, and a saved backup must restore
  const safe = parseUntrustedJson(text, MAX_BACKUP_BYTES)
  if (!safe.ok) return fail('invalid-file', 'This backup file cannot be read.', safe.problems)
  const opened = openStoreJson(safe.value)
  if (opened.kind === 'missing') return fail('invalid-file', 'The file is empty.')
  if (opened.kind === 'damaged') return fail('invalid-file', `This backup cannot be used. ${describeDamage(opened.damage)}`)
  // what a person typed is checked as when typed: this file may come from anywhere (an automatic backup,
  // the app's own stored data, is not re-checked; see storeDocTypedProblems)
  const typed = storeDocTypedProblems(opened.doc)
  if (typed.length > 0)
    return fail('invalid-file', 'This backup holds characters a report cannot print as typed, so nothing was restored.', typed)
  return ok(opened.doc)
}
