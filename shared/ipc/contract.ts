import type { Result } from '../util/result'
import type { Engagement, EngagementFields, EngagementStatus } from '../schemas/engagement'
import type { Answer, Assessment, ReviewVerdict } from '../schemas/assessment'
import type { AssessmentKind } from '../bank/vocabulary'
import type { QuestionBank } from '../bank/bank-schema'
import type { Settings } from '../store/store-schema'
import type { AssessmentSummary } from '../store/store-index'
import type { PortfolioRow } from '../portfolio/portfolio-types'
import type { ImportDecision, ImportOutcome, ImportPreviewItem } from '../exchange/plan-import'
import type { RestoreImpact } from '../service/restore-impact'

export type BackupInfo = {
  id: string
  createdAt: string
  engagementCount: number
  sizeBytes: number
  /**
   * Taken before signed-off assessments were removed (a delete, an import, a restore): kept whatever the
   * rotation (shared/service/backup-retention.ts), because it may be the only copy of a signed record.
   */
  pinned: boolean
}

/** The answer to "Back up now": the backup of the current state, and whether it already existed. */
export type BackupMade = BackupInfo & {
  /** True when the newest backup already held exactly this state, so no second copy was stored. */
  reused: boolean
}

/** A long task the renderer follows by polling (an audit packet of many engagements). */
export type JobStatus = {
  jobId: string
  kind: 'audit-packet'
  state: 'running' | 'saving' | 'done' | 'cancelled' | 'failed'
  /** Engagements rendered so far, of `total`. */
  done: number
  total: number
  savedAs: string | null
  message: string | null
}

/** Told to the user once after start-up: what happened to a damaged data file. */
export type StoreNotice = {
  kind: 'set-aside'
  message: string
  setAsideAs: string
  /** The newest backup that opens cleanly, offered for restore. */
  offeredBackup: BackupInfo | null
}

/** The store was written by a newer version of the app: shown, never changed, until that version is used again. */
export type ReadOnlyStore = {
  storeVersion: number
  /** What happened and what to do, in words for the user. */
  message: string
}

/**
 * The one-time store upgrade (or a refresh of stale result summaries) that runs right after start:
 * every assessment is read once and its result summary computed. The renderer polls it to show
 * progress; every other read waits until it is over.
 */
export type UpgradeProgress = {
  state: 'running' | 'done' | 'failed'
  /** The older index version being upgraded; null when only stale summaries are refreshed. */
  from: number | null
  /** Assessments read so far, of `total`; never decreases. */
  done: number
  total: number
  /** failed: what happened (nothing was changed); done: what could not be read, if anything. */
  message: string | null
}

export type StartupInfo = {
  edition: 'desktop' | 'browser'
  notice: StoreNotice | null
  migratedFrom: number | null
  /** Present when every change is refused (answer code `read-only`); the screens say why. */
  readOnly: ReadOnlyStore | null
}

/**
 * The one interface through which the renderer reaches data. The preload exposes exactly this
 * (forwarding over IPC); the browser edition implements it on browser storage. Every method takes at
 * most one object argument and answers with a Result.
 */
