/** Time and ids come from outside so shared code stays pure and tests are deterministic. */
export type Clock = { now: () => string }
export type IdSource = { newId: () => string }
