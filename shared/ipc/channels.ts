import type { ApiMethod } from './contract'

// No runtime imports here: the sandboxed preload bundles this file and must stay tiny.
export const CHANNELS = {
  getStartupInfo: 'app:startup-info',
  getDiagnostics: 'app:diagnostics',
  dismissNotice: 'app:dismiss-notice',
  listEngagements: 'engagement:list',
  createEngagement: 'engagement:create',
  updateEngagement: 'engagement:update',
  setEngagementStatus: 'engagement:set-status',
  deleteEngagement: 'engagement:delete',
  listAssessments: 'assessment:list',
  listAssessmentSummaries: 'assessment:list-summaries',
  listPortfolio: 'portfolio:list',
  getUpgradeProgress: 'app:upgrade-progress',
  openAssessment: 'assessment:open',
  startAssessment: 'assessment:start',
  saveAnswer: 'assessment:save-answer',
  updateAssessmentDetails: 'assessment:update-details',
  setLastQuestion: 'assessment:set-last-question',
  setReview: 'assessment:set-review',
  setAction: 'assessment:set-action',
  setAssessmentStatus: 'assessment:set-status',
  finalizeAssessment: 'assessment:finalize',
  startRevision: 'assessment:start-revision',
  deleteAssessment: 'assessment:delete',
  exportReportPdf: 'report:export-pdf',
  startAuditPacket: 'packet:start',
  getJob: 'job:get',
  exportEngagement: 'export:engagement',
  exportBundle: 'export:bundle',
  previewImport: 'import:preview',
  applyImport: 'import:apply',
  exportCsv: 'export:csv',
  exportBackup: 'backup:export',
  restoreBackupFile: 'backup:restore-file',
  listBanks: 'bank:list',
  loadBanks: 'bank:load',
  importBank: 'bank:import',
  getSettings: 'settings:get',
  updateSettings: 'settings:update',
  listBackups: 'backup:list',
  backupNow: 'backup:create',
  restoreBackup: 'backup:restore'
} as const satisfies Record<ApiMethod, `${string}:${string}`>

/** The name under which the preload exposes the API on window. */
export const API_GLOBAL = 'armslength'
