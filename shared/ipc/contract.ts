import type { Result } from '../util/result'
import type { Engagement, EngagementFields, EngagementStatus } from '../schemas/engagement'

export type BackupInfo = {
  id: string
  createdAt: string
  engagementCount: number
  sizeBytes: number
}

/** Told to the user once after start-up: what happened to a damaged data file. */
export type StoreNotice = {
  kind: 'set-aside'
  message: string
  setAsideAs: string
  /** The newest backup that opens cleanly, offered for restore. */
  offeredBackup: BackupInfo | null
}

export type StartupInfo = {
  edition: 'desktop' | 'browser'
  notice: StoreNotice | null
  migratedFrom: number | null
}

/**
 * The one interface through which the renderer reaches data. The preload exposes exactly this
 * (forwarding over IPC); the browser edition implements it on browser storage. Every method takes at
 * most one object argument and answers with a Result.
 */
export interface ArmsLengthApi {
  getStartupInfo: () => Promise<Result<StartupInfo>>
  dismissNotice: () => Promise<Result<null>>
  listEngagements: () => Promise<Result<Engagement[]>>
  createEngagement: (req: { fields: EngagementFields }) => Promise<Result<Engagement>>
  updateEngagement: (req: { id: string; fields: EngagementFields }) => Promise<Result<Engagement>>
  setEngagementStatus: (req: { id: string; status: EngagementStatus }) => Promise<Result<Engagement>>
  deleteEngagement: (req: { id: string }) => Promise<Result<null>>
  listBackups: () => Promise<Result<BackupInfo[]>>
  backupNow: () => Promise<Result<BackupInfo>>
  restoreBackup: (req: { id: string }) => Promise<Result<null>>
}

export type ApiMethod = keyof ArmsLengthApi
export type RequestOf<M extends ApiMethod> = Parameters<ArmsLengthApi[M]>[0]
export type ValueOf<M extends ApiMethod> = Awaited<ReturnType<ArmsLengthApi[M]>> extends Result<infer T> ? T : never
