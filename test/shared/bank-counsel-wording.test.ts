import { describe, expect, it } from 'vitest'
import { DEFAULT_BANK } from '@shared/bank/bank-registry'
import { helpInScope } from '@shared/report/help-in-scope'

/**
 * The bank's statements of law as employment counsel read them (review of bank 2026.3 before release): each
 * says what the source it cites says, and no more.
 */

const question = (id: string) => DEFAULT_BANK.questions.find((q) => q.id === id)!
const factor = (id: string) => DEFAULT_BANK.factors.find((f) => f.id === id)!
const source = (id: string) => DEFAULT_BANK.sources.find((s) => s.id === id)!
const profile = (id: string) => DEFAULT_BANK.profiles.find((p) => p.id === id)!

describe('Germany (AÜG)', () => {
  const germany = profile('germany')
  const texts = [
    germany.summary,
    germany.test ?? '',
    ...germany.structuralChecks.map((c) => c.description),
    ...(germany.rules ?? []).flatMap((r) => [r.title, r.verdict]),
    ...DEFAULT_BANK.questions.filter((q) => q.appliesTo?.includes('germany')).map((q) => q.help),
    ...['F-DE-DESIGNATION', 'F-DE-MAX-DURATION'].map((id) => factor(id).description)
  ]

  it('equal pay applies from the first day (§ 8), not "after nine months at the latest"', () => {
    for (const text of texts) expect(text).not.toMatch(/after nine months/)
    expect(question('DE-03').help).toMatch(/from the first day/)
    expect(factor('F-DE-MAX-DURATION').description).toMatch(/from the first day/i)
  })

  it('every statement that the agents become your employees by law names the worker’s declaration and its form (§ 9(1) and (2))', () => {
    const deeming = texts.filter((t) => /deemed|deems|employees by law/i.test(t))
    expect(deeming.length).toBeGreaterThanOrEqual(5)
    for (const text of deeming) {
      expect(text).toMatch(/declares?\b/)
      // since 2026.8: a declaration is valid only if first presented in person at an employment agency (§ 9(2) AÜG)
      expect(text).toMatch(/in person at an employment agency/)
    }
  })
})

describe('United States: no single fact or circuit test stated as a certain outcome', () => {
  it('the general rule on direct instructions says what its firing answer says, and does not call it enough on its own', () => {
    const rule = DEFAULT_BANK.generalRules!.find((r) => r.id === 'daily-direct-supervision')!
    const firing = question('SUP-01').options.find((o) => o.id === 'direct-routine')!
    expect(firing.label).toMatch(/every week or more often/)
    expect(rule.title).not.toMatch(/day to day/)
    expect(rule.verdict).toMatch(/every week or more often/)
    expect(rule.verdict).not.toMatch(/on its own/)
  })

  it('shared essential terms make a likely joint employer, with each case tied to its circuit', () => {
    const rule = profile('us-federal').rules!.find((r) => r.id === 'us-shared-essential-terms')!
    expect(rule.verdict).toMatch(/^Likely joint employer/)
    expect(rule.verdict).toMatch(/Bonnette in the 9th Circuit, Salinas in the 4th/)
  })

  it('the California bar on underpriced contracts names the only contractors it covers (Labor Code § 2810)', () => {
    for (const text of [question('CON-04').help, factor('F-PRICE-SUFFICIENCY').description, source('S-CA-LC-2810').citation]) {
      expect(text).toMatch(/construction, farm labour, garment, janitorial, security-guard (and|or) warehouse/)
    }
  })
})

describe('authorities described as they were decided', () => {
  it('Vizcaino: Microsoft conceded common-law employment; no court is said to have held it', () => {
    const mentions = [...DEFAULT_BANK.questions.map((q) => q.help), ...DEFAULT_BANK.factors.map((f) => f.description)].filter(
      (t) => /Vizcaino/.test(t) && /common-law employees/.test(t)
    )
    expect(mentions.length).toBeGreaterThanOrEqual(2)
    for (const text of mentions) {
      expect(text).toMatch(/conceded/)
      expect(text).not.toMatch(/held to be common-law employees/)
    }
    expect(source('S-VIZCAINO-1997').citation).toMatch(/conceded/)
  })

  it('Torres-Lopez was decided under the AWPA, Lepkowski dismissed at the pleading stage', () => {
    expect(source('S-TORRES-LOPEZ-1997').citation).toMatch(/AWPA\), which borrows the FLSA's definition of "employ"/)
    expect(source('S-LEPKOWSKI-2011').citation).toMatch(/Rule 12\(b\)\(6\)/)
    expect(question('INT-07').help).toMatch(/dismissed at the pleading stage/)
  })

  it('Browning-Ferris (2015) is an NLRB adjudication, cited as the Board’s and as replaced', () => {
    expect(source('S-BFI-2015').kind).toBe('judgment')
    expect(source('S-BFI-2015').superseded?.how).toBe('replaced')
    const help = question('HIR-02').help
    expect(help).not.toMatch(/Courts counted/)
    expect(help).toMatch(/The NLRB counted .* \(Browning-Ferris, 2015, since replaced\)/)
  })
})

describe('a note cut to the law applied still says why the question matters', () => {
  it('TLS-02 under Philippine law keeps why presenting agents as your employees is a risk, not only the reassurance', () => {
    const note = helpInScope(question('TLS-02').help, ['philippines'])
    expect(note).toMatch(/presenting vendor workers as your own employees/)
    expect(note).toMatch(/undermines every other boundary/)
    expect(note).not.toMatch(/\bUS\b/)
  })
})
