import type { ProfileEntry, RuleEntry } from './profiles'

type RuleClause = RuleEntry['when'][number]['allOf'][number]

/**
 * The facts that make an arrangement labour leasing in substance (§ 1(1) sentence 2 AÜG: integrated and subject to
 * the hirer's instructions), one group each. Two German rules read them: the employment finding where the leasing
 * is not designated and licensed, and the exposure of designated leasing.
 */
/** The agents integrated into your organisation (§ 1(1) sentence 2 AÜG's "eingegliedert"), one clause group each. */
const INTEGRATED: readonly (readonly RuleClause[])[] = [
  [{ question: 'INT-06', anyOf: ['in-our-teams'] }],
  [{ question: 'INT-02', anyOf: ['no-vendor-supervisor', 'indistinguishable'] }]
]

const LEASING_IN_SUBSTANCE: readonly (readonly RuleClause[])[] = [
  [
    { question: 'SUP-01', anyOf: ['direct-routine'] },
    { question: 'INT-06', anyOf: ['in-our-teams'] }
  ],
  [
    { question: 'SUP-01', anyOf: ['direct-routine'] },
    { question: 'INT-02', anyOf: ['no-vendor-supervisor', 'indistinguishable'] }
  ],
  // telling an individual agent which tasks to work and in what order is a person-related instruction, as much as how to work
  [
    { question: 'SUP-02', anyOf: ['task-level', 'method-level'] },
    { question: 'INT-06', anyOf: ['in-our-teams'] }
  ],
  [{ question: 'DE-01', anyOf: ['people-supply'] }]
]

/**
 * The worker's way out of the deemed employment, with the form the law gives it (§ 9(1) and (2) AÜG): a signed letter the
 * vendor collects is not a valid declaration (employment counsel's review).
 */
const STAYS_WITH_VENDOR =
  'unless the worker declares, in the form § 9(2) requires (in person at an employment agency first), that he or she ' +
  'stays with the vendor'

/** DE-02 says the leasing is not designated as such (a service contract with person-related instructions) or not licensed. */
const NOT_DESIGNATED_AND_LICENSED: RuleClause = {
  question: 'DE-02',
  anyOf: ['occasional-person-instructions', 'undesignated-licensed', 'unlicensed']
}

