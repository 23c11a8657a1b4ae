/**
 * Canonical JSON: object keys sorted by code unit, no whitespace, undefined members dropped. Two
 * equal documents always serialise to the same text, whatever order their keys were written in.
 *
 * Written as loops appending to one string (no entry arrays, no per-level join): every sign-off check
 * runs it over a whole assessment (≈ 37 kB), and an audit packet or a backup checks thousands. The
 * text is the one the plain recursive definition gives (test/shared/integrity.test.ts compares them).
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new Error('Non-finite number in canonical JSON')
    return JSON.stringify(value)
  }
  if (Array.isArray(value)) {
    let text = '['
    for (let i = 0; i < value.length; i++) {
      if (i > 0) text += ','
      const item: unknown = value[i]
      text += item === undefined ? 'null' : canonicalJson(item)
    }
    return `${text}]`
  }
  const record = value as Record<string, unknown>
  const keys = sortedKeys(record)
  let text = '{'
  let first = true
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string
    const member = record[key]
    if (member === undefined) continue
    if (!first) text += ','
    first = false
    text += `${quotedKey(key)}:${canonicalJson(member)}`
  }
  return `${text}}`
}

/** Above this many keys the built-in sort; below, an insertion sort in place (no work arrays to collect). */
const INSERTION_SORT_UP_TO = 24

/**
 * An object's keys in UTF-16 code unit order, the order canonical JSON defines (the default sort's, and
 * `<` on strings). Assessments are many small objects: the built-in sort's allocations were about a
 * third of what checking a sign-off allocated.
 */
function sortedKeys(record: Record<string, unknown>): string[] {
  const keys = Object.keys(record)
  if (keys.length > INSERTION_SORT_UP_TO) return keys.sort()
  for (let i = 1; i < keys.length; i++) {
    const key = keys[i] as string
    let j = i - 1
    for (; j >= 0 && (keys[j] as string) > key; j--) keys[j + 1] = keys[j] as string
    keys[j + 1] = key
  }
  return keys
}

/** Keys repeat across an assessment's answers (value, note, evidence…): each is quoted once, up to a bound. */
const quotedKeys = new Map<string, string>()
const QUOTED_KEYS_KEPT = 4096

function quotedKey(key: string): string {
  let quoted = quotedKeys.get(key)
  if (quoted === undefined) {
    quoted = JSON.stringify(key)
    if (quotedKeys.size < QUOTED_KEYS_KEPT) quotedKeys.set(key, quoted)
  }
  return quoted
}
