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
  // the default sort compares UTF-16 code units, the order canonical JSON defines
  const keys = Object.keys(record).sort()
  let text = '{'
  let first = true
  for (const key of keys) {
    const member = record[key]
    if (member === undefined) continue
    if (!first) text += ','
    first = false
    text += `${JSON.stringify(key)}:${canonicalJson(member)}`
  }
  return `${text}}`
}
