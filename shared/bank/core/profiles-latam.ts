import type { ProfileEntry } from './profiles'

/** Profiles for Latin America: Mexico, Brazil and Colombia. */
export const PROFILES_LATAM = [
  {
    id: 'mexico',
    name: 'Mexico',
    summary:
      "Since the 2021 reform Mexico prohibits subcontracting of personnel — making one's workers " +
      "available to work for another. Only specialised services or works outside the client's corporate " +
      'purpose and predominant economic activity are allowed, by a provider registered in REPSE (renewed ' +
      'every three years). The client is jointly liable if the provider breaches its labour obligations, ' +
      'and non-compliant services are not tax-deductible.',
    match: { countries: ['MX'] },
    weightMultipliers: { supervision: 1.3, structural: 1.5 },
    structuralChecks: [
      {
        title: 'REPSE registration',
        description: 'The vendor holds a current REPSE registration covering the contracted specialised service.'
      },
      {
        title: 'Outside your corporate purpose and main activity',
        description: 'The outsourced service is not part of your corporate purpose or predominant economic activity.'
      },
      {
        title: "Evidence of the vendor's labour compliance",
        description:
          'Because you are jointly liable, you hold evidence that the vendor meets its labour obligations ' +
          "to the agents and can answer an inspector's request for information."
      }
    ],
    localAdvice: [
      'A current REPSE registration for the contracted service is needed whatever the day-to-day control ' +
        "picture; good arm's-length practice does not replace it. Check it at onboarding and at every renewal.",
      'If the service falls within your corporate purpose or main activity, changing how you manage the agents ' +
        'will not fix it; take legal advice on the structure.',
      'Keep the agents taking instructions from the vendor: working "at the instructions" of the beneficiary is ' +
        'what marks prohibited subcontracting of personnel.'
    ],
    lawAsAt: '2025-11-30',
    test:
      'Since the 2021 reform, subcontracting of personnel — workers made available to work at the ' +
      "beneficiary's instructions — is prohibited. Only specialised services or works outside your corporate " +
      'purpose and predominant activity are allowed, by a provider registered in REPSE; you are jointly ' +
      "liable for the provider's labour obligations.",
    clearVerdict:
      'No indicator of subcontracting of personnel fired on the answers given; the service must still be specialised and the vendor REPSE-registered.',
    riskVerdict: 'Agents working at your instructions: the mark of prohibited subcontracting of personnel.',
    rules: [
      {
        id: 'mx-personnel-subcontracting',
        kind: 'gate',
        nature: 'employment',
        title: 'Personnel made available to work at your instructions',
        verdict:
          'Prohibited subcontracting of personnel (2021 reform): the agents work at your instructions, so you ' +
          'answer for them as their employer, with fines and no tax deduction.',
        band: 'critical',
        when: [
          { allOf: [{ question: 'SUP-01', anyOf: ['direct-routine'] }] },
          { allOf: [{ question: 'CON-01', anyOf: ['headcount-supply'] }] }
        ],
        sources: ['S-MX-2021-REFORM']
      },
      {
        id: 'mx-core-activity',
        kind: 'gate',
        nature: 'employment',
        title: 'The service is part of your corporate purpose or main activity',
        verdict:
          'Not a permitted specialised service: the work is within your corporate purpose or predominant ' +
          'activity, which the 2021 reform does not allow to be outsourced.',
        band: 'critical',
        when: [{ allOf: [{ question: 'MX-02', anyOf: ['within'] }] }],
        sources: ['S-MX-2021-REFORM', 'S-MX-REPSE-2023']
      },
      {
        id: 'mx-no-repse',
        kind: 'gate',
        nature: 'employment',
        title: 'No current REPSE registration for this service',
        verdict:
          'No current REPSE registration for this service: not a lawful specialised service; you are jointly ' +
          'liable and cannot deduct it.',
        band: 'high',
        when: [{ allOf: [{ question: 'MX-01', anyOf: ['lapsed-or-out-of-scope', 'none'] }] }],
        sources: ['S-MX-2021-REFORM', 'S-MX-REPSE-2023']
      }
    ],
    prohibits: ['labour-supply'],
    lawfulInstead:
      'In Mexico subcontracting of personnel is prohibited, so do not turn this into supplying people for you to ' +
      'direct. What is lawful is a specialised service outside your corporate purpose and main activity, by a ' +
      'REPSE-registered provider that directs its own staff — or hiring the people as your own employees.',
    sources: ['S-MX-2021-REFORM', 'S-MX-REPSE-2023']
  },
  {
    id: 'brazil',
    name: 'Brazil',
    summary:
      'Since 2017 Brazilian law allows outsourcing of any activity, including the core one, and the ' +
      'Supreme Court upheld this, including for call centres. The provider must hire, pay and direct its ' +
      'workers and meet minimum capital by headcount; the client must not use the workers outside the ' +
      'contracted activities, must ensure safety and health on its premises, and is subsidiarily liable ' +
      'for labour obligations during the service.',
    match: { countries: ['BR'] },
    weightMultipliers: { supervision: 1.3, structural: 1.2 },
    structuralChecks: [
      {
        title: 'Monitoring for subsidiary liability',
        description: 'You regularly check that the vendor pays wages, benefits and labour charges for the agents on ' + 'your service.'
      },
      {
        title: 'Contracted scope and on-site safety',
        description:
          'Agents are used only for the contracted activities, and you ensure safety, hygiene and health ' +
          'where they work on your premises.'
      },
      {
        title: 'Provider capital',
        description: 'The vendor meets the minimum share capital for its headcount.'
      }
    ],
    localAdvice: [
      'Outsourcing core activities is permitted here; the residual risk is your staff directing agents or using ' +
        'them outside the contracted scope, so keep direction with the vendor.',
      'Ask for monthly evidence that wages, benefits and labour charges were paid, and keep it: subsidiary ' +
        "liability makes you answer for the vendor's defaults during the service."
    ],
    lawAsAt: '2025-11-30',
    test:
      'Since Laws 13.429 and 13.467 of 2017 any activity may be outsourced, and the provider hires, pays and ' +
      'directs its workers (Law 6.019/1974, art. 4-A). An employment bond with the client arises where the ' +
      'client directly subordinates the workers and requires their personal service (pessoalidade), or uses ' +
      'them outside the contracted activities; the client is subsidiarily liable for labour debts during the service.',
    clearVerdict:
      'No indicator of direct subordination to you fired on the answers given; Law 6.019/1974 requires the provider to hire, pay and direct the agents.',
    riskVerdict: 'Direction of the agents by you, which the statute gives to the provider.',
    rules: [
      {
        id: 'br-employment-bond',
        kind: 'decisive',
        nature: 'employment',
        title: 'Direct subordination and personal service',
        verdict:
          'Employment bond with you: direct subordination and personal service (pessoalidade), which Law ' +
          '6.019/1974 as amended in 2017 does not permit.',
        band: 'critical',
        when: [
          {
            allOf: [
              { question: 'SUP-01', anyOf: ['direct-routine'] },
              { question: 'HIR-01', anyOf: ['client-interviews'] }
            ]
          },
          {
            allOf: [
              { question: 'SUP-01', anyOf: ['direct-routine'] },
              { question: 'HIR-02', anyOf: ['client-requests', 'client-removes'] }
            ]
          },
          {
            allOf: [
              { question: 'SUP-01', anyOf: ['direct-routine'] },
              { question: 'INT-08', anyOf: ['named-expected'] }
            ]
          }
        ],
        sources: ['S-BR-LAW-6019', 'S-BR-STF-2018']
      },
      {
        id: 'br-outside-scope',
        kind: 'gate',
        nature: 'employment',
        title: 'Agents used outside the contracted activities',
        verdict: 'Agents used outside the contracted activities, which Law 6.019/1974 (art. 5-A) forbids.',
        band: 'high',
        when: [{ allOf: [{ question: 'BR-02', anyOf: ['outside-scope'] }] }],
        sources: ['S-BR-LAW-6019']
      },
      {
        id: 'br-subsidiary-liability',
        kind: 'gate',
        nature: 'exposure',
        title: "No monitoring of the vendor's labour payments",
        verdict:
          "Subsidiary liability for the vendor's unpaid labour debts during the service (Law 6.019/1974, art. " +
          '5-A), with no monitoring. This is not employment by you.',
        band: 'moderate',
        when: [{ allOf: [{ question: 'BR-01', anyOf: ['none'] }] }],
        sources: ['S-BR-LAW-6019']
      }
    ],
    sources: ['S-BR-LAW-6019', 'S-BR-STF-2018', 'S-BR-STF-ARE-791932']
  },
  {
    id: 'colombia',
    name: 'Colombia',
    summary:
      'Colombia prohibits labour intermediation for permanent core activities through cooperatives or ' +
      'other intermediaries; only temporary service companies (EST) may supply workers, and only for ' +
      'occasional or transitory work, leave cover or peaks of up to six months extendable by six. The ' +
      'sources found date from 2018, so counsel should confirm the current rules.',
    match: { countries: ['CO'] },
    weightMultipliers: { structural: 1.5, integration: 1.2 },
    structuralChecks: [
      {
        title: 'No intermediation for permanent core work',
        description:
          'If the agents do permanent core work for you, the vendor runs a genuine service under its own ' +
          'direction rather than supplying workers; supplied workers come only from a temporary service ' +
          'company for a temporary need within the time limit.'
      }
    ],
    localAdvice: [
      'Where the work is permanent and core to your business, make sure the vendor delivers and directs a ' +
        'service rather than supplying people for you to direct.',
      'The rules found date from 2018; have counsel confirm them before relying on this assessment.'
    ],
    lawAsAt: '2018-12-31',
    test:
      'Labour intermediation for permanent core activities through cooperatives or other intermediaries is ' +
      'prohibited (Decree 2025 of 2011); only temporary service companies (EST) may supply workers, and only ' +
      'for occasional or transitory work, leave cover or peaks of up to six months extendable by six.',
    clearVerdict: 'No indicator of unlawful intermediation fired on the answers given.',
    riskVerdict: 'Control of the kind that suggests the vendor supplies workers rather than runs a service.',
    rules: [
      {
        id: 'co-intermediation',
        kind: 'gate',
        nature: 'employment',
        title: 'Intermediation for permanent core work',
        verdict:
          'Prohibited labour intermediation for permanent core work (Decree 2025 of 2011): the agents may be ' + 'held to be your workers.',
        band: 'critical',
        when: [{ allOf: [{ question: 'CO-01', anyOf: ['intermediary-core'] }] }],
        sources: ['S-CO-DECREE-2025-2011', 'S-CO-DECREE-683-2018']
      }
    ],
    prohibits: ['labour-supply'],
    lawfulInstead:
      'In Colombia supplying workers through an intermediary for permanent core work is prohibited, and temporary service ' +
      'companies may supply workers only for occasional or transitory needs, leave cover or peaks (six months, ' +
      'extendable by six). What is lawful for permanent work is a genuine service directed by the vendor, or ' +
      'hiring the people as your own employees.',
    sources: ['S-CO-DECREE-2025-2011', 'S-CO-DECREE-683-2018']
  }
] as const satisfies readonly ProfileEntry[]