export interface ArmsLengthApi {
  getStartupInfo: () => Promise<Result<StartupInfo>>
  /** "Copy diagnostic information" (Settings): versions, platform, counts and the newest log lines; no content. */
  getDiagnostics: () => Promise<Result<Diagnostics>>
  dismissNotice: () => Promise<Result<null>>
  listEngagements: () => Promise<Result<Engagement[]>>
  createEngagement: (req: { fields: EngagementFields }) => Promise<Result<Engagement>>
  updateEngagement: (req: { id: string; fields: EngagementFields }) => Promise<Result<Engagement>>
  setEngagementStatus: (req: { id: string; status: EngagementStatus }) => Promise<Result<Engagement>>
  /**
   * Deletes an engagement with its assessments, after a verified backup of everything. An engagement that
   * holds signed-off assessments is deleted only when `confirmName` is its name as typed by the user.
   */
  deleteEngagement: (req: { id: string; confirmName?: string | undefined }) => Promise<Result<null>>
  /** Whole assessments: of one engagement, or all (which reads every stored assessment: the portfolio, exports). */
  listAssessments: (req: { engagementId?: string | undefined }) => Promise<Result<Assessment[]>>
  /** What lists and due dates need of every assessment, from the store's index (no assessment is read). */
  listAssessmentSummaries: () => Promise<Result<AssessmentSummary[]>>
  /**
   * The portfolio dashboard's rows (every active engagement's latest result, trend and due date), from
   * the index's result summaries; only an assessment whose summary is missing or stale is read and scored.
   * `today` (YYYY-MM-DD) is the user's date, for due dates.
   */
  listPortfolio: (req: { today: string }) => Promise<Result<PortfolioRow[]>>
  /** The start-up store upgrade's progress; null when none ran. */
  getUpgradeProgress: () => Promise<Result<UpgradeProgress | null>>
  /** One assessment with its engagement and that engagement's assessments (itself included). */
  openAssessment: (req: {
    assessmentId: string
  }) => Promise<Result<{ engagement: Engagement; assessment: Assessment; siblings: Assessment[] }>>
  startAssessment: (req: {
    engagementId: string
    kind: AssessmentKind
    carryForwardFromId?: string | undefined
    title?: string | undefined
    /** The bank to answer under; the default is the newest built-in bank. */
    bank?: { id: string; version: string } | undefined
  }) => Promise<Result<Assessment>>
  /** Autosave of one answer (null clears it); also records it as the question to return to. */
  saveAnswer: (req: { assessmentId: string; questionId: string; answer: Answer | null }) => Promise<Result<{ updatedAt: string }>>
  updateAssessmentDetails: (req: {
    assessmentId: string
    title: string
    periodStart?: string | undefined
    periodEnd?: string | undefined
    assessorName: string
    reviewerName: string
  }) => Promise<Result<Assessment>>
  setLastQuestion: (req: { assessmentId: string; questionId: string }) => Promise<Result<null>>
  setReview: (req: {
    assessmentId: string
    questionId: string
    verdict: ReviewVerdict | null
    comment: string
  }) => Promise<Result<Assessment>>
  setAction: (req: {
    assessmentId: string
    questionId: string
    owner: string
    targetDate?: string | undefined
  }) => Promise<Result<Assessment>>
  setAssessmentStatus: (req: { assessmentId: string; status: 'draft' | 'in-review' }) => Promise<Result<Assessment>>
  finalizeAssessment: (req: {
    assessmentId: string
    assessorName: string
    reviewerName: string
    attestation: string
    /** Required when a finding has no verdict: why it was not reviewed (printed on the report). */
    notReviewedReason?: string | undefined
    /** Counsel's direction, when the assessment was prepared at it: the only ground for a privileged marking. */
    counselDirection?: { name: string; date: string } | undefined
  }) => Promise<Result<Assessment>>
  startRevision: (req: { assessmentId: string }) => Promise<Result<Assessment>>
  /**
   * Applies the jurisdiction profiles the engagement calls for now (a delivery country added after the
   * assessment started) to an assessment not yet final; a final one is refused (revise it instead).
   */
  applyEngagementScope: (req: { assessmentId: string }) => Promise<Result<Assessment>>
  deleteAssessment: (req: { assessmentId: string }) => Promise<Result<null>>
  /** Renders the legal review report of one assessment (in a worker) and saves it. */
  exportReportPdf: (req: { assessmentId: string }) => Promise<Result<{ savedAs: string } | null>>
  /** Starts building one audit packet PDF for the chosen engagements (all active ones when none are named). */
  startAuditPacket: (req: { engagementIds?: string[] | undefined }) => Promise<Result<{ jobId: string }>>
  getJob: (req: { jobId: string }) => Promise<Result<JobStatus>>
  /** Saves one engagement with its assessments as an engagement file (docs/file-format.md). */
  exportEngagement: (req: { engagementId: string }) => Promise<Result<{ savedAs: string } | null>>
  /** Saves the chosen engagements (all when none are named) as one bundle. */
  exportBundle: (req: { engagementIds?: string[] | undefined }) => Promise<Result<{ savedAs: string } | null>>
  /** Checks an engagement file or bundle (its text, read by the user's own choice) and lists what it would add or replace. */
  previewImport: (req: { text: string }) => Promise<Result<{ kind: 'engagement' | 'bundle'; items: ImportPreviewItem[] }>>
  /** Applies the import with a decision per conflict; all or nothing. */
  applyImport: (req: { text: string; decisions: Record<string, ImportDecision> }) => Promise<Result<ImportOutcome>>
  /** Saves the portfolio or every action plan as CSV (UTF-8 with BOM, opens in spreadsheet programs). */
  exportCsv: (req: { kind: 'portfolio' | 'action-plans' }) => Promise<Result<{ savedAs: string } | null>>
  /** Saves the whole store as a backup file. */
  exportBackup: () => Promise<Result<{ savedAs: string } | null>>
  /** Replaces the store with a backup file's content (checked like an import), after a verified backup of the current state. */
  restoreBackupFile: (req: { text: string }) => Promise<Result<{ engagementCount: number }>>
  /** Built-in and imported question banks. */
  listBanks: () => Promise<Result<QuestionBank[]>>
  /**
   * Loads earlier built-in releases of the core bank, which are not loaded at start: those among `refs`
   * (the banks of assessments about to be shown), or every one without `refs`. Answers the banks now at
   * hand, as listBanks does; an archive that cannot be loaded is an error.
   */
  loadBanks: (req: { refs?: { id: string; version: string }[] }) => Promise<Result<QuestionBank[]>>
  /** Imports a custom question bank file (checked like the built-in bank). */
  importBank: (req: { text: string }) => Promise<Result<{ id: string; version: string; alreadyPresent: boolean }>>
  getSettings: () => Promise<Result<Settings>>
  updateSettings: (req: { settings: Settings }) => Promise<Result<Settings>>
  listBackups: () => Promise<Result<BackupInfo[]>>
  backupNow: () => Promise<Result<BackupMade>>
  restoreBackup: (req: { id: string }) => Promise<Result<null>>
  /**
   * What restoring a backup (by `id`) or a backup file (its `text`) would do, changing nothing: above all,
   * every signed-off assessment present now that it lacks or holds in another state. The file is read and
   * checked as the restore reads it, so a file the restore would refuse is refused here with the same problems.
   */
  previewRestore: (req: { id: string } | { text: string }) => Promise<Result<RestoreImpact>>
}

export type ApiMethod = keyof ArmsLengthApi
export type RequestOf<M extends ApiMethod> = Parameters<ArmsLengthApi[M]>[0]
export type ValueOf<M extends ApiMethod> = Awaited<ReturnType<ArmsLengthApi[M]>> extends Result<infer T> ? T : never

/**
 * Facts for a support request, never content: no engagement, assessment, answer, note or name. The log
 * lines carry event kinds, ids and error stacks only (shared/diagnostics/log-line.ts).
 */
export type Diagnostics = {
  appVersion: string
  edition: 'desktop' | 'browser'
  platform: string
  storeVersion: number
  counts: { engagements: number; assessments: number; finalAssessments: number; importedBanks: number; backups: number | string }
  logLines: string[]
}
