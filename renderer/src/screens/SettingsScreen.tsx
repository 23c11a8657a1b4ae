import { useCallback, useEffect, useRef, useState } from 'react'
import type { BackupInfo } from '@shared/ipc/contract'
import { useApi } from '../hooks/api-context'
import { RestoreDialog } from '../components/settings/RestoreDialog'
import type { RestoreImpact } from '@shared/service/restore-impact'
import { ExchangeCard } from '../components/settings/ExchangeCard'
import { ReportSettingsCard } from '../components/settings/ReportSettingsCard'
import { BanksCard } from '../components/settings/BanksCard'
import { BrowserStorageCard } from '../components/settings/BrowserStorageCard'
import { DiagnosticsCard } from '../components/settings/DiagnosticsCard'
import { formatDateTime } from '../format'
import { plural } from '@shared/report/labels'
import { JsonFileField } from '../components/JsonFileField'
import { StatusLine } from '../components/StatusLine'
import { useReloadAll } from '../hooks/banks-context'
import { BACKUP_RETENTION } from '@shared/service/backup-retention'
import { MAX_BACKUP_BYTES } from '@shared/exchange/safe-json'
import { tooLarge } from '../file-size'
import { readFileText } from '../read-file-text'

export function SettingsScreen(): React.JSX.Element {
  const api = useApi()
  const reloadAll = useReloadAll()
  const [backups, setBackups] = useState<BackupInfo[] | null>(null)
  /** The restore being confirmed: what it would change (asked of the service first) and how to run it. */
  const [restoring, setRestoring] = useState<{ title: string; source: string; impact: RestoreImpact; run: () => Promise<void> } | null>(
    null
  )
  const [message, setMessage] = useState('')
  const [error, setError] = useState<string | null>(null)
  // why: a restore closes its dialog and reloads every list, so what had focus (the backup's Restore
  // button, the file field) is gone or stale and focus fell to <body>; it goes to the outcome instead
  const statusRef = useRef<HTMLParagraphElement>(null)
  const errorRef = useRef<HTMLParagraphElement>(null)
  const [focusOutcome, setFocusOutcome] = useState(0)
  useEffect(() => {
    if (focusOutcome === 0) return
    ;(errorRef.current ?? statusRef.current)?.focus()
  }, [focusOutcome])

  const reload = useCallback(async () => {
    const r = await api.listBackups()
    if (r.ok) setBackups(r.value)
    else setError(r.error.message)
  }, [api])

  useEffect(() => {
    void reload()
  }, [reload])

  async function backupNow(): Promise<void> {
    const r = await api.backupNow()
    if (!r.ok) return setError(r.error.message)
    setError(null)
    setMessage(
      r.value.reused
        ? `Nothing changed since the backup of ${formatDateTime(r.value.createdAt)}; it was checked and no second copy was made.`
        : `Backup made at ${formatDateTime(r.value.createdAt)} and checked.`
    )
    await reload()
  }

  /** Asks the service what the restore would change, then opens the dialog that lists it; a file it refuses is refused here. */
  async function askRestore(
    request: { id: string } | { text: string },
    what: { title: string; source: string; failurePrefix: string },
    run: (impact: RestoreImpact) => Promise<void>
  ): Promise<void> {
    setError(null)
    setMessage('Checking what the restore would change…')
    const r = await api.previewRestore(request)
    if (!r.ok) return setProblem({ ...r.error, message: `${what.failurePrefix}${r.error.message}` })
    setMessage('')
    setRestoring({ title: what.title, source: what.source, impact: r.value, run: () => run(r.value) })
  }

  /** Where the data as it was went: the safety copy made just before, kept always when it holds a signed-off assessment. */
  function safetyCopyNote(impact: RestoreImpact): string {
    return impact.signedOff.length > 0
      ? 'Your data as it was, with the signed-off assessments this backup lacked, is in the backup made just before the restore: listed below, kept always.'
      : 'Your data as it was is in the backup made just before the restore, listed below.'
  }

  async function restore(b: BackupInfo, impact: RestoreImpact): Promise<void> {
    const r = await api.restoreBackup({ id: b.id })
    if (!r.ok) {
      setProblem(r.error)
      return setFocusOutcome((n) => n + 1)
    }
    setError(null)
    setMessage(`Restored the backup from ${formatDateTime(b.createdAt)}. ${safetyCopyNote(impact)}`)
    await Promise.all([reload(), reloadAll()])
    setFocusOutcome((n) => n + 1)
  }

  async function saveBackupFile(): Promise<void> {
    const r = await api.exportBackup()
    if (!r.ok) return setError(r.error.message)
    setMessage(r.value ? `Backup saved as ${r.value.savedAs}.` : 'Backup cancelled.')
  }

  async function restoreFile(file: { name: string; text: string }, impact: RestoreImpact): Promise<void> {
    const r = await api.restoreBackupFile({ text: file.text })
    if (!r.ok) {
      setProblem({ ...r.error, message: `${file.name}: ${r.error.message}` })
      return setFocusOutcome((n) => n + 1)
    }
    setError(null)
    setMessage(`Restored ${file.name} (${plural(r.value.engagementCount, 'engagement')}). ${safetyCopyNote(impact)}`)
    await Promise.all([reload(), reloadAll()])
    setFocusOutcome((n) => n + 1)
  }

  /** A refused restore says what and where: the first problems found, as import lists them. */
  function setProblem(failure: { message: string; problems?: readonly { path: string; reason: string }[] }): void {
    const listed = (failure.problems ?? []).slice(0, 5).map((p) => `${p.path}: ${p.reason}`)
    const more = (failure.problems?.length ?? 0) > listed.length ? `\n… and ${(failure.problems?.length ?? 0) - listed.length} more.` : ''
    setMessage('')
    setError([failure.message, ...listed].join('\n') + more)
  }

  return (
    <>
      <h1>Settings &amp; backups</h1>
      <BrowserStorageCard />
      <ExchangeCard onImported={() => void Promise.all([reload(), reloadAll()])} />
      <section className="card" aria-labelledby="backups-title">
        <div className="page-head">
          <div>
            <h2 id="backups-title">Backups</h2>
            <p className="lede">
              A backup is made shortly after the app opens your data if anything changed, and before anything is deleted, replaced or
              restored; each is read back and checked, and an unchanged state is not stored twice. Kept: the newest{' '}
              {BACKUP_RETENTION.newest}, the last of each day for {BACKUP_RETENTION.dailyForDays} days, the last of each month for{' '}
              {BACKUP_RETENTION.monthlyForMonths} months, and every backup taken before signed-off assessments were removed.
            </p>
          </div>
          <div className="button-row">
            <button type="button" className="button primary" onClick={() => void backupNow()}>
              Back up now
            </button>
            <button type="button" className="button" onClick={() => void saveBackupFile()}>
              Save a backup file…
            </button>
          </div>
        </div>
        <JsonFileField
          id="restore-file"
          label="Restore from a backup file"
          onFile={(file) =>
            // a file over the limit is not read into the page at all (its size is known before reading)
            file.size > MAX_BACKUP_BYTES
              ? setError(`${file.name}: ${tooLarge(file.size, MAX_BACKUP_BYTES)}.`)
              : void readFileText(file).then((read) =>
                  read.ok
                    ? askRestore(
                        { text: read.text },
                        { title: 'Restore from this file?', source: `the content of ${file.name}`, failurePrefix: `${file.name}: ` },
                        (impact) => restoreFile({ name: file.name, text: read.text }, impact)
                      )
                    : setError(`${file.name}: ${read.reason}.`)
                )
          }
        />
        <StatusLine focusRef={statusRef}>{message}</StatusLine>
        {error && (
          <p className="banner banner-error preserve-lines" role="alert" ref={errorRef} tabIndex={-1}>
            {error}
          </p>
        )}
        {backups === null ? (
          <p>Loading…</p>
        ) : backups.length === 0 ? (
          <p>No backups yet.</p>
        ) : (
          <table className="data-table">
            <caption className="visually-hidden">Backups</caption>
            <thead>
              <tr>
                <th scope="col">Made</th>
                <th scope="col" className="num">
                  Engagements
                </th>
                <th scope="col" className="num">
                  Size
                </th>
                <th scope="col">Kept</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {backups.map((b) => (
                <tr key={b.id}>
                  <td>{formatDateTime(b.createdAt)}</td>
                  <td className="num">{b.engagementCount}</td>
                  <td className="num">{(b.sizeBytes / 1024).toFixed(1)} KB</td>
                  <td>{b.pinned ? 'Always (taken before signed-off assessments were removed)' : 'By the rotation'}</td>
                  <td>
                    <button
                      type="button"
                      className="button subtle"
                      onClick={() =>
                        void askRestore(
                          { id: b.id },
                          {
                            title: 'Restore this backup?',
                            source: `the backup from ${formatDateTime(b.createdAt)}`,
                            failurePrefix: ''
                          },
                          (impact) => restore(b, impact)
                        )
                      }
                    >
                      Restore<span className="visually-hidden"> backup from {formatDateTime(b.createdAt)}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <ReportSettingsCard />
      <BanksCard />
      <DiagnosticsCard />
      <RestoreDialog
        restoring={restoring}
        onConfirm={() => {
          const run = restoring?.run
          setRestoring(null)
          void run?.()
        }}
        onCancel={() => setRestoring(null)}
      />
    </>
  )
}
