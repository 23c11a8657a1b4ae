import type { AppLogger } from '@shared/diagnostics/log-ring'

/** The part of `process` watched (a fake EventEmitter in tests). */
export type ErrorSource = {
  on(event: 'uncaughtException', listener: (error: Error) => void): unknown
  on(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown
}

/**
 * Logs the main process's unexpected errors with their stacks. An uncaught exception is also shown to
 * the user (Electron's own dialog goes away once a listener exists), naming the log so support can read
 * what happened; the app keeps running, since every change is written before it is acknowledged.
 */
export function watchProcessErrors(source: ErrorSource, log: Pick<AppLogger, 'error'>, tellUser: (error: Error) => void): void {
  source.on('uncaughtException', (error) => {
    log.error('uncaught-exception', error)
    tellUser(error)
  })
  source.on('unhandledRejection', (reason) => log.error('unhandled-rejection', reason))
}
