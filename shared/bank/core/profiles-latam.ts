import type { ProfileEntry } from './profiles'

/** Profiles for Latin America: Mexico, Brazil and Colombia. */
export const PROFILES_LATAM = [
  {
    id: 'mexico',
    name: 'Mexico',
    summary:
      'Since the 2021 reform Mexico prohibits subcontracting of personnel — making one\'s workers ' +
      'available to work for another. Only specialised services or works outside the client\'s corporate ' +
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
        description:
          'The outsourced service is not part of your corporate purpose or predominant economic activity.'
      },
      {
        title: 'Evidence of the vendor\'s labour compliance',
        description:
          'Because you are jointly liable, you hold evidence that the vendor meets its labour obligations ' +
          'to the agents and can answer an inspector\'s request for information.'
      }
    ],
    localAdvice: [
      'A current REPSE registration for the contracted service is needed whatever the day-to-day control ' +
        'picture; good arm\'s-length practice does not replace it. Check it at onboarding and at every renewal.',
      'If the service falls within your corporate purpose or main activity, changing how you manage the agents ' +
        'will not fix it; take legal advice on the structure.',
      'Keep the agents taking instructions from the vendor: working "at the instructions" of the beneficiary is ' +
        'what marks prohibited subcontracting of personnel.'
    ],
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
        description:
          'You regularly check that the vendor pays wages, benefits and labour charges for the agents on ' +
          'your service.'
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
        'liability makes you answer for the vendor\'s defaults during the service.'
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
    sources: ['S-CO-DECREE-2025-2011', 'S-CO-DECREE-683-2018']
  }
] as const satisfies readonly ProfileEntry[]
