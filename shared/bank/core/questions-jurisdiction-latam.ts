import type { CoreQuestion } from '../core-bank'

/** Structural checks for Mexico, Brazil and Colombia. */
export const QUESTIONS_JURISDICTION_LATAM: readonly CoreQuestion[] = [
  {
    id: 'MX-01',
    section: 'jurisdiction',
    dimension: 'structural',
    format: 'single',
    appliesTo: ['mexico'],
    prompt: 'Does the vendor hold a current REPSE registration covering this service?',
    plannedPrompt: 'Will the vendor hold a current REPSE registration covering this service?',
    help:
      'Since 2021 only registered providers of specialised services may provide services with their own ' +
      'workers for a client in Mexico; registration is renewed every three years. Without it you risk ' +
      "fines and losing tax deductions for the payments, on top of joint liability for the vendor's " +
      'labour obligations, however well the relationship is run day to day.',
    factors: ['F-MX-REPSE'],
    weight: 4,
    naAllowed: false,
    options: [
      { id: 'current', label: 'Yes, and we keep a copy and track the renewal date', risk: 0 },
      {
        id: 'not-verified',
        label: 'We believe so but have not checked the register',
        unknown: true,
        risk: 2,
        remediation: 'Check the registration and the activities it covers, keep a copy, and diarise the renewal.'
      },
      {
        id: 'lapsed-or-out-of-scope',
        label: 'It has lapsed, or it does not cover this service',
        risk: 4,
        redFlag: true,
        remediation: 'Take legal advice now; the vendor must renew or extend its registration before work continues.'
      },
      {
        id: 'none',
        label: 'The vendor is not registered',
        risk: 4,
        redFlag: true,
        remediation: 'Take legal advice now; a registered provider is needed whatever the day-to-day practice.'
      }
    ]
  },
  {
    id: 'MX-02',
    section: 'jurisdiction',
    dimension: 'structural',
    format: 'single',
    appliesTo: ['mexico'],
    prompt: 'Is the service part of your corporate purpose or predominant economic activity in Mexico?',
    plannedPrompt: 'Will the service be part of your corporate purpose or predominant economic activity in Mexico?',
    help:
      "Specialised services are only allowed where they are not part of the client's corporate purpose or " +
      'predominant economic activity, and inspectors may check this with the client. Good day-to-day ' +
      'practice does not change the answer.',
    factors: ['F-MX-CORE-BUSINESS'],
    weight: 4,
    naAllowed: false,
    options: [
      { id: 'outside', label: 'No, and counsel has confirmed it', risk: 0 },
      {
        id: 'not-assessed',
        label: 'We have not assessed this',
        unknown: true,
        risk: 2,
        remediation: 'Ask counsel to compare the service with your corporate purpose and main activity.'
      },
      {
        id: 'within',
        label: 'Yes, the service is part of our corporate purpose or main activity',
        risk: 4,
        remediation: 'Take legal advice on restructuring; changes to day-to-day management will not resolve this.'
      }
    ]
  },
  {
    id: 'MX-03',
    section: 'jurisdiction',
    dimension: 'structural',
    format: 'single',
    appliesTo: ['mexico'],
    prompt: 'Do you hold evidence that the vendor meets its labour obligations to the agents?',
    plannedPrompt: 'Will you receive evidence that the vendor meets its labour obligations to the agents?',
    help:
      'The client is jointly liable if the provider breaches its labour obligations, and inspectors can ' +
      'ask the client for information about the service and the workers.',
    factors: ['F-MX-REPSE', 'F-COMPLIANCE-INDEMNITY'],
    weight: 2,
    naAllowed: false,
    options: [
      { id: 'regular-evidence', label: "Yes, regularly, and we could answer an inspector's request", risk: 0 },
      {
        id: 'clause-only',
        label: 'The contract requires compliance, but we receive no evidence',
        risk: 1,
        remediation: 'Ask for periodic evidence of payroll and labour compliance and keep it with the contract.'
      },
      {
        id: 'none',
        label: 'No',
        risk: 3,
        remediation: 'Add a compliance-evidence clause and ask for evidence covering the period so far.'
      }
    ]
  },
  {
    id: 'BR-01',
    section: 'jurisdiction',
    dimension: 'structural',
    format: 'single',
    appliesTo: ['brazil'],
    prompt: "Do you check that the vendor pays the agents' wages, benefits and labour charges?",
    plannedPrompt: "Will you check that the vendor pays the agents' wages, benefits and labour charges?",
    help:
      "The contracting company is subsidiarily liable for the vendor's labour obligations for the period " +
      'of the service, so regular evidence of payment is the main protection.',
    factors: ['F-BR-SUBSIDIARY-LIABILITY'],
    weight: 3,
    naAllowed: false,
    options: [
      { id: 'monthly', label: 'Yes, with evidence every month', risk: 0 },
      {
        id: 'occasional',
        label: 'Occasionally',
        risk: 1,
        remediation: "Make the evidence a monthly condition of payment of the vendor's invoice."
      },
      {
        id: 'none',
        label: 'No',
        risk: 3,
        remediation: 'Require monthly proof of payment of wages, benefits and labour charges.'
      }
    ]
  },
  {
    id: 'BR-02',
    section: 'jurisdiction',
    dimension: 'structural',
    format: 'single',
    appliesTo: ['brazil'],
    prompt: 'Are the agents used only for the contracted activities, and is their safety ensured on your premises?',
    plannedPrompt: 'Will the agents be used only for the contracted activities, with safety ensured on your premises?',
    help:
      "The client may not use the vendor's workers for activities other than those contracted, and must " +
      'ensure safety, hygiene and health where they work on its premises.',
    factors: ['F-BR-SUBSIDIARY-LIABILITY', 'F-SUPERVISION'],
    weight: 3,
    naAllowed: false,
    options: [
      { id: 'within-scope', label: 'Yes to both (or they never work at our premises)', risk: 0 },
      {
        id: 'safety-unchecked',
        label: 'Within scope, but we have not checked safety arrangements where they work at our premises',
        risk: 2,
        // Not an unknown (marked so in an early 2026.5, reverted on counsel review): the safety duty (art. 5-A § 3 Law
        // 6.019) is the client's own obligation, not a test of employment, and the scope answer is known
        remediation: 'Include the agents in your site safety and health arrangements and record it.'
      },
      {
        id: 'outside-scope',
        label: 'Our staff sometimes give agents tasks outside the contracted activities',
        risk: 3,
        remediation: 'Stop using agents outside the contracted scope; amend the contract if the scope must grow.'
      }
    ]
  },
  {
    id: 'BR-03',
    section: 'jurisdiction',
    dimension: 'structural',
    format: 'single',
    appliesTo: ['brazil'],
    prompt: 'Does the vendor meet the minimum share capital for its headcount?',
    plannedPrompt: 'Have you checked that the vendor meets the minimum share capital for its headcount?',
    help: 'Brazilian law sets minimum share capital for service providers according to their number of employees.',
    factors: ['F-BR-SUBSIDIARY-LIABILITY'],
    weight: 2,
    naAllowed: false,
    options: [
      { id: 'verified', label: 'Yes, we have checked', risk: 0 },
      {
        id: 'not-verified',
        label: 'We have not checked',
        unknown: true,
        risk: 2,
        remediation: "Check the vendor's registered capital against its headcount tier and keep the record."
      },
      {
        id: 'below',
        label: 'Its capital is below the minimum',
        risk: 3,
        remediation: 'Take legal advice and ask the vendor to raise its capital before renewal.'
      }
    ]
  },
  {
    id: 'CO-01',
    section: 'jurisdiction',
    dimension: 'structural',
    format: 'single',
    appliesTo: ['colombia'],
    prompt: 'In Colombia, how are the people doing this work provided to you?',
    plannedPrompt: 'In Colombia, how will the people doing this work be provided to you?',
    help:
      'Colombia prohibits supplying workers for permanent core activities through cooperatives or other ' +
      'intermediaries; temporary service companies may supply workers only for temporary needs, for up to ' +
      'six months extendable by six. The sources found date from 2018, so counsel should confirm.',
    factors: ['F-CO-INTERMEDIATION', 'F-SERVICE-MODEL'],
    weight: 4,
    naAllowed: false,
    options: [
      { id: 'genuine-service', label: 'The vendor delivers and directs a service; no workers are supplied to us', risk: 0 },
      {
        id: 'temporary-est',
        label: 'A temporary service company supplies workers for a temporary need, within the time limit',
        risk: 0
      },
      {
        id: 'not-assessed',
        label: 'We have not assessed this',
        unknown: true,
        risk: 2,
        remediation: 'Ask counsel to review the arrangement against the intermediation rules.'
      },
      {
        id: 'intermediary-core',
        label: 'Workers for permanent core work are supplied through a cooperative, intermediary or long-running temporary company',
        risk: 4,
        remediation: 'Take legal advice on restructuring as a genuine service or on direct employment.'
      }
    ]
  }
]
