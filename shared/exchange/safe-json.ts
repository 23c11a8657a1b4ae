import type { Problem } from '../util/result'
import { formatPath } from '../util/problems'

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024
export const MAX_DEPTH = 40
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/**
 * Parses untrusted JSON defensively: a size limit before parsing, then a walk that refuses deep
 * nesting and keys that could pollute prototypes when the data is later spread or merged.
 */
export function parseUntrustedJson(text: string): { ok: true; value: unknown } | { ok: false; problems: Problem[] } {
  if (text.length > MAX_IMPORT_BYTES) {
    return { ok: false, problems: [{ path: '(file)', reason: `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB` }] }
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    return { ok: false, problems: [{ path: '(file)', reason: `Not valid JSON: ${error instanceof Error ? error.message : String(error)}` }] }
  }
  const problems: Problem[] = []
  walk(value, [], 0, problems)
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value }
}

function walk(value: unknown, path: (string | number)[], depth: number, problems: Problem[]): void {
  if (problems.length >= 50 || value === null || typeof value !== 'object') return
  if (depth > MAX_DEPTH) {
    problems.push({ path: formatPath('', path), reason: `Nested more than ${MAX_DEPTH} levels deep` })
    return
  }
  if (Array.isArray(value)) {
    value.forEach((v, i) => walk(v, [...path, i], depth + 1, problems))
    return
  }
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) {
      problems.push({ path: formatPath('', [...path, key]), reason: `The key "${key}" is not allowed` })
      continue
    }
    walk((value as Record<string, unknown>)[key], [...path, key], depth + 1, problems)
  }
}
