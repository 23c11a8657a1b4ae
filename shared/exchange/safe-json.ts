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
  const twice = duplicateMember(json)
  if (twice) problems.push({ path: formatPath('', twice), reason: `The member "${twice.at(-1)}" is given twice in this object` })
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

type Frame = { object: true; names: Set<string>; name: string; expectName: boolean } | { object: false; index: number }

/**
 * The path of the first member named twice in one object, or null. JSON.parse keeps the last value
 * while an editor, a diff or another program may show the first, so a file could read one way to a
 * person and validate (fingerprint and all) another way here. One pass over text JSON.parse accepted:
 * strings are skipped whole, so only structure and member names are looked at.
 */
function duplicateMember(text: string): (string | number)[] | null {
  const stack: Frame[] = []
  // the engine's own search finds the next structural character or quote; letters and numbers are never visited one by one
  const structural = /[{}[\],"]/g
  for (let match = structural.exec(text); match !== null; match = structural.exec(text)) {
    const i = match.index
    const c = text.charCodeAt(i)
    if (c === 0x22) {
      const end = closingQuote(text, i)
      const top = stack[stack.length - 1]
      if (top?.object && top.expectName) {
        const raw = text.slice(i + 1, end)
        // an escaped spelling ("vendor\u004eame") is the same name
        const name = raw.includes('\\') ? (JSON.parse(text.slice(i, end + 1)) as string) : raw
        if (top.names.has(name)) return [...stack.slice(0, -1).map((f) => (f.object ? f.name : f.index)), name]
        top.names.add(name)
        top.name = name
        top.expectName = false
      }
      structural.lastIndex = end + 1
    } else if (c === 0x7b) stack.push({ object: true, names: new Set(), name: '', expectName: true })
    else if (c === 0x5b) stack.push({ object: false, index: 0 })
    else if (c === 0x7d || c === 0x5d) stack.pop()
    else {
      const top = stack[stack.length - 1]
      if (top?.object) top.expectName = true
      else if (top) top.index++
    }
  }
  return null
}

/** The index of the quote that ends the string opened at `open` (one preceded by an even run of backslashes). */
function closingQuote(text: string, open: number): number {
  let end = text.indexOf('"', open + 1)
  for (;;) {
    let slashes = 0
    while (text.charCodeAt(end - 1 - slashes) === 0x5c) slashes++
    if (slashes % 2 === 0) return end
    end = text.indexOf('"', end + 1)
  }
}
