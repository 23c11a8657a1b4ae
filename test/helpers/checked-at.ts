/** The time files are checked at in tests (the fake service clock's start): after every fixture's sign-off. */
export const CHECKED_AT = '2026-11-25T10:00:00.000Z'
