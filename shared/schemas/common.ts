import { z } from 'zod'

/** Calendar date without time, as typed in forms and stored (YYYY-MM-DD). */
export const IsoDateSchema = z.iso.date({ error: 'Use a date in the form YYYY-MM-DD' })

/** Instant with time zone, as stamped by the app (Date.toISOString()). */
export const TimestampSchema = z.iso.datetime({ offset: true, error: 'Use an ISO 8601 timestamp' })

export const IdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'Ids use letters, digits, "-" and "_" only')

/** Free text typed by a person: kept exactly as typed (any script), bounded to keep files sane. */
export function text(max: number) {
  return z.string().max(max, `At most ${max} characters`)
}

export function requiredText(max: number, what: string) {
  return z
    .string()
    .trim()
    .min(1, `${what} is required`)
    .max(max, `At most ${max} characters`)
}
