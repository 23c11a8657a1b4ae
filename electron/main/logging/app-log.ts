import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import electronLog from 'electron-log/node'
import { formatLogFields, errorText, type LogFields } from '@shared/diagnostics/log-line'
import type { AppLogger } from '@shared/diagnostics/log-ring'

/** Rotation: at 1 MB main.log becomes main.old.log (the previous one is replaced), so at most about 2 MB. */
export const LOG_MAX_BYTES = 1024 * 1024
export const LOG_FILE_NAME = 'main.log'

export type DesktopLogger = AppLogger & { readonly file: string }

/**
 * The main process log: electron-log's file transport (rotating, synchronous appends) in
 * `<user data>/logs/main.log`. The Node flavour of electron-log is used on purpose: the Electron flavour
 * registers its own IPC channel for renderer logging, which would bypass the sender check and the one
 * typed API. Lines carry event kinds and ids only (shared/diagnostics/log-line.ts), never content.
 */
export function createDesktopLogger(options: { logsDir: string; console: boolean }): DesktopLogger {
  const file = join(options.logsDir, LOG_FILE_NAME)
  const log = electronLog.create({ logId: 'armslength-main' })
  // why: electron-log otherwise looks for a package.json to name the app, and throws if it finds none
  log.transports.file.setAppName('armslength')
  log.transports.file.resolvePathFn = () => file
  log.transports.file.maxSize = LOG_MAX_BYTES
  log.transports.file.format = '{iso} {level} {text}'
  log.transports.file.level = 'info'
  // why: development only; a packaged app has no console anyone reads
  log.transports.console.level = options.console ? 'warn' : false
  // why: nothing leaves the process: no IPC to renderers (present only inside Electron), no remote upload
  if (log.transports.ipc) log.transports.ipc.level = false
  log.transports.remote.level = false

  const line = (kind: string, fields?: LogFields): string => [kind, formatLogFields(fields)].filter(Boolean).join(' ')
  return {
    file,
    event: (kind, fields) => log.info(line(kind, fields)),
    warn: (kind, fields) => log.warn(line(kind, fields)),
    error: (kind, error, fields) => log.error(`${line(kind, fields)}\n${errorText(error)}`),
    recent: async (count) => {
      const read = (path: string) => readFile(path, 'utf8').catch(() => '')
      const [old, current] = await Promise.all([read(join(options.logsDir, 'main.old.log')), read(file)])
      return entries(`${old}${current}`).slice(-count)
    }
  }
}

const ENTRY_START = /^\d{4}-\d{2}-\d{2}T/

/** The log text as entries: a line that does not start with a timestamp (a stack frame) belongs to the entry above it. */
export function entries(text: string): string[] {
  const out: string[] = []
  for (const raw of text.split('\n')) {
    if (raw === '') continue
    if (ENTRY_START.test(raw) || out.length === 0) out.push(raw)
    else out[out.length - 1] += `\n${raw}`
  }
  return out
}
