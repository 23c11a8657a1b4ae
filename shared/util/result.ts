/** Expected failures travel as values; `throw` is reserved for bugs. */
export type AppErrorCode =
  'invalid-request' | 'invalid-file' | 'not-found' | 'conflict' | 'io-failed' | 'cancelled' | 'forbidden' | 'read-only' | 'internal'

export type Problem = { path: string; reason: string }

export type AppError = { code: AppErrorCode; message: string; problems?: Problem[] }

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError }

export function ok<T>(value: T): Result<T> {
  return { ok: true, value }
}

export function fail<T = never>(code: AppErrorCode, message: string, problems?: Problem[]): Result<T> {
  return problems ? { ok: false, error: { code, message, problems } } : { ok: false, error: { code, message } }
}

export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${String(value)}`)
}

/** The message of anything thrown, for a Result's text. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
