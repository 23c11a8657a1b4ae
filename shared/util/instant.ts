/**
 * Orders two ISO 8601 timestamps by the instant they name. Their text is in time order only when both
 * are written the same way, as the app writes them (toISOString: UTC, milliseconds); a file may carry
 * any timestamp TimestampSchema accepts, with an offset or another precision, and
 * "2026-03-01T10:00:00+02:00" is before "2026-03-01T09:00:00Z" although its text sorts after it. Two
 * timestamps of the same millisecond, or one that does not parse, are ordered by their text, so a sort
 * stays the same every time.
 */
export function compareInstants(a: string, b: string): number {
  const difference = Date.parse(a) - Date.parse(b)
  if (difference !== 0 && !Number.isNaN(difference)) return difference
  return a < b ? -1 : a > b ? 1 : 0
}

/** Whether `a` names an earlier instant than `b` (see compareInstants). */
export const isBefore = (a: string, b: string): boolean => compareInstants(a, b) < 0

/** Whether `a` names a later instant than `b` (see compareInstants). */
export const isAfter = (a: string, b: string): boolean => compareInstants(a, b) > 0
