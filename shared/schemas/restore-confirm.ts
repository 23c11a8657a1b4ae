/** The word typed to confirm a restore that takes away or replaces a signed-off assessment. */
export const RESTORE_CONFIRM_WORD = 'RESTORE'

/**
 * Whether the typed text confirms the restore: the word itself, in capitals as shown, spaces around it
 * ignored. Capitals are asked for so the word cannot be typed by habit.
 */
export function typedRestoreConfirms(typed: string): boolean {
  return typed.trim() === RESTORE_CONFIRM_WORD
}
