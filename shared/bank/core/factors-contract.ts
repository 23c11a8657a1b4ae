import type { FactorEntry } from './factors'

/** Factors about the contract and how the account is governed, from service model to legal review. */
export const FACTORS_CONTRACT = [
  // Contract
  {
    id: 'F-SUBSTANCE-OVER-LABEL',
    title: "Reality prevails over the contract's label",
    dimension: 'contract-terms',
    description:
      'Courts and agencies look at what actually happens. "No employment" or "independent contractor" ' +
      'clauses were disregarded where practice differed, and a contract that puts tools or supervision on ' +
      'the vendor does not help if the client supplies them in fact. Reserved rights still count as ' +
      'supporting evidence.',
    sources: [
      'S-VIZCAINO-1997',
      'S-UK-MUSCAT-2006',
      'S-UK-AUTOCLENZ-2011',
      'S-PH-TABAS-1989',
      'S-SALINAS-2017',
      'S-DE-BGB-611A',
      'S-REV-RUL-87-41',
      'S-BFI-DC-CIR-2018',
      'S-IN-BHILWARA-2011'
    ]
  },
  {
    id: 'F-SERVICE-MODEL',
    title: 'Managed service versus supply of people',
    dimension: 'contract-terms',
    description:
      'A contract for a defined service, with the vendor responsible for the result and supervising its ' +
      'own people, is treated differently from a supply of headcount that the client directs. EEOC ' +
      'guidance, German law and the Philippine BPO circular all draw this line; practitioners warn of ' +
      'staff augmentation disguised as a statement of work.',
    sources: ['S-SIA-SOW', 'S-EEOC-1997-GUIDANCE', 'S-DE-LAG-NDS-2015', 'S-PH-DC-01-2017', 'S-ASA-QUICK-FACTS', 'S-SIA-DEFINITION']
  },
  {
    id: 'F-COMPLIANCE-INDEMNITY',
    title: 'Vendor compliance obligations and indemnity',
    dimension: 'contract-terms',
    description:
      "Contracts commonly state that workers are solely the vendor's employees and require the vendor to " +
      'comply with wage, tax and work-authorisation law and to indemnify the client. These clauses shift ' +
      'cost but do not stop a worker from claiming against the client, so evidence that the vendor ' +
      'actually complies matters.',
    sources: ['S-HIREGENICS-CHECKLIST', 'S-VENDOR-CONTRACTS-2013', 'S-INDEMNITY-LIMITS-2017', 'S-MICROSOFT-POLICIES']
  },
  {
    id: 'F-PRICE-SUFFICIENCY',
    title: 'Price sufficient for lawful wages',
    dimension: 'contract-terms',
    description:
      "California's Labor Code § 2810 bars a contract the client knows or should know is priced too low for " +
      'the contractor to meet labour law, but only with construction, farm labour, garment, janitorial, ' +
      'security-guard and warehouse contractors, not for services such as IT or customer service. More ' +
      'generally, a price per worker below a compliant wage cost is an early warning that wages or overtime ' +
      'may go unpaid, and joint employers share that liability.',
    sources: ['S-CA-LC-2810', 'S-FLSA-EMPLOY', 'S-DOL-1958-REG']
  },
  // Governance, escalation, legal review, data security
  {
    id: 'F-GOVERNANCE',
    title: 'Account-level governance of the service',
    dimension: 'governance',
    description:
      "Managing the work rather than the workers — business reviews with the vendor's managers on service " +
      'levels, quality and forecasts — is how clients keep oversight without employer-like control. Courts ' +
      'credited clients that set broad objectives and left daily direction to the vendor.',
    sources: ['S-AMS-GOVERNANCE', 'S-SEED-BENSON', 'S-LAYTON-2012', 'S-LEPKOWSKI-2011']
  },
  {
    id: 'F-ESCALATION',
    title: 'An escalation path that runs through the vendor',
    dimension: 'escalation',
    description:
      "Issues should travel from the client's manager to the vendor's account or operations manager and " +
      "then to the vendor's team lead, never from the client straight to an individual worker on " +
      "employment matters. That keeps the vendor in the employer's role and leaves a record.",
    sources: ['S-SEED-BENSON', 'S-UNIFORCE-GUIDELINES', 'S-EEOC-1997-GUIDANCE']
  },
  {
    id: 'F-LEGAL-REVIEW',
    title: 'Regular legal review of contract and practice',
    dimension: 'legal-review',
    description:
      'Joint-employment rules move: the US Labor Department rule was issued, vacated and rescinded; the ' +
      "NLRB standard changed three times; India's labour codes and Germany's guidance on remote work " +
      'changed in 2025. Periodic review by counsel of both the contract and actual practice catches drift.',
    sources: [
      'S-SEED-BENSON',
      'S-NY-V-SCALIA-2020',
      'S-DOL-2021-RESCISSION',
      'S-DOL-2025-AGENDA',
      'S-CHAMBER-V-NLRB-2024',
      'S-IN-OSH-CODE-2020',
      'S-DE-BA-2025'
    ]
  },
  {
    id: 'F-DATA-SECURITY',
    title: 'Data security handled at vendor level',
    dimension: 'data-security',
    description:
      'Security and data-protection requirements are legitimate result requirements when the vendor ' +
      "applies them to its people and deals with breaches. Managing individual workers' accounts and " +
      "sanctions like employees' brings the client back into the employer's role.",
    sources: ['S-SEED-BENSON', 'S-MICROSOFT-POLICIES', 'S-AMS-GOVERNANCE']
  }
] as const satisfies readonly FactorEntry[]
