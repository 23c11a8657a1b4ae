import { formatLogLine, type LogFields, type LogLevel } from './log-line'

/** What the hosts log through: event kinds with identifier fields, and unexpected errors with their stacks. */
export type AppLogger = {
  event: (kind: string, fields?: LogFields) => void
  warn: (kind: string, fields?: LogFields) => void
  error: (kind: string, error: unknown, fields?: LogFields) => void
  /** The newest log lines, oldest first (a stack counts as part of its line). */
  recent: (count: number) => Promise<string[]>
}

/**
 * An in-memory log of the newest `capacity` entries: the browser edition's log (it has no file to write
 * and writes nothing to the console), and the fallback when the desktop log file cannot be written.
 */
export function createLogRing(capacity: number, now: () => string): AppLogger {
  const lines: string[] = []
  const push = (level: LogLevel, kind: string, fields?: LogFields, error?: unknown): void => {
    lines.push(formatLogLine(now(), level, kind, fields, error))
    if (lines.length > capacity) lines.splice(0, lines.length - capacity)
  }
  return {
    event: (kind, fields) => push('info', kind, fields),
    warn: (kind, fields) => push('warn', kind, fields),
    error: (kind, error, fields) => push('error', kind, fields, error),
    recent: async (count) => lines.slice(-count)
  }
}
