import { builtinBanks } from './builtin-banks'
import { readExchangeFile } from '@shared/exchange/validate-exchange'
import type { ExchangeFile } from '@shared/exchange/exchange-schemas'
import { messageOf, type Problem } from '@shared/util/result'
import { RefusedInput, type CliIo } from './cli-types'

export type Loaded = { ok: true; file: ExchangeFile; text: string } | { ok: false; message: string; problems: Problem[] }

/** Reads and validates an engagement file or bundle; problems carry "path: reason". */
export async function loadExchangeFile(io: CliIo, path: string): Promise<Loaded> {
  let text: string
  try {
    text = await io.readText(path)
  } catch (error) {
    return unreadable(path, error)
  }
  const read = readExchangeFile(text, await builtinBanks(), io.now().toISOString())
  return read.ok
    ? { ok: true, file: read.value, text }
    : { ok: false, message: `${path}: ${read.error.message}`, problems: read.error.problems ?? [] }
}

/** Why a file could not be read: "x.json: not a regular file (a named pipe)" for a refusal, else "Cannot read x.json" and the error. */
export function unreadable(path: string, error: unknown): Extract<Loaded, { ok: false }> {
  if (error instanceof RefusedInput) return { ok: false, message: `${path}: ${error.message}`, problems: [] }
  return { ok: false, message: `Cannot read ${path}`, problems: [{ path: '(file)', reason: describeIoError(error) }] }
}

/** The same on one line. */
export function unreadableLine(path: string, error: unknown): string {
  return error instanceof RefusedInput ? `${path}: ${error.message}` : `Cannot read ${path}: ${describeIoError(error)}`
}

export function reportProblems(io: CliIo, loaded: Extract<Loaded, { ok: false }>): void {
  io.err(loaded.message)
  for (const p of loaded.problems) io.err(`  ${p.path}: ${p.reason}`)
}

export function describeIoError(error: unknown): string {
  const code = (error as { code?: string } | null)?.code
  if (code === 'ENOENT') return 'No such file'
  if (code === 'EACCES') return 'Permission denied'
  if (code === 'EISDIR') return 'Is a folder, not a file'
  if (code === 'ENOTDIR') return 'A part of the path is a file, not a folder'
  if (code === 'EROFS') return 'Read-only file system'
  if (code === 'ENOSPC') return 'No space left on the disk (nothing was written)'
  if (code === 'EDQUOT') return 'Disk quota exceeded (nothing was written)'
  return messageOf(error)
}
