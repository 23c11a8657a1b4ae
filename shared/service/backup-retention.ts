import type { BackupInfo } from '../ipc/contract'

/**
 * Which rolling backups to keep: the newest few, the newest of each of the last days, the newest of each
 * of the last months, and every pinned one (taken before signed-off assessments were removed).
 * "Newest ten" alone let ten clicks in a minute push out every older state; with tiers a burst can
 * only replace today's copies, and yesterday's, last week's and last month's stay.
 * One rule for both editions: the service applies it after each backup it writes.
 */
export const BACKUP_RETENTION = { newest: 10, dailyForDays: 14, monthlyForMonths: 12 } as const

export type Retention = { newest: number; dailyForDays: number; monthlyForMonths: number }

/** The ids of backups the retention rule lets go, given the time now (ISO). Never a pinned one. */
export function backupsToRemove(backups: readonly BackupInfo[], now: string, rule: Retention = BACKUP_RETENTION): string[] {
  const ordered = [...backups].sort(newestFirst)
  const keep = new Set<string>()
  ordered.slice(0, rule.newest).forEach((b) => keep.add(b.id))
  const today = dayNumber(now)
  const thisMonth = monthNumber(now)
  const daysSeen = new Set<number>()
  const monthsSeen = new Set<number>()
  for (const b of ordered) {
    if (b.pinned) keep.add(b.id)
    const day = dayNumber(b.createdAt)
    // newest first, so the first backup met of a day or month is that day's or month's newest
    if (today - day < rule.dailyForDays && !daysSeen.has(day)) {
      daysSeen.add(day)
      keep.add(b.id)
    }
    const month = monthNumber(b.createdAt)
    if (thisMonth - month < rule.monthlyForMonths && !monthsSeen.has(month)) {
      monthsSeen.add(month)
      keep.add(b.id)
    }
  }
  return ordered.filter((b) => !keep.has(b.id)).map((b) => b.id)
}

function newestFirst(a: BackupInfo, b: BackupInfo): number {
  if (a.createdAt !== b.createdAt) return Date.parse(b.createdAt) - Date.parse(a.createdAt)
  // two backups of one millisecond: any fixed order will do, as long as it is the same every time
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0
}

/** Days since the epoch, in UTC: a backup's day does not move with the time zone the app runs in. */
function dayNumber(iso: string): number {
  return Math.floor(Date.parse(iso) / 86_400_000)
}

function monthNumber(iso: string): number {
  const at = new Date(Date.parse(iso))
  return at.getUTCFullYear() * 12 + at.getUTCMonth()
}
