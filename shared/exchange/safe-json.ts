import { messageOf, type Problem } from '../util/result'
import { formatPath } from '../util/problems'
import { exceedsBytes } from './utf8'

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024
/**
 * A backup file is the whole store, which may hold far more than one import: 1,000 engagements of 5
 * assessments is about 60 MB (docs/performance.md), and "Save backup file" writes it indented, about
 * half as much again. A file the app saved must restore, so backups have their own, larger limit.
 */
export const MAX_BACKUP_BYTES = 512 * 1024 * 1024
export const MAX_DEPTH = 40
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/**
 * Parses untrusted JSON defensively: a size limit before parsing, then a walk that refuses deep
 * nesting and keys that could pollute prototypes when the data is later spread or merged.
 */
export function parseUntrustedJson(
  text: string,
  maxBytes: number = MAX_IMPORT_BYTES
): { ok: true; value: unknown } | { ok: false; problems: Problem[] } {
  if (exceedsBytes(text, maxBytes)) {
    return {
      ok: false,
      problems: [{ path: '(file)', reason: `The file is larger than ${maxBytes / 1024 / 1024} MB (counted in UTF-8 bytes)` }]
    }
  }
  // Editors on Windows often save UTF-8 with a byte-order mark; it is not part of the JSON.
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  let value: unknown
  try {
    value = JSON.parse(json)
  } catch (error) {
    return { ok: false, problems: [{ path: '(file)', reason: describeJsonError(json, error) }] }
  }
  const problems: Problem[] = []
  walk(value, [], 0, problems)
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value }
}

/** A JSON syntax error with where it is, as line and column (1-based), when the engine says so. */
export function describeJsonError(text: string, error: unknown): string {
  const message = messageOf(error)
  if (text.trim() === '') return 'Not valid JSON: the file is empty'
  // JSON never holds a raw zero character; UTF-16 text read as UTF-8 holds one beside every ASCII letter
  if (looksLikeUtf16(text)) return 'The file is not UTF-8: it looks like UTF-16 (a zero byte beside every character); save it as UTF-8'
  const at = /at position (\d+)/.exec(message)
  const reported = at ? Number(at[1]) : null
  const truncated = /end of (JSON )?input/i.test(message) || (reported !== null && reported >= text.trimEnd().length)
  const position = truncated ? text.trimEnd().length : reported
  if (position === null) return `Not valid JSON: ${shorten(message)}`
  const before = text.slice(0, position)
  const line = before.split('\n').length
  const column = position - before.lastIndexOf('\n')
  const what = truncated
    ? 'the text ends too early (the file may be truncated)'
    : shorten(message.replace(/ at position \d+.*$/, '').replace(/ in JSON$/, ''))
  return `Not valid JSON at line ${line}, column ${column}: ${what}`
}

/** Whether the first characters alternate with zero characters, as UTF-16 text of ASCII read as UTF-8 does. */
function looksLikeUtf16(text: string): boolean {
  const head = text.replace(/^\uFFFD{1,2}/, '').slice(0, 64)
  if (head.length < 4) return false
  const zeros = (from: number) => [...head].filter((c, i) => i % 2 === from && c === '\u0000').length
  return Math.max(zeros(0), zeros(1)) >= Math.floor(head.length / 2) - 2
}

/** Engine messages may quote the text; keep them to one readable line. */
function shorten(message: string): string {
  const oneLine = message.replace(/\s+/g, ' ').trim()
  return oneLine.length > 160 ? `${oneLine.slice(0, 157)}...` : oneLine
}

/**
 * `path` leads to `value`. It is extended and shortened in place rather than copied for every value
 * (a 50 MB file holds millions of them); a problem formats it at once.
 */
function walk(value: unknown, path: (string | number)[], depth: number, problems: Problem[]): void {
  if (problems.length >= 50 || value === null || typeof value !== 'object') return
  if (depth > MAX_DEPTH) {
    problems.push({ path: formatPath('', path), reason: `Nested more than ${MAX_DEPTH} levels deep` })
    return
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i)
      walk(value[i], path, depth + 1, problems)
      path.pop()
    }
    return
  }
  for (const key of Object.keys(value)) {
    path.push(key)
    if (FORBIDDEN_KEYS.has(key)) problems.push({ path: formatPath('', path), reason: `The key "${key}" is not allowed` })
    else walk((value as Record<string, unknown>)[key], path, depth + 1, problems)
    path.pop()
  }
}
