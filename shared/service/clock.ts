/** Time and ids come from outside so shared code stays pure and tests are deterministic. */
export type Clock = {
  /** The current instant, ISO 8601 UTC. */
  now: () => string
  /**
   * Today's date where the user is (YYYY-MM-DD), for due dates and file names. Without it, the UTC date of
   * `now()`, which is a different day for part of every day outside UTC.
   */
  today?: () => string
}
export type IdSource = { newId: () => string }

export function todayOf(clock: Clock): string {
  return clock.today?.() ?? clock.now().slice(0, 10)
}
