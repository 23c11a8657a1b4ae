import type { CoreQuestion } from '../core-bank'

/** Structural checks for Germany and the United Kingdom. */
export const QUESTIONS_JURISDICTION_EUROPE: readonly CoreQuestion[] = [
  {
    id: 'DE-01',
    section: 'jurisdiction',
    dimension: 'structural',
    format: 'single',
    appliesTo: ['germany'],
    prompt: 'How does the contract define what the vendor delivers in Germany, and who receives your instructions?',
    plannedPrompt: 'How will the contract define what the vendor delivers in Germany, and who will receive instructions?',
    help:
      'Under a genuine contract for work or services the vendor organises the work itself and answers for ' +
      'the result; your instructions concern the result and go to its contact person. Without a defined ' +
      'result, where people work as your staff decide, German law treats the arrangement as labour leasing ' +
      'whatever its title.',
    factors: ['F-DE-SERVICE-VS-LEASING', 'F-RESULT-NOT-PERSON'],
    weight: 4,
    naAllowed: false,
    options: [
      {
        id: 'defined-service',
        label: 'A defined service with acceptance criteria, and a vendor contact person who receives our instructions',
        risk: 0
      },
      {
        id: 'no-contact-person',
        label: 'A defined service, but no vendor contact person; our staff deal with the agents',
        risk: 2,
        remediation: 'Require the vendor to name a contact person or supervisor who receives all work-related instructions.'
      },
      {
        id: 'people-supply',
        label: 'No defined result: the vendor provides people who work where, when and how our staff decide',
        risk: 4,
        remediation:
          'Take legal advice: define a result the vendor answers for and let it organise the work, or use ' +
          'a designated, licensed leasing arrangement.'
      }
    ]
  },
  {
    id: 'DE-02',
    section: 'jurisdiction',
    dimension: 'structural',
    format: 'single',
    appliesTo: ['germany'],
    prompt: 'If your staff direct the agents personally, is the arrangement designated and licensed as leasing?',
    plannedPrompt: 'If your staff will direct the agents personally, will the arrangement be designated as leasing?',
    help:
      'Since 2017 leasing must be expressly designated, each worker named before the assignment, and the ' +
      'vendor licensed. A mislabelled service contract is not cured by a reserve licence: the workers can ' +
      'be deemed your employees by law unless they declare in writing that they stay with the vendor, in the ' +
      'form § 9(2) AÜG requires (presented in person at an employment agency office first), and fines can follow.',
    factors: ['F-DE-DESIGNATION', 'F-DE-SERVICE-VS-LEASING'],
    weight: 4,
    naAllowed: false,
    options: [
      {
        id: 'service-no-person-instructions',
        label: 'Our staff give no person-related instructions; it is a genuine service contract',
        risk: 0
      },
      // Lawful, and not employment by you, but not the nothing a genuine service contract is: each leased worker is
      // owed equal treatment (§ 8 AÜG) and may stay at most the maximum period (§ 1(1b)), beyond which the law deems
      // employment with you (§§ 9(1) no. 1b, 10(1)). Risk 1 since 2026.4, as UK-02 rates AWR rights honoured; it also
      // ranks the answer above the service contract, so it can reveal DE-03 (a follow-up is upward-closed).
      {
        id: 'designated-licensed',
        label: 'It is designated as leasing, each worker is named to us in advance, and the vendor holds a licence',
        risk: 1,
        remediation:
          'Keep the designation, the naming of each worker and the licence checked, and track each leased worker ' +
          'against equal treatment (§ 8 AÜG) and the maximum period (§ 1(1b)); or stop directing individuals and ' +
          'buy a defined service instead.'
      },
      {
        id: 'occasional-person-instructions',
        label: 'It is a service contract, but our staff sometimes tell agents what to do, in what order or when',
        risk: 3,
        remediation:
          "Stop person-related instructions and give work-related requirements to the vendor's contact " +
          'person; if you need to direct people, move to designated, licensed leasing.'
      },
      {
        id: 'undesignated-licensed',
        label: 'Our staff direct the agents personally; the vendor holds a leasing licence, but the contract is not designated as leasing',
        risk: 4,
        redFlag: true,
        remediation:
          'Take legal advice immediately: since 2017 a licence held in reserve does not cure an undesignated ' +
          'contract. End the person-related direction or put a designated leasing contract in place.'
      },
      {
        id: 'unlicensed',
        label: 'Our staff direct the agents personally, and the vendor holds no leasing licence',
        risk: 4,
        redFlag: true,
        remediation:
          'Take legal advice immediately; end the person-related direction, or move to a licensed vendor ' +
          'under a designated leasing contract.'
      }
    ]
  },
  {
    id: 'DE-03',
    section: 'jurisdiction',
    dimension: 'structural',
    format: 'single',
    appliesTo: ['germany'],
    prompt: 'For leased workers, are the 18-month maximum and equal pay observed?',
    plannedPrompt: 'For leased workers, how will the 18-month maximum and equal pay be observed?',
    help:
      'A leased worker may work for the same client for at most 18 months, unless a collective agreement ' +
      'sets a different maximum. Equal pay with your comparable employees applies from the first day, ' +
      'unless a collective agreement defers it for up to nine months, or up to 15 months under a sector ' +
      'surcharge agreement (§ 8 AÜG). Asked wherever your staff give the agents person-related instructions, ' +
      'designated as leasing or not: the law treats that as leasing, whatever the contract is called.',
    factors: ['F-DE-MAX-DURATION', 'F-DURATION'],
    weight: 3,
    // Since 2026.4 asked only where DE-02 shows person-related instructions, and then N/A is no answer: the
    // arrangement is leasing in substance (§ 1(1) sentence 2, § 12(1) sentence 2 AÜG). Under a genuine service
    // contract the question is not asked at all, which is what its N/A used to say.
    showIf: { question: 'DE-02', anyOf: ['designated-licensed', 'occasional-person-instructions', 'undesignated-licensed', 'unlicensed'] },
    naAllowed: false,
    options: [
      { id: 'observed', label: 'Yes; tenure per worker is tracked, and none exceeds the limits', risk: 0 },
      {
        id: 'not-tracked',
        label: 'We do not track how long each leased worker has been with us',
        unknown: true,
        risk: 2,
        remediation: 'Ask the vendor for a monthly list of leased workers with start dates and pay status.'
      },
      {
        id: 'exceeded',
        label: 'Some workers have been with us over 18 months, or equal pay is not applied',
        risk: 4,
        remediation: 'Take legal advice on the affected workers and plan replacements before the limit.'
      }
    ]
  },
  {
    id: 'UK-01',
    section: 'jurisdiction',
    dimension: 'structural',
    format: 'single',
    appliesTo: ['united-kingdom'],
    prompt: 'Does a dedicated team in Great Britain serve mainly your account, and does the contract deal with TUPE?',
    plannedPrompt: 'Will a dedicated team in Great Britain serve mainly your account, and will the contract deal with TUPE?',
    help:
      'When a service moves to a new vendor or back in house, employees in an organised grouping whose ' +
      'main purpose is serving your account can transfer automatically with it. Allocation and indemnity ' +
      "clauses, and the vendor's duty to share employee information, avoid surprises at exit.",
    factors: ['F-UK-TUPE'],
    weight: 3,
    naAllowed: false,
    options: [
      { id: 'not-dedicated', label: 'No organised team in Great Britain works mainly for us', risk: 0 },
      {
        id: 'dedicated-covered',
        label: 'There is a dedicated team, and the contract allocates TUPE obligations and indemnities on entry and exit',
        risk: 0
      },
      {
        id: 'dedicated-not-covered',
        label: 'There is a dedicated team, but the contract does not deal with TUPE',
        risk: 3,
        remediation: 'Add TUPE allocation, indemnity and employee-information clauses before any re-tender or insourcing.'
      }
    ]
  },
  {
    id: 'UK-02',
    section: 'jurisdiction',
    dimension: 'structural',
    format: 'single',
    appliesTo: ['united-kingdom'],
    prompt: "Could the Agency Workers Regulations apply, and if so are the agents' rights honoured?",
    plannedPrompt: "Could the Agency Workers Regulations apply, and if so how will the agents' rights be honoured?",
    help:
      'The Regulations apply when your staff supervise and direct the workers, not to genuine managed ' +
      'services. In scope, workers have day-one rights to shared facilities and vacancy information, and ' +
      'after 12 weeks the basic pay and conditions of a direct recruit.',
    factors: ['F-UK-AWR', 'F-SUPERVISION'],
    weight: 3,
    naAllowed: false,
    options: [
      { id: 'managed-service', label: 'No — it is a managed service and the vendor supervises and directs', risk: 0 },
      {
        id: 'in-scope-honoured',
        label: 'Our staff supervise and direct the agents, and their day-one and 12-week rights are honoured',
        risk: 1,
        remediation: 'Either move supervision to the vendor, or keep honouring the rights and record how with the vendor.'
      },
      {
        id: 'not-considered',
        label: 'We have not considered whether they apply',
        unknown: true,
        risk: 2,
        remediation: "Ask counsel whether your staff's role brings the agents within the Regulations."
      },
      {
        id: 'in-scope-not-honoured',
        label: 'Our staff direct the agents, but they are kept from facilities or vacancies, or lack equal terms after 12 weeks',
        risk: 4,
        remediation:
          'Open shared facilities and vacancy information to the agents now, ask the vendor to apply equal ' +
          'terms, and take legal advice on back pay.'
      }
    ]
  }
]
