import type { ProfileEntry } from './profiles'

/** Profiles for the United States: federal law and California. */
export const PROFILES_US = [
  {
    id: 'us-federal',
    name: 'United States (federal)',
    summary:
      'Several federal tests overlap. Wage-and-hour claims (FLSA) look at who hires and fires, supervises ' +
      'and schedules, sets pay and keeps records, plus premises, integration and exclusivity, and whether the ' +
      "agents do a line job in the client's own process for a vendor with no business of its own; the Labor " +
      "Department's 2020 rule was vacated and rescinded and a new proposal was planned for late 2025. The " +
      "NLRB's 2020 rule asks whether the client actually exercises substantial direct and immediate " +
      'control over essential terms. Discrimination claims weigh hiring and firing, day-to-day supervision ' +
      'and who furnishes equipment and the workplace; tax and benefits claims use the common-law ' +
      'right-to-control test, as in Vizcaino v. Microsoft.',
    match: { countries: ['US'] },
    weightMultipliers: { 'pay-benefits': 1.2 },
    structuralChecks: [
      {
        title: 'Benefit plans exclude non-payroll workers',
        description:
          'Your benefit plan documents should exclude anyone not on your payroll even if later found to be ' +
          'your employee, so a reclassification does not open plan eligibility.'
      },
      {
        title: 'Vendor pays for all hours worked',
        description:
          'Joint employers are each liable for all minimum wage and overtime due, so check evidence that ' +
          'the vendor pays agents for all hours worked, with correct overtime classification.'
      },
      {
        title: 'Economic reality beyond formal control',
        description:
          'Whether the agents do a line job in your own process, whether the vendor has a business of its own ' +
          'beyond your account, and whether the same agents would stay with the work under another vendor: the ' +
          'facts on which courts find a client a joint employer without it hiring, paying or scheduling anyone.'
      }
    ],
    localAdvice: [
      "Keep the NLRB's essential terms — wages, benefits, hours, hiring, discharge, discipline, supervision and " +
        'direction — with the vendor in practice. Rights over them reserved in the contract count as ' +
        'supporting evidence, so remove them rather than just leaving them unused.',
      'An indemnity shifts cost but does not stop agents from claiming unpaid wages from you; ask for evidence of ' +
        'wage-and-hour compliance, not only a clause.',
      'Never ask for a named agent to be replaced for a reason linked to a protected characteristic such as age, ' +
        'accent or appearance; raise service issues with facts and let the vendor decide.',
      'The federal standard is moving (a new Labor Department joint-employer proposal was on the 2025 agenda); ' +
        'have counsel confirm which test applies in your circuit before relying on this assessment.'
    ],
    lawAsAt: '2025-11-30',
    test:
      "Joint employment under overlapping federal tests: the FLSA's economic reality (hiring and firing, " +
      'supervision and schedules, pay, records — Bonnette; whether the two firms share or codetermine ' +
      "essential terms — Salinas; a line job in the client's process that stays with the client whichever " +
      'contractor holds it, for a contractor with no business of its own — Zheng, Rutherford), the NLRB 2020 rule (substantial direct and immediate control actually ' +
      "exercised over essential terms), Title VII's hybrid test (hiring and firing, day-to-day supervision, " +
      'equipment and workplace — Butler) and the common-law right to control for tax and benefits (Vizcaino).',
    clearVerdict: "No essential term of the agents' employment is shown as controlled by you.",
    riskVerdict: "Joint employer risk: you control essential terms of the agents' employment (FLSA economic reality, NLRB 2020 rule).",
    rules: [
      {
        id: 'us-shared-essential-terms',
        kind: 'decisive',
        nature: 'employment',
        title: 'You share hiring or firing and schedules or pay',
        verdict:
          'Likely joint employer: you share or codetermine hiring or firing and schedules or pay, facts on which ' +
          "courts weighing all the circumstances under the FLSA's economic-reality test (Bonnette in the 9th " +
          'Circuit, Salinas in the 4th) have found joint employment.',
        band: 'critical',
        when: [
          {
            allOf: [
              { question: 'HIR-01', anyOf: ['client-interviews'] },
              { question: 'SCH-01', anyOf: ['client-sets'] }
            ]
          },
          {
            allOf: [
              { question: 'HIR-01', anyOf: ['client-interviews'] },
              { question: 'PAY-01', anyOf: ['client-approves-pay'] }
            ]
          },
          {
            allOf: [
              { question: 'HIR-02', anyOf: ['client-requests', 'client-removes'] },
              { question: 'SCH-01', anyOf: ['client-sets'] }
            ]
          },
          {
            allOf: [
              { question: 'HIR-02', anyOf: ['client-requests', 'client-removes'] },
              { question: 'PAY-01', anyOf: ['client-approves-pay'] }
            ]
          }
        ],
        sources: ['S-FLSA-EMPLOY', 'S-BONNETTE-1983', 'S-SALINAS-2017', 'S-NLRB-2020-RULE']
      },
      {
        // Rutherford found employment on these facts together, and Zheng held that they can make a client a
        // joint employer without formal control; weighed with the rest of the facts, so High, not Critical.
        id: 'us-line-job-conduit',
        kind: 'decisive',
        nature: 'employment',
        title: 'A line job that stays with you whoever the contractor',
        verdict:
          "Likely joint employer under the FLSA's economic-reality test: the agents do a step of your own process, " +
          'would stay with the work whichever contractor held it, and the vendor has no business of its own to ' +
          'move them to — the facts on which the Supreme Court found employment in Rutherford (Zheng).',
        band: 'high',
        when: [
          {
            allOf: [
              { question: 'US-03', anyOf: ['line-step'] },
              { question: 'US-04', anyOf: ['depends-on-us'] },
              { question: 'US-05', anyOf: ['same-people-same-work'] }
            ]
          }
        ],
        sources: ['S-FLSA-EMPLOY', 'S-RUTHERFORD-1947', 'S-ZHENG-2003', 'S-TORRES-LOPEZ-1997']
      }
    ],
    sources: [
      'S-FLSA-EMPLOY',
      'S-ZHENG-2003',
      'S-TORRES-LOPEZ-1997',
      'S-RUTHERFORD-1947',
      'S-DOL-2021-RESCISSION',
      'S-DOL-2025-AGENDA',
      'S-NLRB-2020-RULE',
      'S-CHAMBER-V-NLRB-2024',
      'S-EEOC-1997-GUIDANCE',
      'S-BUTLER-2015',
      'S-REV-RUL-87-41',
      'S-VIZCAINO-1997',
      'S-BENDSEN-2008'
    ]
  },
  {
    id: 'us-california',
    name: 'California (client in California)',
    summary:
      'California adds liability that does not depend on control: a business that obtains workers from a ' +
      'labour contractor for its usual work at its premises or worksite shares responsibility for their ' +
      "wages and workers' compensation coverage. Joint-employer claims under state law use broad " +
      'definitions (control over wages, hours or working conditions; "suffer or permit"; common-law ' +
      'employment), and individuals engaged as independent contractors face the ABC test.',
    match: { countries: [], clientUsStates: ['CA'] },
    weightMultipliers: { 'pay-benefits': 1.3, schedules: 1.2 },
    structuralChecks: [
      {
        title: 'Shared wage liability for on-site work (Labor Code 2810.3)',
        description:
          "If the vendor's agents work at your California premises or worksite on work that is part of " +
          "your usual business, you share liability for their wages and workers' compensation coverage; " +
          'check that the vendor pays correctly and is insured.'
      },
      {
        title: 'Individuals treated as independent contractors (ABC test)',
        description:
          'Anyone serving the account as an independent contractor — engaged by you or by the vendor — is ' +
          'presumed to be an employee unless all three parts of the ABC test are met.'
      }
    ],
    localAdvice: [
      'For on-site work in your usual course of business, keeping control with the vendor does not remove shared ' +
        "wage and workers' compensation liability; verify payment and coverage at least every quarter and " +
        'keep the evidence.',
      'If the price per agent-hour could not carry California wages, overtime and required benefits, renegotiate ' +
        'the price rather than rely on an indemnity.',
      'Do not engage individual agents directly as freelancers without counsel reviewing the ABC test.'
    ],
    lawAsAt: '2025-11-30',
    test:
      'Client-employer liability (Labor Code § 2810.3): a business that obtains workers from a labour ' +
      'contractor for its usual work at its premises or worksite shares liability for their wages and ' +
      'workers\' compensation, whoever controls them. Under the wage orders "employ" has three alternative ' +
      'meanings (Martinez v. Combs; Salazar): to exercise control over wages, hours or working conditions; to suffer ' +
      'or permit to work, having the power to prevent it; or to engage, creating a common-law employment relationship. ' +
      'Individuals engaged as independent contractors face the ABC test (§ 2775).',
    // Until 2026.4 "No California client-employer or ABC-test exposure": the ABC test is employment, not an exposure
    // Until the counsel review of 2026.5 this named only § 2810.3 and the ABC test, though the wage-order rule is this law's too
    clearVerdict:
      "Neither California's client-employer liability (§ 2810.3), the wage orders' test of who employs agents working in " +
      'California, nor the ABC test is engaged on these answers.',
    riskVerdict: "Control over wages, hours or working conditions of the kind California's joint-employer definitions look for.",
    rules: [
      {
        id: 'ca-client-employer',
        kind: 'gate',
        nature: 'exposure',
        title: 'On-site work in your usual course of business (§ 2810.3)',
        verdict:
          "Client employer under Labor Code § 2810.3: you share liability for the agents' wages and workers' " +
          'compensation, whoever controls them. This is not employment by you.',
        band: 'moderate',
        when: [{ allOf: [{ question: 'CA-01', anyOf: ['on-site-verified', 'on-site-unverified'] }] }],
        sources: ['S-CA-LC-2810-3']
      },
      {
        id: 'ca-abc-test',
        kind: 'gate',
        nature: 'employment',
        title: 'Individuals you engage directly as contractors',
        verdict: 'ABC test (Labor Code § 2775): individuals you engage directly as contractors are presumed to be your employees.',
        band: 'high',
        when: [{ allOf: [{ question: 'CA-02', anyOf: ['client-contractors'] }] }],
        sources: ['S-CA-AB5-2019']
      },
      // Since 2026.5. The wage orders define "employ" three alternative ways (Martinez v. Combs), but they reach only work
      // done in California (Tidewater; Sullivan v. Oracle): the only answer that places agents in California is CA-01's
      // "at your California premises or worksite", so the rule needs it. An exclusion counsel confirmed under § 2810.3
      // also places them there, but it scores 0 like "not on site" and a rule must fire on every answer at least as
      // risky as one it names (check-bank.ts), so it cannot be named. Of the three meanings the bank asks the first
      // fact by fact: control over an individual's pay (PAY-01) or hours (SCH-01). PAY-04 is left out: paying is not
      // control over the rate (until 2026.7 its "top-ups", prizes included, also tied with "on our payroll").
      // Removal requests (HIR-02) are not "suffer or permit", whose power is to prevent the work, not one worker's part
      // in it; common-law employment (Borello) weighs many factors and is left to the points.
      {
        id: 'ca-wage-order-employ',
        kind: 'decisive',
        nature: 'employment',
        title: 'You control the pay or hours of agents working in California',
        verdict:
          'Employer for minimum-wage and overtime claims (Labor Code § 1194) under the California wage orders as ' +
          'Martinez v. Combs reads "employ", on its first limb: agents work at your California premises and you ' +
          'exercise control over their pay or hours. Other Labor Code claims may use the common-law test instead ' +
          '(Futrell v. Payday California).',
        band: 'critical',
        when: [
          {
            allOf: [
              { question: 'CA-01', anyOf: ['on-site-verified', 'on-site-unverified'] },
              { question: 'PAY-01', anyOf: ['client-approves-pay'] }
            ]
          },
          {
            allOf: [
              { question: 'CA-01', anyOf: ['on-site-verified', 'on-site-unverified'] },
              { question: 'SCH-01', anyOf: ['client-sets'] }
            ]
          }
        ],
        sources: ['S-CA-MARTINEZ-2010', 'S-SALAZAR-2019', 'S-CA-SULLIVAN-2011', 'S-CA-FUTRELL-2010']
      }
    ],
    sources: [
      'S-CA-LC-2810-3',
      'S-CA-LC-2810',
      'S-CA-AB5-2019',
      'S-CA-MARTINEZ-2010',
      'S-SALAZAR-2019',
      'S-CA-SULLIVAN-2011',
      'S-CA-FUTRELL-2010'
    ]
  }
] as const satisfies readonly ProfileEntry[]
