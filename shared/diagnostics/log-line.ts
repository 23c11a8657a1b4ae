/**
 * One line of the app's diagnostic log, the same in both hosts. It carries an event kind and
 * identifiers only (method names, error codes, record ids, counts): never answer text, notes, names of
 * vendors or people. Values are reduced to a safe character set so nothing else can slip in, and an
 * error's stack follows on its own lines.
 */
export type LogLevel = 'info' | 'warn' | 'error'

/** Identifier-like values only; anything else becomes "?" (the kind of value still shows). */
export type LogFields = Readonly<Record<string, string | number | boolean | null | undefined>>

const SAFE_VALUE = /^[A-Za-z0-9_.:/@+-]{0,120}$/

export function formatLogFields(fields: LogFields = {}): string {
  return Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => {
      const text = String(value)
      return `${key}=${SAFE_VALUE.test(text) ? text : '?'}`
    })
    .join(' ')
}

/** The text of an error for the log: its stack (which starts with its message), or its message. */
export function errorText(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`
  return `non-Error thrown: ${typeof error}`
}

export function formatLogLine(time: string, level: LogLevel, kind: string, fields?: LogFields, error?: unknown): string {
  const head = [time, level.toUpperCase(), kind, formatLogFields(fields)].filter((part) => part !== '').join(' ')
  return error === undefined ? head : `${head}\n${errorText(error)}`
}
