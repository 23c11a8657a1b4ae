import type { CoreQuestion } from '../core-bank'

export const QUESTIONS_CONTRACT: readonly CoreQuestion[] = [
  {
    id: 'CON-01',
    section: 'contract',
    dimension: 'contract-terms',
    format: 'single',
    prompt: 'How does the contract describe what the vendor delivers?',
    plannedPrompt: 'How will the draft contract describe what the vendor delivers?',
    help:
      'A contract for a defined service, where the vendor answers for the result and supervises its own ' +
      'people, is treated differently from a supply of people that you direct. The EEOC, German law and ' +
      'the Philippine BPO circular all draw this line, and practitioners warn about staff augmentation ' +
      'dressed up as a statement of work.',
    factors: ['F-SERVICE-MODEL', 'F-SUBSTANCE-OVER-LABEL'],
    weight: 3,
    naAllowed: false,
    options: [
      {
        id: 'service-outcomes',
        label: "As a service: scope, service levels, quality standards, and the vendor's responsibility for the result",
        risk: 0
      },
      {
        id: 'service-priced-by-head',
        label: 'As a service, but priced and managed mainly by headcount',
        risk: 2,
        remediation:
          'Add service levels and acceptance criteria that the vendor answers for, and move pricing ' + 'towards service units or outcomes.'
      },
      {
        id: 'headcount-supply',
        label: 'As a number of people (FTEs) that we direct, billed by the hour',
        risk: 4,
        remediation:
          'Take legal advice: either restructure as a managed service with vendor supervision and service ' +
          'levels, or treat it openly as a staffing arrangement with the obligations that brings.'
      }
    ]
  },
  {
    id: 'CON-02',
    section: 'contract',
    dimension: 'contract-terms',
    format: 'single',
    prompt: 'How are the performance targets in the contract set and changed?',
    plannedPrompt: 'How will the performance targets in the contract be set and changed?',
    help:
      'Service levels and KPIs for the account are the proper way to steer a vendor. Targets for named ' +
      'agents, or targets changed informally in day-to-day contact, drift into directing people; an agreed ' +
      'way to change the scorecard as business needs change avoids that.',
    factors: ['F-SERVICE-MODEL', 'F-RESULT-NOT-PERSON', 'F-GOVERNANCE'],
    weight: 2,
    naAllowed: false,
    options: [
      {
        id: 'account-kpis-governed',
        label: 'Account-level KPIs and service levels, with an agreed governance process to change the scorecard',
        risk: 0
      },
      {
        id: 'account-kpis-informal',
        label: 'Account-level KPIs, but changes are made informally as needs arise',
        risk: 1,
        remediation:
          'Add a scorecard change process to the contract: changes are proposed and agreed at the business ' +
          "review with the vendor's managers."
      },
      {
        id: 'individual-targets',
        label: "Targets for individual agents (for example each agent's handle time or sales) that we track",
        risk: 3,
        remediation: 'Replace individual targets with account-level KPIs; the vendor sets targets for its own people.'
      }
    ]
  },
  {
    id: 'CON-03',
    section: 'contract',
    dimension: 'contract-terms',
    format: 'single',
    prompt:
      'Does the contract make the vendor the sole employer of the agents, require it to comply with ' +
      'employment law and indemnify you — and do you check that it complies?',
    plannedPrompt:
      'Will the draft contract make the vendor the sole employer, require compliance with employment law ' +
      'and an indemnity, and give you a way to check?',
    help:
      'These clauses are standard and useful, but they shift cost rather than liability: a worker can ' +
      'still claim against you if you are found to be a joint employer, and an indemnity is only as good ' +
      "as the vendor's ability to pay. Evidence that the vendor actually complies (wage payment, " +
      'classification, taxes, work authorisation) matters as much as the clause.',
    factors: ['F-COMPLIANCE-INDEMNITY', 'F-SUBSTANCE-OVER-LABEL'],
    weight: 2,
    naAllowed: false,
    options: [
      {
        id: 'clauses-and-evidence',
        label: 'Yes, and we receive compliance evidence or audit it at least yearly',
        plannedLabel: 'Yes, with a right to compliance evidence or audit at least yearly',
        risk: 0
      },
      {
        id: 'clauses-only',
        label: 'The clauses exist, but we have no right or practice of checking evidence',
        risk: 1,
        remediation:
          'Add a yearly compliance certificate with supporting evidence (payroll, tax and ' +
          'work-authorisation checks) and an audit right.'
      },
      {
        id: 'partial',
        label: 'Some of these clauses are missing',
        risk: 2,
        remediation: 'At the next amendment add sole-employer, legal-compliance and indemnity clauses, plus an audit right.'
      },
      {
        id: 'none',
        label: 'None of these clauses',
        risk: 3,
        remediation:
          'Ask counsel to add sole-employer, compliance, indemnity and audit clauses; until then, request ' +
          'compliance evidence from the vendor.'
      }
    ]
  },
  {
    id: 'CON-04',
    section: 'contract',
    dimension: 'contract-terms',
    format: 'single',
    prompt: 'Is the price you pay enough for the vendor to pay lawful wages, overtime and required benefits?',
    plannedPrompt: 'Will the proposed price be enough for the vendor to pay lawful wages, overtime and benefits?',
    help:
      'A price per worker below what a compliant wage costs is an early warning that wages or overtime may ' +
      "go unpaid, and joint employers share that liability. California's Labor Code § 2810 bars a contract " +
      'the client knows or should know is priced that low, but only with construction, farm labour, ' +
      'garment, janitorial, security-guard and warehouse contractors, not for services such as IT or ' +
      'customer service.',
    factors: ['F-PRICE-SUFFICIENCY'],
    weight: 2,
    naAllowed: false,
    options: [
      {
        id: 'checked',
        label: 'Yes — we compared the price with a compliant wage cost, or the vendor showed us its cost build-up',
        plannedLabel: 'Yes — we will compare the price with a compliant wage cost before signing',
        risk: 0
      },
      {
        id: 'not-checked',
        label: 'We have not checked',
        unknown: true,
        risk: 2,
        remediation:
          'Compare the effective hourly price with local minimum wage, overtime and statutory benefit ' +
          'costs, and ask the vendor to confirm its cost build-up.'
      },
      {
        id: 'below-cost',
        label: 'The price is at or below what a compliant wage cost would be',
        risk: 4,
        remediation:
          'Renegotiate the price or scope so that it can carry lawful wages, and ask counsel about any ' +
          'liability for the period so far.'
      }
    ]
  },
  {
    id: 'CON-05',
    section: 'contract',
    dimension: 'contract-terms',
    format: 'single',
    prompt: "Are the agents the vendor's own employees?",
    plannedPrompt: "Will the agents be the vendor's own employees?",
    help:
      'Agents who are freelancers, or who come through a further agency, add a second classification ' +
      "question and weaken the vendor's position as their employer. Microsoft required supplier personnel " +
      "to be the supplier's employees; California applies its ABC test to individual contractors.",
    factors: ['F-COMPLIANCE-INDEMNITY', 'F-SERVICE-MODEL'],
    weight: 2,
    naAllowed: false,
    options: [
      { id: 'vendor-employees', label: "Yes, all are the vendor's employees", risk: 0 },
      {
        id: 'sub-supplied',
        label: 'Some are supplied to the vendor by another agency or subcontractor',
        risk: 2,
        remediation:
          'Require the vendor to disclose and approve subcontracting of staff, and to flow down its ' +
          'obligations; check with counsel where local law restricts chains of supply.'
      },
      {
        id: 'freelancers',
        label: 'Some or all are independent contractors or freelancers',
        risk: 3,
        remediation:
          'Require that agents serving the account are employees of the vendor, or have counsel review how ' +
          'the freelancers are classified.'
      }
    ]
  },
  {
    id: 'CON-06',
    section: 'contract',
    dimension: 'contract-terms',
    format: 'single',
    prompt: 'Is the vendor owned by your company, or part of the same group?',
    plannedPrompt: 'Will the vendor be owned by your company, or part of the same group?',
    help:
      'Common ownership or management is one of the Salinas joint-employment factors. The Philippine rules ' +
      'forbid contracting through an in-house agency, and Mexico allows services within a group only as ' +
      'genuine specialised services. A captive centre can be lawful, but it is judged on what really ' +
      'happens, not on being a separate company.',
    factors: ['F-COMMON-OWNERSHIP', 'F-SUBSTANCE-OVER-LABEL'],
    weight: 3,
    naAllowed: false,
    options: [
      { id: 'independent', label: 'No — an independent company with no ownership or directors in common with us', risk: 0 },
      {
        id: 'minority-link',
        label: 'We hold a minority stake in it, or we share directors or managers',
        risk: 2,
        remediation:
          "Keep the service relationship at arm's length: the vendor's own managers run its people, and " +
          'shared directors take no part in decisions about the agents.'
      },
      {
        id: 'group-company',
        label: 'It is our subsidiary or a sister company in our group (a captive or shared-services centre)',
        risk: 3,
        remediation:
          'Have counsel confirm the group company is a genuine specialised provider in each country and that ' +
          'it, not your managers, directs, pays and disciplines its people.'
      },
      {
        id: 'in-house-agency',
        label: 'It was set up by us, or for us, mainly to employ the people who work for us',
        risk: 4,
        remediation:
          'Take legal advice now: an in-house agency is prohibited in the Philippines and is likely to be ' + 'looked through elsewhere.'
      }
    ]
  },
  {
    id: 'REC-01',
    section: 'contract',
    dimension: 'records-hr',
    format: 'contract-and-practice',
    prompt: "Who records and approves the agents' hours, and who keeps their HR files?",
    plannedPrompt: "Who will record and approve the agents' hours and keep their HR files?",
    help:
      'Keeping employment records, timesheets or payroll is the fourth of the classic US factors. On its ' +
      'own it is weak evidence, but it reinforces other control; in Salinas the workers filled in the ' +
      "client's timesheets.",
    factors: ['F-RECORDS', 'F-SUBSTANCE-OVER-LABEL'],
    weight: 3,
    naAllowed: false,
    contract: {
      prompt: 'What does the contract say about timekeeping and employment records?',
      plannedPrompt: 'What will the draft contract say about timekeeping and employment records?',
      options: [
        {
          id: 'vendor-keeps',
          label: "The vendor keeps its agents' time, payroll and HR records; we receive account-level reports",
          risk: 0
        },
        {
          id: 'silent',
          label: 'The contract does not say',
          risk: 1,
          remediation:
            'State that the vendor keeps all time, payroll and HR records of its agents and reports to you ' + 'at account level.'
        },
        {
          id: 'client-keeps',
          label: "We keep or approve agents' timesheets or HR records",
          risk: 3,
          remediation: 'Move timekeeping and HR records to the vendor; verify invoices with account-level service reports.'
        }
      ]
    },
    options: [
      {
        id: 'vendor',
        label: 'The vendor, in its own systems; we receive service reports and invoices',
        plannedLabel: 'The vendor, in its own systems',
        risk: 0
      },
      {
        id: 'named-timesheets',
        label: "The vendor's systems, but we receive named timesheets to check invoices",
        risk: 1,
        remediation: 'Check invoices against aggregated hours or service units instead of named timesheets.'
      },
      {
        id: 'client-approves-timesheets',
        label: "Our staff approve individual agents' timesheets or attendance",
        risk: 3,
        remediation: "Hand timesheet approval to the vendor's supervisors and verify billed hours through aggregate reports."
      },
      {
        id: 'client-systems',
        label: 'Agents clock in and out on our timekeeping system, or we hold their HR files',
        risk: 4,
        remediation:
          "Move timekeeping and HR files to the vendor's systems; if your systems must log activity for " +
          'the service, do not use them for attendance or pay.'
      }
    ]
  },
  {
    id: 'REC-02',
    section: 'contract',
    dimension: 'records-hr',
    format: 'single',
    prompt:
      'Do you receive or keep personal HR information on individual agents — CVs, background-check ' +
      'results, attendance, disciplinary notes?',
    plannedPrompt: 'Will you receive or keep personal HR information on individual agents?',
    help:
      "Holding a worker's HR records is something an employer does. You can require the vendor to screen " +
      'to your standard and confirm that it did, without receiving the records themselves.',
    factors: ['F-RECORDS', 'F-DATA-SECURITY'],
    weight: 2,
    naAllowed: false,
    options: [
      {
        id: 'confirmation-only',
        label: 'No — the vendor confirms checks were done to our standard; we hold only what system access needs',
        plannedLabel: 'No — the vendor will confirm checks; we will hold only what system access needs',
        risk: 0
      },
      {
        id: 'some-records',
        label: 'We receive some personal HR records, such as background-check reports or attendance by name',
        risk: 2,
        remediation:
          'Replace the records with a vendor confirmation that checks were passed, and delete copies you ' +
          'hold under your data-retention rules.'
      },
      {
        id: 'employee-like-files',
        label: 'We keep files on individual agents similar to our employee files',
        risk: 3,
        remediation: 'Stop keeping personnel files on agents; leave them with the vendor and keep only access and service data.'
      }
    ]
  }
]
