import { visibleText } from './common'

/** What a reader sees of a name, control characters dropped too: a name stored before the typed-character rule may hold a NUL no one can type. */
function seen(s: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is dropped
  return visibleText(s.replace(/[\u0000-\u001f\u007f-\u009f]/g, ''))
}

/**
 * Deleting an engagement that holds signed-off assessments needs its name typed. A typed name confirms
 * when it matches what the dialog shows of the name: the same letters in the same case, compared as a
 * reader sees them (one Unicode form, invisible and control characters dropped, spaces collapsed), so
 * a name holding a character no one can type can still be confirmed. Nothing typed never confirms.
 * The delete dialog enables its button with this and the service refuses the delete with it.
 */
export function typedNameConfirms(typed: string | undefined, name: string): boolean {
  if (typed === undefined) return false
  const typedSeen = seen(typed)
  return typedSeen !== '' && typedSeen === seen(name)
}
