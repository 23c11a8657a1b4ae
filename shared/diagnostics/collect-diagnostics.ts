import type { BackupInfo, Diagnostics, StartupInfo } from '../ipc/contract'
import type { StoreIndex } from '../store/store-index'
import { messageOf, ok, type Result } from '../util/result'

/** What only the host knows: its version and platform, and its log. */
export type DiagnosticsHost = {
  appVersion: string
  /** e.g. "linux x64; Electron 45.5.0; Chromium …; Node …", or the browser's user agent. */
  platform: string
  recentLog: (count: number) => Promise<string[]>
}

export const DIAGNOSTIC_LOG_LINES = 40

/**
 * "Copy diagnostic information": facts about the app and the shape of its data, never their content —
 * counts, versions and the log's newest lines (which carry event kinds, ids and stacks only).
 */
export async function collectDiagnostics(from: {
  index: () => Promise<StoreIndex>
  backups: () => Promise<BackupInfo[]>
  startup: () => StartupInfo
  host: DiagnosticsHost | undefined
}): Promise<Result<Diagnostics>> {
  const index = await from.index()
  const backups = await from.backups().then(
    (list) => list.length,
    (error: unknown) => `unavailable (${messageOf(error)})`
  )
  const host = from.host
  return ok({
    appVersion: host?.appVersion ?? 'unknown',
    edition: from.startup().edition,
    platform: host?.platform ?? 'unknown',
    storeVersion: index.schemaVersion,
    counts: {
      engagements: index.engagements.length,
      assessments: index.assessments.length,
      finalAssessments: index.assessments.filter((a) => a.status === 'final').length,
      importedBanks: index.customBanks.length,
      backups
    },
    logLines: host
      ? await host.recentLog(DIAGNOSTIC_LOG_LINES).catch((error: unknown) => [`(the log could not be read: ${messageOf(error)})`])
      : []
  })
}

/** The plain text the user pastes into a support request. */
export function diagnosticsText(d: Diagnostics): string {
  return [
    "Arm's Length diagnostic information (no engagement, assessment or answer content)",
    `Version: ${d.appVersion} (${d.edition} edition)`,
    `Platform: ${d.platform}`,
    `Store format version: ${d.storeVersion}`,
    `Engagements: ${d.counts.engagements}; assessments: ${d.counts.assessments} (${d.counts.finalAssessments} signed off); imported question banks: ${d.counts.importedBanks}; backups: ${d.counts.backups}`,
    '',
    `Log (newest ${d.logLines.length} entries):`,
    ...(d.logLines.length > 0 ? d.logLines : ['(empty)'])
  ].join('\n')
}
