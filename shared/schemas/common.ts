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

/**
 * What a reader sees of a typed text: compatibility forms folded (NFKC, so a decomposed "ó" and a
 * precomposed one are the same letter), invisible format characters (zero-width space, joiners,
 * direction marks) dropped, runs of spaces collapsed and the ends trimmed. A name, reason or
 * attestation whose visible text is empty prints as a blank on a signed report.
 */
export function visibleText(s: string): string {
  return (
    s
      .normalize('NFKC')
      // format characters and every other default-ignorable one (a variation selector, a combining grapheme
      // joiner, a Hangul filler) print as nothing: "Jörg" + U+FE0F is the same name to anyone reading it
      .replace(/\p{Cf}|\p{Default_Ignorable_Code_Point}/gu, '')
      // the Braille blank prints as a space
      .replace(/\u2800/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  )
}

export function requiredText(max: number, what: string) {
  return z.string().trim().min(1, `${what} is required`).max(max, `At most ${max} characters`)
}
