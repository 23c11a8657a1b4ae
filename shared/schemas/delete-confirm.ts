/**
 * Deleting an engagement that holds signed-off assessments needs its name typed. A typed name confirms
 * when it matches without surrounding spaces and in one Unicode form (NFC), otherwise exactly. The
 * delete dialog enables its button with this and the service refuses the delete with it.
 */
export function typedNameConfirms(typed: string | undefined, name: string): boolean {
  return typed !== undefined && typed.trim().normalize('NFC') === name.trim().normalize('NFC')
}
