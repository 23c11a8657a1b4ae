import type { ArmsLengthApi } from '../ipc/contract'
import type { QuestionBank } from '../bank/bank-schema'
import type { StoreDoc } from '../store/store-schema'
import { describeDamage, openStoreText } from '../store/open-store'
import { readExchangeFile } from '../exchange/validate-exchange'
import { recordsOf } from '../exchange/exchange-schemas'
import { bundleOf, recordFor, safeFileName } from '../exchange/build-exchange'
import { applyImport, previewImport } from '../exchange/plan-import'
import { fail, ok, type Result } from '../util/result'
import { portfolioRows } from '../portfolio/portfolio-rows'
import { portfolioCsv } from '../portfolio/portfolio-csv'
import { actionPlansCsv } from '../portfolio/action-plans-csv'
import { DEFAULT_BANK } from '../bank/bank-registry'
import type { Clock, IdSource } from './clock'
import type { FileSaver } from './file-saver'
import type { Mutate } from './assessment-handlers'

type ExchangeMethods = Pick<ArmsLengthApi, 'exportBundle' | 'previewImport' | 'applyImport' | 'exportCsv' | 'exportBackup' | 'restoreBackupFile'>

/** Export, import and whole-store backup files. Imports are validated completely before anything changes. */
export function exchangeHandlers(deps: {
  read: () => StoreDoc
  afterWrites: <T>(read: () => T) => Promise<T>
  mutate: Mutate
  clock: Clock
  ids: IdSource
  files: FileSaver
  banks: () => readonly QuestionBank[]
  /** Backs up the current store before a restore replaces it. */
  backupCurrent: () => Promise<Result<unknown>>
}): ExchangeMethods {
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`
  return {
    exportBundle: async ({ engagementIds }) => {
      const doc = await deps.afterWrites(deps.read)
      const ids = engagementIds ?? doc.engagements.map((e) => e.id)
      const records = ids.map((id) => recordFor(doc, id))
      if (records.some((r) => r === undefined)) return fail('not-found', 'One of the chosen engagements no longer exists.')
      const now = deps.clock.now()
      return deps.files.save({
        suggestedName: safeFileName(['armslength-bundle', `${ids.length}-engagements`, now.slice(0, 10)], 'json'),
        mime: 'application/json',
        data: json(bundleOf(records as NonNullable<(typeof records)[number]>[], now))
      })
    },
    previewImport: async ({ text }) => {
      const read = readExchangeFile(text, deps.banks())
      if (!read.ok) return read
      const doc = await deps.afterWrites(deps.read)
      return ok({ kind: read.value.kind, items: previewImport(doc, recordsOf(read.value)) })
    },
    applyImport: ({ text, decisions }) => {
      const read = readExchangeFile(text, deps.banks())
      if (!read.ok) return Promise.resolve(read)
      return deps.mutate((doc) => {
        const applied = applyImport(doc, recordsOf(read.value), decisions, deps.ids.newId)
        return ok({ doc: applied.doc, value: applied.outcome })
      })
    },
    exportCsv: async ({ kind }) => {
      const doc = await deps.afterWrites(deps.read)
      const now = deps.clock.now()
      const today = now.slice(0, 10)
      const data =
        kind === 'portfolio'
          ? portfolioCsv(portfolioRows(doc.engagements, doc.assessments, deps.banks(), today), DEFAULT_BANK)
          : actionPlansCsv(doc.engagements, doc.assessments, deps.banks(), today)
      return deps.files.save({ suggestedName: safeFileName([`armslength-${kind}`, today], 'csv'), mime: 'text/csv;charset=utf-8', data })
    },
    exportBackup: async () => {
      const doc = await deps.afterWrites(deps.read)
      const now = deps.clock.now()
      return deps.files.save({ suggestedName: safeFileName(['armslength-backup', now.slice(0, 19)], 'json'), mime: 'application/json', data: json(doc) })
    },
    restoreBackupFile: async ({ text }) => {
      const opened = openStoreText(text)
      if (opened.kind === 'missing') return fail('invalid-file', 'The file is empty.')
      if (opened.kind === 'damaged') return fail('invalid-file', `This backup cannot be used. ${describeDamage(opened.damage)}`)
      const saved = await deps.backupCurrent()
      if (!saved.ok) return saved
      return deps.mutate(() => ok({ doc: opened.doc, value: { engagementCount: opened.doc.engagements.length } }))
    }
  }
}