/** Profiles for Europe: Germany and the United Kingdom. */
export const PROFILES_EUROPE = [
  {
    id: 'germany',
    name: 'Germany',
    summary:
      "German law decides by actual performance, not the contract's label. Under a genuine contract for " +
      "work or services the vendor organises the work and answers for the result; if the client's staff " +
      'give person-related instructions (tasks, sequence, working time, place) and the agents are ' +
      "integrated into the client's operations, it is labour leasing. Leasing must be designated and " +
      'disclosed, the vendor licensed, and one worker may be leased for at most 18 months unless a ' +
      'collective agreement sets another maximum. Concealed or unlicensed leasing can be fined, and it ' +
      "makes the agents the client's employees by law unless an agent declares in writing that he or she " +
      'stays with the vendor, in the form § 9(2) AÜG requires (presented in person at an employment agency office first).',
    match: { countries: ['DE'] },
    weightMultipliers: {
      supervision: 1.5,
      schedules: 1.3,
      integration: 1.3,
      'tools-access': 1.2,
      structural: 1.3
    },
    structuralChecks: [
      {
        title: 'Genuine service contract',
        description:
          'The contract defines a service or result that the vendor organises and answers for, and in ' +
          'practice your staff give only work-related instructions about that result.'
      },
      {
        title: 'Designation, disclosure and licence if it is leasing',
        description:
          'If your staff direct the agents personally, the arrangement is expressly designated as leasing, ' +
          'each worker is named before assignment, and the vendor holds a leasing licence.'
      },
      {
        title: '18-month maximum and equal pay',
        description:
          'In a leasing arrangement no individual works for you beyond 18 months (or the maximum a collective ' +
          'agreement sets), and each leased worker gets the same pay as your comparable employees from the ' +
          'first day, unless a collective agreement defers it for up to nine months, or up to 15 months under ' +
          'a sector surcharge agreement (§ 8 AÜG).'
      }
    ],
    localAdvice: [
      'Writing "the vendor directs its staff" into the contract does not cure person-related instructions, ' +
        'because actual performance prevails. Either stop giving them, or — where you genuinely need to ' +
        'direct people — use an expressly designated, licensed leasing arrangement.',
      "Passing the same person-related instruction through the vendor's team lead does not change its nature. " +
        'Give work-related requirements (what result, which acceptance criteria) and leave tasks, ' +
        'sequence, working time and place to the vendor.',
      'Keep the organisations visibly separate: a vendor supervisor or point of contact, its own team space and, ' +
        "where feasible, its own equipment; do not put agents on your teams' rosters.",
      'Works councils have information rights about external personnel; involve yours.',
      "The Federal Employment Agency's view of remote work from abroad changed in 2024 and again in 2025; if " +
        'German staff direct agents working outside Germany, have counsel check even though this profile ' +
        'is only switched on by delivery from Germany.'
    ],
    lawAsAt: '2025-11-30',
    test:
      'Contract for work or services, or labour leasing (§ 611a BGB; AÜG): decided by actual performance, not ' +
      'the label. Person-related instructions (tasks, sequence, working time, place) and integration into ' +
      'your operations make it leasing. Since 1 April 2017 leasing must be designated and disclosed ' +
      'beforehand and a licence no longer cures a concealed arrangement: the law deems an employment ' +
      'relationship with you (§§ 9, 10 AÜG), as it does beyond the maximum leasing period (18 months, which a ' +
      'collective agreement may vary). The worker may instead declare in writing, within a month, that he or she ' +
      'stays with the vendor, valid only if first presented in person at an employment agency office (§ 9(1) and (2) ' +
      'AÜG). Leasing designated and licensed is lawful and not employment by you, ' +
      'but each leased worker is owed equal treatment (§ 8 AÜG) and the maximum period applies.',
    clearVerdict:
      'No indicator of labour leasing fired on the answers given; nothing given marks person-related instructions or integration.',
    riskVerdict: 'Person-related control of the kind that marks labour leasing under the AÜG.',
    rules: [
      // Since 2026.4 also "a service contract, but our staff sometimes tell agents what to do": person-related
      // instructions make it leasing (§ 1(1) sentence 2 AÜG) whatever the contract says (§ 12(1) sentence 2), and
      // leasing not designated as such is deemed employment (§ 9(1) no. 1a, § 10(1)). Since 2026.8 only with the
      // agents integrated into your organisation: § 1(1) sentence 2 asks for both, and occasional instructions to agents
      // the vendor still organises are evidence, not leasing (employment counsel's review). Staff who "direct the agents
      // personally" (the other two answers) state both.
      {
        id: 'de-concealed-leasing',
        kind: 'gate',
        nature: 'employment',
        title: 'Leasing that is not designated, or not licensed',
        verdict:
          `Deemed employment relationship with you under §§ 9, 10 AÜG, ${STAYS_WITH_VENDOR}: concealed or unlicensed leasing, ` +
          'which a reserve licence no longer cures. Person-related instructions to agents integrated into your ' +
          'organisation are leasing not designated as such.',
        band: 'critical',
        when: [
          { allOf: [{ question: 'DE-02', anyOf: ['undesignated-licensed', 'unlicensed'] }] },
          // the bank's check asks each clause to name every riskier answer too: those fire alone above anyway
          ...INTEGRATED.map((integrated) => ({ allOf: [NOT_DESIGNATED_AND_LICENSED, ...integrated] }))
        ],
        sources: ['S-DE-AUG-9-10', 'S-DE-AUG-1', 'S-DE-AUG-12', 'S-DE-AUG-2017', 'S-DE-BAG-2016']
      },
      {
        id: 'de-maximum-period',
        kind: 'gate',
        nature: 'employment',
        title: 'An individual leased to you beyond the maximum period',
        verdict:
          `Deemed employment relationship with you under §§ 9, 10 AÜG, ${STAYS_WITH_VENDOR}: an assignment beyond the maximum period (18 months ` +
          'unless a collective agreement sets another).',
        band: 'critical',
        when: [{ allOf: [{ question: 'DE-03', anyOf: ['exceeded'] }] }],
        sources: ['S-DE-AUG-9-10', 'S-DE-AUG-1', 'S-DE-AUG-2017']
      },
      // Until 2026.3 an employment finding on these facts alone, even for leasing designated and licensed (BAG
      // 9 AZR 51/13 was the miss). Leasing is employment by you only where it is not designated and licensed
      // (§ 9(1) nos. 1 and 1a, § 10(1) AÜG), so each group now also needs DE-02 to say so; the same facts are
      // otherwise the exposure below.
      {
        id: 'de-leasing-in-substance',
        kind: 'decisive',
        nature: 'employment',
        title: 'Person-related instructions and integration, in leasing not designated or not licensed',
        verdict:
          'Labour leasing in substance under the AÜG: your staff give person-related instructions and the ' +
          'agents are integrated into your operations, and the leasing is not designated or not licensed, so the ' +
          `law deems an employment relationship with you (§§ 9, 10 AÜG) ${STAYS_WITH_VENDOR}.`,
        band: 'high',
        when: LEASING_IN_SUBSTANCE.map((group) => ({ allOf: [...group, NOT_DESIGNATED_AND_LICENSED] })),
        // one deemed employment (§§ 9, 10 AÜG) on one fact, the undesignated leasing: counted once (since 2026.8)
        sameFindingAs: 'de-concealed-leasing',
        sources: ['S-DE-AUG-1', 'S-DE-AUG-9-10', 'S-DE-AUG-12', 'S-DE-BGB-611A', 'S-DE-LAG-NDS-2015', 'S-DE-WORK-VS-PERSON']
      },
      // The same facts whatever DE-02 says: leasing in substance is lawful when designated and licensed, but it
      // brings the hirer's side of the AÜG with it. An exposure, not employment, so it lifts no score.
      {
        id: 'de-leasing-duties',
        kind: 'decisive',
        nature: 'exposure',
        title: 'Labour leasing in substance: equal treatment and the maximum period',
        verdict:
          'Labour leasing in substance under the AÜG: your staff give person-related instructions and the ' +
          'agents are integrated into your operations. Designated and licensed, it is lawful and not employment ' +
          'by you, but each leased worker is owed equal treatment (§ 8) and may work for you for at most 18 ' +
          'months unless a collective agreement sets another maximum (§ 1(1b)).',
        band: 'moderate',
        when: LEASING_IN_SUBSTANCE.map((group) => ({ allOf: [...group] })),
        sources: ['S-DE-AUG-1', 'S-DE-AUG-8', 'S-DE-BGB-611A', 'S-DE-LAG-NDS-2015']
      }
    ],
    sources: [
      'S-DE-BGB-611A',
      'S-DE-AUG-2017',
      'S-DE-AUG-1',
      'S-DE-AUG-8',
      'S-DE-AUG-9-10',
      'S-DE-AUG-12',
      'S-DE-LAG-NDS-2015',
      'S-DE-WORK-VS-PERSON',
      'S-DE-BAG-2016',
      'S-DE-BA-2024',
      'S-DE-BA-2025',
      'S-EU-TAW-2008'
    ]
  },
  {
    id: 'united-kingdom',
    name: 'United Kingdom',
    summary:
      'The Agency Workers Regulations apply to people supplied to work under the supervision and direction ' +
      'of the hirer, not to genuine managed services; who supervises and directs is the deciding question. ' +
      'Courts imply an employment contract with the end user only where necessary, and long or integrated ' +
      'service is not enough on its own. TUPE can move a dedicated UK team automatically when the service ' +
      'changes vendor or comes back in house.',
    match: { countries: ['GB'] },
    weightMultipliers: { supervision: 1.3 },
    structuralChecks: [
      {
        title: 'TUPE on vendor change or insourcing',
        description:
          'Whether a dedicated team in Great Britain serves mainly your account, and whether the contract ' +
          'allocates TUPE obligations and indemnities on entry and exit.'
      },
      {
        title: 'Agency Workers Regulations scope',
        description:
          'If your staff supervise and direct the agents, they may be agency workers with day-one rights ' +
          '(facilities, vacancies) and equal basic conditions after 12 weeks.'
      }
    ],
    localAdvice: [
      "Do not shut the vendor's agents out of shared on-site facilities such as the canteen or transport, or keep " +
        'vacancies from them, to look "arm\'s length": if the Regulations apply they have day-one rights ' +
        'to both. Use clearly different badges and vendor supervision instead.',
      'Plan TUPE at signature and at exit: allocation and indemnity clauses, and employee information to be ' +
        'provided before any change of vendor.',
      'Keep the arrangement a genuine managed service, with the vendor supervising and directing its people.'
    ],
    lawAsAt: '2025-11-30',
    test:
      'A court implies an employment contract with the end user only where it is necessary to explain the ' +
      'relationship; long service, integration or day-to-day instructions are not enough on their own ' +
      '(James v Greenwich). Individuals engaged as self-employed are workers or employees of whoever in truth ' +
      'controls their pay and work, whatever the written terms (Autoclenz; Uber). Separate exposures: agency workers supervised and directed by the hirer have ' +
      'rights under the Agency Workers Regulations 2010, and a dedicated team can transfer under TUPE 2006 ' +
      'when the service changes provider or comes back in house.',
    // Until 2026.4 this added "see any AWR or TUPE exposure listed", but the clear verdict is shown only where no
    // finding fired at all (a fired exposure has its own headline, verdicts.ts), so it pointed to nothing (counsel review).
    clearVerdict: 'No implied contract of employment with you is necessary to explain these facts.',
    riskVerdict:
      'Control that weighs towards the agents being supplied to you, but an employment contract with you is implied only if necessary.',
    knockOuts: 'evidence',
    // Since 2026.5: a contract with the end user is implied only where necessary (James v Greenwich), so control points
    // alone, however many, stop at High until one of this law's own tests (implied contract, self-employed label) is met.
    answersCap: 'high',
    rules: [
      {
        id: 'uk-implied-contract',
        kind: 'decisive',
        nature: 'employment',
        title: 'You select or remove, pay and direct the agents, or pay their wages',
        verdict:
          'An employment contract with you may be implied as necessary: you select or remove, set the pay of ' +
          'and direct the agents, or pay their wages yourself (Cable & Wireless v Muscat; Dacas).',
        band: 'high',
        when: [
          {
            allOf: [
              { question: 'SUP-01', anyOf: ['direct-routine'] },
              { question: 'HIR-01', anyOf: ['client-interviews'] },
              { question: 'PAY-01', anyOf: ['client-approves-pay'] }
            ]
          },
          {
            allOf: [
              { question: 'SUP-01', anyOf: ['direct-routine'] },
              { question: 'HIR-02', anyOf: ['client-requests', 'client-removes'] },
              { question: 'PAY-01', anyOf: ['client-approves-pay'] }
            ]
          },
          // Muscat itself: your former employee moved out to a contractor or agency arrangement, doing the
          // same work under your direction, the intermediary interposed only for payment.
          {
            allOf: [
              { question: 'SUP-01', anyOf: ['direct-routine'] },
              { question: 'HIR-06', anyOf: ['rebadged-same-work', 'moved-to-keep'] }
            ]
          },
          // Since 2026.7 (counsel review): you pay the agents' wages or have them on your payroll. James v Greenwich
          // found no contract necessary because the agency arrangement explained the work and the pay; where you pay
          // the wages yourself, the wage-work bargain runs between you and the agents and that explanation fails
          // (Dacas; Muscat), so the clear verdict "no implied contract is necessary" cannot stand beside it. For any staffing
          // (a condition on CON-05 would let a riskier answer, freelancers, fire less: check-bank refuses that); with
          // individuals labelled self-employed the label rule may fire too: whether they are workers at all and whose
          // workers they are are two questions of UK law, each met.
          { allOf: [{ question: 'PAY-04', anyOf: ['client-payroll'] }] }
        ],
        sources: ['S-UK-MUSCAT-2006', 'S-UK-DACAS-2004', 'S-UK-JAMES-2008']
      },
      {
        id: 'uk-self-employed-label',
        kind: 'decisive',
        nature: 'employment',
        title: 'Individuals labelled self-employed whom you control',
        verdict:
          'Worker or employee status with you: individuals engaged as self-employed whose pay or hours you set ' +
          'and whose work you control, whatever the written terms say (Autoclenz; Uber; Pimlico Plumbers).',
        band: 'high',
        when: [
          {
            allOf: [
              { question: 'CON-05', anyOf: ['freelancers'] },
              { question: 'PAY-01', anyOf: ['client-approves-pay'] },
              { question: 'SCH-01', anyOf: ['client-sets'] }
            ]
          },
          {
            allOf: [
              { question: 'CON-05', anyOf: ['freelancers'] },
              { question: 'PAY-01', anyOf: ['client-approves-pay'] },
              { question: 'SUP-01', anyOf: ['direct-routine'] }
            ]
          },
          {
            allOf: [
              { question: 'CON-05', anyOf: ['freelancers'] },
              // since 2026.7 only wages you pay (counsel review): an occasional prize paid directly is not the pay for the work
              { question: 'PAY-04', anyOf: ['client-payroll'] },
              { question: 'HIR-02', anyOf: ['client-requests', 'client-removes'] }
            ]
          },
          {
            allOf: [
              { question: 'CON-05', anyOf: ['freelancers'] },
              { question: 'SCH-01', anyOf: ['client-sets'] },
              { question: 'TLS-02', anyOf: ['held-out', 'told-employees'] }
            ]
          }
        ],
        sources: ['S-UK-AUTOCLENZ-2011', 'S-UK-UBER-2021', 'S-UK-PIMLICO-2018']
      },
      {
        id: 'uk-awr-scope',
        kind: 'decisive',
        nature: 'exposure',
        title: 'Agents supervised and directed by you (Agency Workers Regulations)',
        verdict:
          'Agency Workers Regulations 2010: agents supervised and directed by you may be agency workers, with ' +
          'day-one rights and equal basic conditions after 12 weeks. This is not employment by you.',
        band: 'moderate',
        when: [{ allOf: [{ question: 'SUP-01', anyOf: ['direct-routine'] }] }],
        sources: ['S-UK-AWR-2010']
      },
      {
        id: 'uk-awr-not-honoured',
        kind: 'gate',
        nature: 'exposure',
        title: "Agency workers' rights not honoured",
        verdict: 'Agency Workers Regulations 2010: the agents are in scope and their equal-treatment rights are not honoured.',
        band: 'high',
        when: [{ allOf: [{ question: 'UK-02', anyOf: ['in-scope-not-honoured'] }] }],
        sources: ['S-UK-AWR-2010']
      },
      {
        id: 'uk-tupe',
        kind: 'gate',
        nature: 'exposure',
        title: 'A dedicated team with no TUPE allocation',
        verdict:
          'TUPE 2006 service provision change: a dedicated team in Great Britain may transfer to the next ' +
          'provider, or to you on insourcing, and the contract allocates none of it.',
        band: 'moderate',
        when: [{ allOf: [{ question: 'UK-01', anyOf: ['dedicated-not-covered'] }] }],
        sources: ['S-UK-TUPE-2006']
      }
    ],
    sources: [
      'S-UK-AWR-2010',
      'S-UK-TUPE-2006',
      'S-UK-DACAS-2004',
      'S-UK-MUSCAT-2006',
      'S-UK-JAMES-2008',
      'S-UK-AUTOCLENZ-2011',
      'S-UK-PIMLICO-2018',
      'S-UK-UBER-2021'
    ]
  }
] as const satisfies readonly ProfileEntry[]
