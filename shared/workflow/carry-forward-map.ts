import type { BankRef } from '../bank/bank-registry'

/**
 * How an answer given under one release of a bank becomes an answer under the next, so last year's
 * answers carry into a new bank version instead of being dropped.
 *
 * - A question not listed keeps its id, and each option its id (when the new question still has it).
 * - A listed question moves to every target it names (one old question may become two new ones).
 * - An option listed in a map has a changed meaning: it maps to the named option, or to `null` when no
 *   single new option says the same thing. Either way the carried answer says so in its note, and with
 *   `null` no option is chosen — the person must choose again; we never guess a fact.
 */
export type OptionMap = Readonly<Record<string, string | null>>

export type QuestionMove = {
  to: string
  options?: OptionMap
  contractOptions?: OptionMap
}

export type BankMigration = {
  from: BankRef
  to: BankRef
  moves: Readonly<Record<string, readonly QuestionMove[]>>
}

/** armslength-core 2026.1 → 2026.2 (issue 11 item 4): new facts asked, bundled options split. */
const CORE_2026_1_TO_2026_2: BankMigration = {
  from: { id: 'armslength-core', version: '2026.1' },
  to: { id: 'armslength-core', version: '2026.2' },
  moves: {
    // "Do the agents work only on your account?" asked two facts; it became INT-07 (share of working time)
    // and INT-08 (who decides which individuals stay).
    'INT-04': [
      { to: 'INT-07', options: { shared: null, 'dedicated-vendor-moves': 'all', 'dedicated-fixed': 'all' } },
      { to: 'INT-08', options: { shared: null, 'dedicated-vendor-moves': 'vendor-moves', 'dedicated-fixed': 'named-expected' } }
    ],
    // "We pay or decide bonuses": paying agents directly is now PAY-04; PAY-02 keeps deciding.
    'PAY-02': [{ to: 'PAY-02', options: { 'client-pays-bonuses': 'client-decides-bonuses' } }],
    // "Directly related" no longer bundles the vendor's capital and control (PH-02, PH-05 ask those).
    'PH-03': [{ to: 'PH-03', options: { 'related-vendor-controls': 'related', 'related-weak': 'related' } }],
    // "Supplies people we direct and is not registered" asked two facts: registration stays in PH-01,
    // who directs the agents is PH-05.
    'PH-01': [
      { to: 'PH-01', options: { 'unregistered-supply': 'unregistered' } },
      { to: 'PH-05', options: { 'unregistered-supply': 'client-controls' } }
    ],
    // "Not designated or no licence" is split by whether the vendor holds a licence: choose again.
    'DE-02': [{ to: 'DE-02', options: { 'undisclosed-leasing': null } }]
  }
}

/** armslength-core 2026.2 → 2026.3 (issue 11): questions added; every 2026.2 answer keeps its meaning. */
const CORE_2026_2_TO_2026_3: BankMigration = {
  from: { id: 'armslength-core', version: '2026.2' },
  to: { id: 'armslength-core', version: '2026.3' },
  moves: {}
}

/**
 * armslength-core 2026.3 → 2026.4 (counsel's AÜG corrections, DECISIONS 138): no question or option changed
 * its meaning, so every answer keeps its question and option. What the law makes of some answers changed
 * (concealed leasing, leasing in substance), which is the point of carrying them: they are re-scored. DE-03
 * no longer accepts N/A; an N/A given under 2026.3 is carried as a note to answer from (carry-forward.ts).
 */
const CORE_2026_3_TO_2026_4: BankMigration = {
  from: { id: 'armslength-core', version: '2026.3' },
  to: { id: 'armslength-core', version: '2026.4' },
  moves: {}
}

/**
 * armslength-core 2026.4 → 2026.5 (employment counsel's review of the verdicts): no question or option changed, so
 * every answer keeps its question and option. Verdict wording changed (UK clear verdict, the Philippine registration
 * presumption), under UK and Indian law the answers alone now stop at High until that law's own test is met, and California
 * encodes its wage-order "employ" (Martinez v. Combs) for agents working at the client's California premises.
 */
const CORE_2026_4_TO_2026_5: BankMigration = {
  from: { id: 'armslength-core', version: '2026.4' },
  to: { id: 'armslength-core', version: '2026.5' },
  moves: {}
}

/**
 * armslength-core 2026.5 → 2026.6 (counsel: the Philippine registration presumption can be rebutted): no question or
 * option changed its meaning, so every answer carries as it is and is re-scored under the rule's new `unless`.
 */
const CORE_2026_5_TO_2026_6: BankMigration = {
  from: { id: 'armslength-core', version: '2026.5' },
  to: { id: 'armslength-core', version: '2026.6' },
  moves: {}
}

/**
 * armslength-core 2026.6 → 2026.7 (employment counsel's open points): PAY-04's "top-ups" bundled occasional prizes with
 * allowances paid every pay period; the first are now "occasional-awards" (evidence), the second part of "client-payroll"
 * (wages or a regular part of the pay). No single new option says what a 2026.6 "top-ups" answer meant, so it carries as a
 * note and PAY-04 must be answered again. "client-payroll" keeps its id: what it said is still true under the wider label.
 * Every other answer carries as it is and is re-scored (India's discipline rule, PH-03 out of the action plan).
 */
const CORE_2026_6_TO_2026_7: BankMigration = {
  from: { id: 'armslength-core', version: '2026.6' },
  to: { id: 'armslength-core', version: '2026.7' },
  moves: {
    'PAY-04': [{ to: 'PAY-04', options: { 'top-ups': null } }]
  }
}

/**
 * armslength-core 2026.7 → 2026.8: no question changed (2026.8 counts a carried answer as settled only once confirmed,
 * `carriedNeedConfirming`), so every answer carries as it is.
 */
const CORE_2026_7_TO_2026_8: BankMigration = {
  from: { id: 'armslength-core', version: '2026.7' },
  to: { id: 'armslength-core', version: '2026.8' },
  moves: {}
}

export const BANK_MIGRATIONS: readonly BankMigration[] = [
  CORE_2026_1_TO_2026_2,
  CORE_2026_2_TO_2026_3,
  CORE_2026_3_TO_2026_4,
  CORE_2026_4_TO_2026_5,
  CORE_2026_5_TO_2026_6,
  CORE_2026_6_TO_2026_7,
  CORE_2026_7_TO_2026_8
]

const same = (a: BankRef, b: BankRef) => a.id === b.id && a.version === b.version

/** The migrations that lead from one bank release to another, in order; null when there is no path. */
export function migrationPath(from: BankRef, to: BankRef, migrations: readonly BankMigration[] = BANK_MIGRATIONS): BankMigration[] | null {
  const path: BankMigration[] = []
  let at = from
  while (!same(at, to)) {
    const next = migrations.find((m) => same(m.from, at))
    if (!next || path.includes(next)) return null
    path.push(next)
    at = next.to
  }
  return path
}
